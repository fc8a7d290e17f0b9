// parallax-compare --versions on a real saved page (tests/fixtures/web-pages/wapo-1) and a copy of it edited
// as a silent edit would be: `revisions` in the JSON, with offsets into each document's text, and the
// "Revisions" section at the top of the Markdown; a caption put in and the markup indented otherwise (what
// clean-up drops, and white space) change nothing; other than two files is refused.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { afterAll, describe, expect, it } from 'vitest'
import { main, parseArguments, USAGE } from '../../../src/cli/compare'
import type { JsonVersionsReport } from '../../../src/cli/revisionsFormat'
import { renderRevision } from '../../../src/shared/revisions'

async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) })
  return { code, stdout, stderr }
}

const dir = mkdtempSync(join(tmpdir(), 'parallax-versions-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const page = gunzipSync(readFileSync('tests/fixtures/web-pages/wapo-1.html.gz')).toString('utf8')

/** The page with each edit made; an edit must find its words exactly once (the headline: everywhere). */
function version(name: string, edits: ReadonlyArray<[string, string]>, headline?: string): string {
  let html = page
  for (const [from, to] of edits) {
    expect(html.split(from).length - 1, from).toBe(1)
    html = html.replace(from, to)
  }
  if (headline) html = html.split('Attack stokes instability fears in North Africa').join(headline)
  const path = join(dir, name)
  writeFileSync(path, html)
  return path
}

const older = version('wapo-older.html', [])
const newer = version(
  'wapo-newer.html',
  [
    ['renowned museum on Wednesday, killing at least 19 people,', 'renowned museum on Wednesday, killing at least 21 people,'],
    ['“Our nation is in danger,”', '“Our country is in danger,”'],
    ['fought increasing gunbattles', 'fought a growing number of gunbattles'],
  ],
  'Museum attack in Tunis kills 21',
)

describe('parallax-compare --versions', () => {
  it('--json adds revisions: the headline, the sentence reworded, the quotation corrected and the number changed', async () => {
    const { code, stdout, stderr } = await run('--versions', '--json', older, newer)
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' })
    const report = JSON.parse(stdout) as JsonVersionsReport
    expect(Object.keys(report)).toEqual(['documents', 'passages', 'phrases', 'coverage', 'quotes', 'revisions'])
    expect(renderRevision(report.revisions)).toEqual([
      'headline: “Attack stokes instability fears in North Africa” → “Museum attack in Tunis kills 21”',
      'reworded: Tunisian security forces have also fought {increasing→a growing number of} gunbattles with jihadists at home.',
      'quote of Habib Essid corrected: {nation→country}',
      'number: 19 → 21 (people)',
    ])
    // Offsets as the passages': `before` into the first document's text, `after` into the second's.
    const [first, second] = report.documents.map((d) => d.text) as [string, string]
    for (const item of [...report.revisions.sentencesReworded, ...report.revisions.quotesChanged, ...report.revisions.numbersChanged]) {
      if (item.before) expect(first.slice(item.before.start, item.before.end)).toBe(item.before.text)
      if (item.after) expect(second.slice(item.after.start, item.after.end)).toBe(item.after.text)
    }
    // The quotation's groups are the ledger's in the same report.
    const groups = report.revisions.quotesChanged.flatMap((q) => q.groups)
    expect(groups.length).toBeGreaterThan(0)
    for (const id of groups) expect(report.quotes.map((q) => q.id)).toContain(id)
  })

  it('the Markdown has a Revisions section at the top, in words', async () => {
    const { code, stdout } = await run('--versions', older, newer)
    expect(code).toBe(0)
    const section = stdout.slice(stdout.indexOf('## Revisions'), stdout.indexOf('## Shared passages'))
    expect(section.trim().split('\n')).toEqual([
      '## Revisions (4 changes)',
      '',
      'From wapo-older.html (older) to wapo-newer.html (newer).',
      '',
      '- Headline: “Attack stokes instability fears in North Africa” → “Museum attack in Tunis kills 21”',
      '- Reworded: “Tunisian security forces have also fought increasing gunbattles with jihadists at home.” → “Tunisian security forces have also fought a growing number of gunbattles with jihadists at home.” (“increasing” → “a growing number of”)',
      '- Quote of Habib Essid corrected: “Our nation is in danger,” → “Our country is in danger,”',
      '- Numbers: 19 → 21 (people)',
      '- Words: 6 added, 3 removed',
    ])
    expect(stdout.indexOf('## Revisions')).toBeLessThan(stdout.indexOf('## Shared passages'))
    expect(stdout).toMatch(/^# Parallax: Versions of one article: wapo-older\.html → wapo-newer\.html\n/)
  })

  it('a caption put in, which clean-up drops, and the markup indented otherwise are no change', async () => {
    const recaptioned = version('wapo-recaptioned.html', [
      ['<p>Tunisia, a mostly Muslim', '<figure><img src="bardo.jpg" alt=""><figcaption>Tourists leave the Bardo museum in Tunis on Wednesday. (Photo: Reuters)</figcaption></figure>\n<p>Tunisia, a mostly Muslim'],
    ])
    const reindented = join(dir, 'wapo-reindented.html')
    writeFileSync(reindented, readFileSync(recaptioned, 'utf8').replace(/\n[ \t]+/g, '\n\t  '))
    const { code, stdout } = await run('--versions', '--json', older, reindented)
    expect(code).toBe(0)
    const report = JSON.parse(stdout) as JsonVersionsReport
    expect(report.documents[1]?.text).not.toContain('Tourists leave the Bardo museum')
    expect(report.revisions).toEqual({ headline: null, sentencesAdded: [], sentencesRemoved: [], sentencesReworded: [], quotesChanged: [], numbersChanged: [], words: { added: 0, removed: 0 } })
    // Read without clean-up, the caption is there: it is clean-up that keeps it out of the summary.
    const raw = JSON.parse((await run('--versions', '--json', '--raw', older, reindented)).stdout) as JsonVersionsReport
    expect(renderRevision(raw.revisions)).toEqual(['added: Tourists leave the Bardo museum in Tunis on Wednesday.', 'added: (Photo: Reuters)'])
    const markdown = (await run('--versions', older, reindented)).stdout
    expect(markdown).toContain('## Revisions (0 changes)\n\nFrom wapo-older.html (older) to wapo-reindented.html (newer).\n\nNo change: the headline and the words are the same in both versions.\n')
  })

  it('refuses other than two files, and with --each or extract, saying why; nothing on stdout', async () => {
    for (const argv of [['--versions', older], ['--versions', older, newer, older], ['--versions', '--json']]) {
      const { code, stdout, stderr } = await run(...argv)
      expect({ code, stdout }).toEqual({ code: 2, stdout: '' })
      expect(stderr).toMatch(/^parallax-compare: --versions compares two versions of one article, the older first: give exactly 2 files \(got (none|1: .+|3: .+)\)\n/)
    }
    expect(parseArguments(['--versions', '--each', dir])).toEqual({ error: '--versions compares two files: not with extract or --each' })
    expect(parseArguments(['extract', '--versions', older])).toEqual({ error: '--versions compares two files: not with extract or --each' })
  })

  it('is read as an option of compare, and off unless given; the usage says what it does', () => {
    expect(parseArguments(['--versions', 'a.txt', 'b.txt'])).toMatchObject({ kind: 'compare', versions: true, files: ['a.txt', 'b.txt'] })
    expect(parseArguments(['a.txt', 'b.txt'])).toMatchObject({ kind: 'compare', versions: false })
    expect(USAGE).toContain('--versions [--json | --markdown] [--raw] [--output REPORT] OLDER NEWER')
    expect(USAGE).toMatch(/--versions {3}the two files are two versions of one article, the older first/)
  })
})
