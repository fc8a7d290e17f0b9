// Types of electronRuntime.mjs, for the tests that import it.
export const STALL_MS: number
export function electronPackage(): { folder: string; version: string }
export function isElectronInstalled(electron?: { folder: string; version: string }): boolean
export function checkExecPath(path: string): string | null
export function describeDownloadFailure(error: unknown, options?: { stallMs?: number }): string
export function downloadFailureMessage(version: string, reason: string, command?: string): string
export function downloadElectronZip(options: { version: string; stallMs?: number; onProgress?: (fraction: number) => void }): Promise<string>
export function unpackElectron(electron?: { folder: string; version: string }): string | null
export function electronExecutable(electron?: { folder: string; version: string }): string | null
