// Runs one measurement of the alignment cases in a fresh Node process (child.ts) and reads back its result.

import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import type { ChildResult } from './protocol'

const root = fileURLToPath(new URL('..', import.meta.url))

export type Outcome = { ok: true; result: ChildResult } | { ok: false; error: string }

export function runChild(engine: ChildResult['engine'], caseFile: string): Outcome {
  // The baseline's memory grows with the square of the edit distance; give it room rather than a crash.
  const heap = engine === 'jsdiff' ? ['--max-old-space-size=8192'] : []
  const child = spawnSync(process.execPath, ['--expose-gc', ...heap, '--import', 'tsx', 'bench/child.ts', engine, caseFile], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
    timeout: 15 * 60_000,
  })
  const line = child.stdout.trim().split('\n').pop() ?? ''
  if (child.status === 0 && line.startsWith('{')) return { ok: true, result: JSON.parse(line) as ChildResult }
  const why = child.signal ?? (child.error?.message || child.stderr.trim().split('\n').slice(-3).join(' ') || `exit ${child.status}`)
  return { ok: false, error: why }
}
