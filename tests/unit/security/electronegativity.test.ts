// Electronegativity, a static checker for Electron security mistakes, over the sources (src/, which it
// parses as TypeScript and TSX) and over the build (out/, the JavaScript and HTML that ship). Any finding
// of MEDIUM severity or above fails, unless electronegativity.config.json suppresses it with a reason.
// Run through its programmatic entry, offline: its only network use (fetching translations) is stubbed.

import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { ensureBuilt } from './builtApp'

interface Level {
  value: number
  name: string
}
interface Finding {
  id: string
  file: string
  sample?: string
  location: { line: number; column: number }
  description: string
  severity: Level
  confidence: Level
  manualReview: boolean
}
interface Result {
  globalChecks: number
  atomicChecks: number
  errors: { file: string; message: string; tolerable: boolean }[]
  issues: Finding[]
}
type Run = (options: Record<string, unknown>) => Promise<Result>

interface Suppression {
  id: string
  files: string[]
  sample: string
  reason: string
}
interface Config {
  excludedChecks: { check: string; reason: string }[]
  suppressions: Suppression[]
  /** Built files the scanner cannot parse, by name pattern under out/ (* for the hash) and its message. */
  unreadable: { files: string; message: string; reason: string }[]
}

const config = JSON.parse(readFileSync(new URL('./electronegativity.config.json', import.meta.url), 'utf8')) as Config
const electronVersion = (JSON.parse(readFileSync('package.json', 'utf8')) as { devDependencies: Record<string, string> }).devDependencies['electron']
/** Electronegativity's scale: INFORMATIONAL 0, LOW 1, MEDIUM 2, HIGH 3, CRITICAL 4. */
const MEDIUM = 2

/** Loads the checker with `got` (its HTTP client) replaced by one that is always offline. */
function loadElectronegativity(): Run {
  const require = createRequire(import.meta.url)
  const runner = require.resolve('@doyensec/electronegativity')
  const got = createRequire(runner).resolve('got')
  const offline = Object.assign(() => Promise.reject(new Error('offline in tests')), { head: () => Promise.reject(new Error('offline in tests')) })
  require.cache[got] = { id: got, filename: got, loaded: true, exports: offline, path: dirname(got) } as unknown as NodeJS.Module
  return require(runner) as Run
}

async function scan(run: Run, input: string): Promise<Result> {
  // Its progress messages (and the offline translation fetch) speak on stdout; the findings are what count.
  const log = vi.spyOn(console, 'log').mockImplementation(() => {})
  try {
    return await run({
      input: resolve(input),
      isRelative: true,
      electronVersionOverride: electronVersion,
      excludeFromScan: config.excludedChecks.map((c) => c.check),
    })
  } finally {
    log.mockRestore()
  }
}

const suppressionOf = (finding: Finding): Suppression | undefined =>
  config.suppressions.find((s) => s.id === finding.id && s.files.includes(finding.file) && (finding.sample ?? '').includes(s.sample))

const describeFinding = (f: Finding): string =>
  `${f.severity.name} ${f.id} at ${f.file}:${f.location.line} (${f.description}) ${JSON.stringify((f.sample ?? '').slice(0, 120))}`

describe('Electronegativity', () => {
  let run: Run
  const results = new Map<string, Result>()

  beforeAll(async () => {
    ensureBuilt()
    run = loadElectronegativity()
    for (const input of ['src', 'out']) results.set(input, await scan(run, input))
  }, 180_000)

  it('has a reason for every check it leaves out and every finding it suppresses', () => {
    expect(electronVersion).toMatch(/^\d+\.\d+\.\d+$/)
    for (const entry of [...config.excludedChecks, ...config.suppressions, ...config.unreadable]) expect(entry.reason.length).toBeGreaterThan(40)
  })

  it.each(['src', 'out'])('parses every file of %s and runs its checks', (input) => {
    const result = results.get(input) as Result
    expect(result.atomicChecks).toBeGreaterThan(30)
    expect(result.globalChecks).toBeGreaterThan(3)
    const matches = (u: Config['unreadable'][number], e: { file: string; message: string }): boolean =>
      new RegExp(`/out/${u.files.replace(/[.]/g, '\\.').replace('*', '[\\w-]+')}$`).test(e.file) && e.message === u.message
    expect(result.errors.filter((e) => !e.tolerable && !config.unreadable.some((u) => matches(u, e)))).toEqual([])
    // An entry that excuses nothing is stale.
    if (input === 'out') for (const u of config.unreadable) expect(result.errors.some((e) => matches(u, e)), u.files).toBe(true)
  })

  it.each(['src', 'out'])('finds nothing of MEDIUM severity or above in %s beyond the suppressions', (input) => {
    const findings = (results.get(input) as Result).issues.filter((f) => f.severity.value >= MEDIUM && !suppressionOf(f))
    expect(findings.map(describeFinding)).toEqual([])
  })

  it('still needs every suppression: each matches a finding in the sources or the build', () => {
    const all = [...results.values()].flatMap((r) => r.issues)
    const unused = config.suppressions.filter((s) => !all.some((f) => suppressionOf(f) === s))
    expect(unused.map((s) => `${s.id} ${s.sample}`)).toEqual([])
  })

  it('sees the window settings it checks: none of the sandbox, isolation or Node findings come back', () => {
    const ids = new Set([...results.values()].flatMap((r) => r.issues.map((f) => f.id)))
    for (const id of ['CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK', 'NODE_INTEGRATION_JS_CHECK', 'AUXCLICK_JS_CHECK', 'LIMIT_NAVIGATION_GLOBAL_CHECK', 'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK']) {
      expect({ id, found: ids.has(id) }).toEqual({ id, found: false })
    }
  })

  it('would fail on a window without the sandbox (the check is live, not silenced)', async () => {
    const { mkdtemp, rm, writeFile } = await import('node:fs/promises')
    const { tmpdir } = await import('node:os')
    const folder = await mkdtemp(join(tmpdir(), 'parallax-eng-'))
    try {
      await writeFile(join(folder, 'bad.ts'), "import { BrowserWindow } from 'electron'\nnew BrowserWindow({ webPreferences: { sandbox: false, contextIsolation: false } })\n")
      const { issues } = await scan(run, folder)
      expect(issues.filter((f) => f.severity.value >= MEDIUM).map((f) => f.id)).toEqual(expect.arrayContaining(['SANDBOX_JS_CHECK', 'CONTEXT_ISOLATION_JS_CHECK']))
    } finally {
      await rm(folder, { recursive: true, force: true })
    }
  })
})
