// Errors as data: what crosses a process boundary is a plain { code, message }, never a thrown Error
// (Electron flattens those to strings). Inside the app, code throws AppError and the boundary turns it into data.

export const ERROR_CODES = [
  /** The caller sent something the contract does not allow (wrong type, out of range, unknown field). */
  'invalid-argument',
  /** The thing asked for does not exist (an unknown id). */
  'not-found',
  /** Reading or writing the user's data failed (disk full, permission denied, damaged file). */
  'storage',
  /** The request came from somewhere other than Parallax's own page. */
  'forbidden',
  /** A bug: anything not foreseen. The message says so without leaking internals. */
  'internal',
] as const

export type ErrorCode = (typeof ERROR_CODES)[number]

export interface ErrorData {
  code: ErrorCode
  message: string
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorData }

export class AppError extends Error {
  override readonly name = 'AppError'
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options)
  }

  toData(): ErrorData {
    return { code: this.code, message: this.message }
  }
}

export function ok<T>(value: T): Result<T> {
  return { ok: true, value }
}

export function fail(code: ErrorCode, message: string): { ok: false; error: ErrorData } {
  return { ok: false, error: { code, message } }
}

/** Turns anything thrown into error data; unforeseen errors become 'internal' without their stack. */
export function toErrorData(thrown: unknown): ErrorData {
  if (thrown instanceof AppError) return thrown.toData()
  const detail = thrown instanceof Error ? thrown.message : String(thrown)
  return { code: 'internal', message: `Something went wrong inside Parallax: ${detail}` }
}
