// Two short reports that share Carney's quote, worded apart by punctuation and "the regime" against "that
// regime", written into a fresh folder for the command line's tests to read as files.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll } from 'vitest'

export const carney =
  'We have consistently, in our conversations with the Russians and others, pointed clearly to ' +
  "Assad's behavior as proof that further support for the regime is not in the interest of the Syrian people"
export const reportA = `Kerry arrived in Moscow on Tuesday.\n\n"${carney}," Carney said.\n`
export const reportB = `Talks began at the Kremlin.\n\n“${carney.replace('the regime', 'that regime')}.” the spokesman said.\n`

/** A folder of its own, removed after the file's tests, and a function writing a file into it. */
export function filesIn(prefix: string): { dir: string; file: (name: string, content: string | Uint8Array) => string } {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  const file = (name: string, content: string | Uint8Array): string => {
    const path = join(dir, name)
    writeFileSync(path, content)
    return path
  }
  return { dir, file }
}
