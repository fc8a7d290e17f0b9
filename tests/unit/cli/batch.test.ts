// parallax-compare --each: every sub-folder of a folder compared as one cluster on worker threads (the
// program itself started again in each, from source here), one JSON line per cluster on stdout, the
// same report --json gives for the same files, a failing cluster given its own error line while the others
// are compared, progress on stderr; and the progress line itself, from counts and times.

import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { main } from '../../../src/cli/compare'
import type { ClusterLine } from '../../../src/cli/cluster'
import { isMilestone, progressLine } from '../../../src/cli/progress'

const WORKER_ENTRY = resolve('scripts/compare.mjs')

async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) }, { workerEntry: WORKER_ENTRY })
  return { code, stdout, stderr }
}

const corpus = mkdtempSync(join(tmpdir(), 'parallax-each-'))
afterAll(() => rmSync(corpus, { recursive: true, force: true }))

const carney = 'We have consistently, in our conversations with the Russians and others, pointed clearly to Assad’s behavior as proof that further support for the regime is not in the interest of the Syrian people.'
const cluster = (name: string, files: Record<string, string | Uint8Array>): string => {
  const folder = join(corpus, name)
  mkdirSync(folder)
  for (const [file, content] of Object.entries(files)) writeFileSync(join(folder, file), content)
  return folder
}

cluster('2-kerry', {
  '1-ledger.txt': `Kerry arrives in Moscow\n\n“${carney}” Carney said on Tuesday.\n`,
  '2-gazette.txt': `Kerry meets Putin\n\nThe White House spokesman said: “${carney.replace('the regime', 'that regime')}”\n`,
  '10-page.html': readFileSync('tests/fixtures/import/e2e/white-house-briefing.html'),
  '.hidden.txt': 'left out',
  'notes.pdf': 'left out',
})
cluster('10-ferry', {
  'a.txt': 'Ferry timetable changes\n\nThe harbour council voted on Thursday to add two crossings each day and a later last boat on Fridays.\n',
  'b.md': '# New ferry crossings\n\nThe harbour council voted on **Thursday** to add two crossings each day and a later last boat on Fridays.\n',
})
cluster('3-lonely', { 'only.txt': 'One report is not a comparison.\n' })
cluster('4-broken', { 'a.txt': 'A good report of the day.\n', 'b.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]) })
writeFileSync(join(corpus, 'README.md'), 'Files beside the clusters are not a cluster.')

describe('parallax-compare --each', () => {
  it('writes one line per cluster, the report --json gives, and an error line for each failing one, on two jobs', async () => {
    const { code, stdout, stderr } = await run('--each', corpus, '--jsonl', '--jobs', '2')
    expect(code).toBe(3)
    expect(stdout.endsWith('\n')).toBe(true)
    const lines = stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as ClusterLine)
    expect(lines.map((line) => line.cluster).sort()).toEqual(['10-ferry', '2-kerry', '3-lonely', '4-broken'])
    const byName = new Map(lines.map((line) => [line.cluster, line]))

    const kerry = byName.get('2-kerry')
    if (!kerry || !('report' in kerry)) throw new Error(`2-kerry failed: ${JSON.stringify(kerry)}`)
    // Natural order of names, hidden and unreadable kinds of files left out.
    expect(kerry.report.documents.map((d) => d.name)).toEqual(['1-ledger.txt', '2-gazette.txt', '10-page.html'])
    const files = ['1-ledger.txt', '2-gazette.txt', '10-page.html'].map((name) => join(corpus, '2-kerry', name))
    expect(kerry.report).toEqual(JSON.parse((await run('--json', ...files)).stdout))
    expect(kerry.report.passages.some((p) => p.spans.length === 3 && p.spans.some((s) => s.text.includes('pointed clearly to Assad')))).toBe(true)

    expect(byName.get('10-ferry')).toMatchObject({ report: { documents: [{ name: 'a.txt' }, { name: 'b.md' }] } })
    expect(byName.get('3-lonely')).toEqual({ cluster: '3-lonely', error: { code: 'too-few-files', message: expect.stringMatching(/3-lonely: holds 1 readable file; a cluster needs at least 2/) } })
    expect(byName.get('4-broken')).toEqual({ cluster: '4-broken', error: { code: 'unreadable', message: expect.stringMatching(/b\.txt: .*PNG/) } })

    const progress = stderr.trimEnd().split('\n')
    expect(progress.at(-2)).toMatch(/^4\/4 clusters, [\d.]+ a second, done in \d+ s$/)
    expect(progress.at(-1)).toBe('parallax-compare: 2 of 4 clusters could not be compared; each has its error line')
  })

  it('gives the same lines on one job', async () => {
    const sorted = (stdout: string): string[] => stdout.trimEnd().split('\n').sort()
    const [one, two] = [await run('--each', corpus, '--jobs', '1'), await run('--each', corpus, '--jobs', '2')]
    expect(sorted(one.stdout)).toEqual(sorted(two.stdout))
  })

  it('follows links to folders, so a share of a corpus can be a folder of links', async () => {
    const share = mkdtempSync(join(tmpdir(), 'parallax-share-'))
    try {
      symlinkSync(join(corpus, '10-ferry'), join(share, 'ferry'))
      const { code, stdout } = await run('--each', share, '--jobs', '1')
      expect(code).toBe(0)
      expect(JSON.parse(stdout)).toMatchObject({ cluster: 'ferry', report: { documents: [{ name: 'a.txt' }, { name: 'b.md' }] } })
    } finally {
      rmSync(share, { recursive: true, force: true })
    }
  })

  it.each([
    ['a missing folder', () => ['--each', join(corpus, 'missing')], /missing: no such folder/],
    ['a folder without sub-folders', () => ['--each', join(corpus, '10-ferry')], /10-ferry: has no sub-folders/],
    ['files as well', () => ['--each', corpus, 'a.txt'], /give no files/],
    ['a Markdown report', () => ['--each', corpus, '--markdown'], /--each writes JSON lines/],
    ['no number of jobs', () => ['--each', corpus, '--jobs', 'many'], /--jobs needs a whole number/],
    ['jobs without --each', () => ['--jobs', '2'], /--jobs goes with --each/],
  ])('refuses %s with exit code 2 and nothing on stdout', async (_name, argv, message) => {
    const { code, stdout, stderr } = await run(...argv())
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' })
    expect(stderr).toMatch(message)
  })
})

describe('progressLine', () => {
  it.each([
    [0, 794, 0, '0/794 clusters, 0.0 a second'],
    [120, 794, 40_000, '120/794 clusters, 3.0 a second, about 4 min left'],
    [700, 794, 20_000, '700/794 clusters, 35 a second, about 3 s left'],
    [10, 50_000, 5_000, '10/50000 clusters, 2.0 a second, about 6 h 57 min left'],
    [794, 794, 26_000, '794/794 clusters, 31 a second, done in 26 s'],
  ])('%i of %i after %i ms: %s', (done, total, elapsed, line) => {
    expect(progressLine(done, total, elapsed)).toBe(line)
  })

  it('speaks where stderr is not a terminal at every tenth of the run and at its end', () => {
    expect(Array.from({ length: 25 }, (_, i) => i + 1).filter((done) => isMilestone(done, 25))).toEqual([3, 6, 9, 12, 15, 18, 21, 24, 25])
  })
})
