// parallax-compare end to end on the real engine: main() in-process with captured stdout/stderr on the
// built-in sample (the app's words and shares) and on temp files, the --json offsets against each
// document's text in the JSON, which is the app's text for the file (trailing white space, CRLF and CR,
// byte-order marks, UTF-16, characters outside the BMP; examples and a property), its refusals (exit code
// 2, the file named, nothing on stdout); `npm run compare` as a child process is in npmRun.test.ts.

import { randomBytes } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { main, USAGE } from '../../../src/cli/compare'
import type { JsonReport } from '../../../src/cli/format'
import { filesIn, reportA, reportB } from './carneyReports'
import { parseInert } from '../../../src/reading/inertDocument'
import { cleanedText, readSource } from '../../../src/reading/source'
import { alignDocuments } from '../../../src/shared/alignment'
import type { Variant } from '../../../src/shared/alignment/types'
import { applyCleanup, cleanUp, decodeBytes, metadataFromPlainText } from '../../../src/shared/import'

async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) })
  return { code, stdout, stderr }
}

const { dir, file } = filesIn('parallax-compare-')

describe('parallax-compare on the built-in sample', () => {
  it('--json reports three documents, spans that slice to their text, and the Carney quote with the→that', async () => {
    const { code, stdout, stderr } = await run('--json')
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' })
    const report = JSON.parse(stdout) as JsonReport
    expect(report.documents.map((d) => d.name)).toEqual(['1.txt', '2.txt', '3.txt'])
    for (const d of report.documents) {
      expect(d.words).toBeGreaterThan(300)
      expect(d.chars).toBeGreaterThan(2000)
    }

    for (const group of [...report.passages, ...report.phrases]) {
      for (const s of group.spans) expect(report.documents[s.doc]?.text.slice(s.start, s.end)).toBe(s.text)
    }

    const quote = report.passages.find((p) => p.spans.some((s) => s.text.includes('pointed clearly to Assad')))
    expect(quote?.spans.map((s) => s.doc)).toEqual([1, 2])
    expect(quote?.variants).toContainEqual({ doc: 2, kind: 'substitution', base: 'the', text: 'that' })
    expect(report.coverage.map((c) => c.doc)).toEqual([0, 1, 2])
  })

  it('compares the texts the app stores for the sample, so its words and shares are the app’s', async () => {
    const report = JSON.parse((await run('--json')).stdout) as JsonReport
    // The app seeds the sample as it ships, with the clean-up an import gives it (src/main/services/sample.ts).
    const stored = ['1.txt', '2.txt', '3.txt'].map((name) => {
      const text = readFileSync(new URL(`../../../resources/samples/kerry-moscow-2013/${name}`, import.meta.url), 'utf8')
      return applyCleanup(text, cleanUp(text, { title: metadataFromPlainText(text, name).title }).dropped)
    })
    expect(report.documents.map((d) => d.text)).toEqual(stored)
    const app = alignDocuments(stored)
    expect(report.documents.map((d) => d.words)).toEqual(app.documents.map((d) => d.words))
    expect(report.coverage).toEqual(app.coverage.map(({ doc, sharedChars, uniqueChars }) => ({ doc, sharedChars, uniqueChars })))
    // Clean-up takes each headline (the title it repeats) and the page furniture: the figures the app shows.
    expect(report.documents.map((d) => d.words)).toEqual([567, 363, 569])
    const { stdout } = await run()
    expect(stdout).toMatch(/\| 1 \| 1\.txt \| 567 \| 8% \|\n\| 2 \| 2\.txt \| 363 \| 24% \|\n\| 3 \| 3\.txt \| 569 \| 15% \|/)
  })

  it('--raw compares the files as read, headlines and all', async () => {
    const report = JSON.parse((await run('--json', '--raw')).stdout) as JsonReport
    expect(report.documents.map((d) => d.words)).toEqual([601, 482, 586])
    expect(report.documents[2]?.text).toMatch(/^Discuss as:\n\nSyria set to dominate talks between Kerry and Russia's Putin\n/)
  })

  it('prints the Markdown report by default, with the document table and the quote', async () => {
    const plain = await run()
    expect(plain.code).toBe(0)
    expect(await run('--markdown')).toEqual(plain)
    expect(plain.stdout).toMatch(/^# Parallax: Kerry in Moscow, May 2013\n/)
    expect(plain.stdout).toContain('| # | document | words | found in others |')
    expect(plain.stdout).toMatch(/\| 2 \| 2\.txt \| \d+ \| \d+% \|/)
    expect(plain.stdout).toContain('> We have consistently, in our conversations with the Russians and others, pointed clearly to')
    expect(plain.stdout).toContain('substitution `the` → `that`')
  })
})

describe('parallax-compare on files', () => {
  it('aligns the same text read as UTF-8 with a BOM, UTF-16 LE with a BOM, and with CRLF line endings', async () => {
    const b = file('b.txt', reportB)
    const utf8Bom = file('a-utf8.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(reportA, 'utf8')]))
    const utf16 = file('a-utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(reportA, 'utf16le')]))
    const crlf = file('a-crlf.txt', reportA.replace(/\n/g, '\r\n'))
    const reports = await Promise.all([utf8Bom, utf16, crlf].map(async (a) => JSON.parse((await run('--json', a, b)).stdout) as JsonReport))
    const [first, ...others] = reports.map(({ documents, ...rest }) => ({ documents: documents.map(({ name: _name, ...d }) => d), ...rest }))
    for (const other of others) expect(other).toEqual(first)

    const passage = first?.passages[0]
    expect(passage?.spans[0]?.text).toContain('pointed clearly to')
    expect(passage?.variants).toContainEqual({ doc: 1, kind: 'substitution', base: 'the', text: 'that' })
    // Its first line is its title, so the app shows it above the text rather than in it.
    expect(first?.documents[0]?.text).toBe(reportA.slice(reportA.indexOf('"')).trim())
  })

  it('treats arguments after -- as files', async () => {
    const dashed = file('-a.txt', reportA)
    const { code } = await run('--json', '--', dashed, file('b2.txt', reportB))
    expect(code).toBe(0)
  })
})

describe('parallax-compare --json offsets slice each document’s text, the app’s text for the file', () => {
  const BOM8 = [0xef, 0xbb, 0xbf]
  const encode = {
    'UTF-8': (s: string): Uint8Array => Buffer.from(s, 'utf8'),
    'UTF-8 with BOM': (s: string): Uint8Array => Buffer.concat([Buffer.from(BOM8), Buffer.from(s, 'utf8')]),
    'UTF-16 LE with BOM': (s: string): Uint8Array => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]),
  }
  const crlf = (s: string): string => s.replace(/\n/g, '\r\n')
  const lineEndsTrimmed = (s: string): string => s.replace(/[^\S\n]+\n/g, '\n')
  /** The text the app would store for these bytes, by its own functions: decoded, read as text, cleaned up. */
  const appText = (bytes: Uint8Array, name: string): string => {
    const decoded = decodeBytes(bytes)
    if (!decoded.ok) throw new Error(decoded.reason)
    const read = readSource(name, 'text', decoded.text, parseInert)
    if (read.kind !== 'draft') throw new Error(read.reason)
    return cleanedText(read)
  }

  let runs = 0
  /** Writes the files, runs --json on them, and checks every span and variant against the texts as written. */
  async function compareFiles(contents: readonly Uint8Array[]): Promise<{ report: JsonReport; texts: string[] }> {
    runs += 1
    const paths = contents.map((bytes, i) => file(`written-${runs}-${i}.txt`, bytes))
    const { code, stdout, stderr } = await run('--json', ...paths)
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' })
    const report = JSON.parse(stdout) as JsonReport
    const texts = report.documents.map((d) => d.text)
    expect(texts).toEqual(contents.map((bytes, i) => appText(bytes, `written-${runs}-${i}.txt`)))
    expect(report.documents.map((d) => d.chars)).toEqual(texts.map((t) => t.length))
    for (const group of [...report.passages, ...report.phrases]) {
      for (const s of group.spans) expect(texts[s.doc]?.slice(s.start, s.end)).toBe(s.text)
      const base = group.spans[0]
      for (const v of group.variants as Array<Partial<Variant> & JsonReport['passages'][number]['variants'][number]>) {
        // The report gives no variant offsets today; should it, they must slice the same texts.
        if (v.start !== undefined) expect(texts[v.doc]?.slice(v.start, v.end)).toBe(v.text)
        if (v.baseStart !== undefined) expect(texts[base?.doc ?? -1]?.slice(v.baseStart, v.baseEnd)).toBe(v.base)
        expect(base?.text).toContain(v.base)
        expect(group.spans.filter((s) => s.doc === v.doc).map((s) => s.text).join(' | '), `variant ${JSON.stringify(v.text)} of report ${v.doc}`).toContain(v.text)
      }
    }
    return { report, texts }
  }

  // Astral characters before and inside the shared passage; spaces, tabs and a no-break space at line ends.
  const opening = '😀 𝔘𝔫𝔦𝔱𝔢𝔡 𝔖𝔱𝔞𝔱𝔢𝔰 note. \t\nKerry arrived in Moscow on Tuesday.  \n \t\n'
  const quote = (regime: string, end: string): string =>
    `"We have consistently, in our conversations with the Russians 🇷🇺 and others, pointed clearly to \t${end}` +
    `Assad's behavior as 𝔭𝔯𝔬𝔬𝔣 that further support for ${regime} regime is not in the  ${end}` +
    `interest of the Syrian people 😀," Carney said.\u00a0 ${end}`

  it('with trailing spaces and tabs, CRLF, lone CR, a UTF-8 BOM and UTF-16 LE, astral characters before and inside the passage', async () => {
    const { report } = await compareFiles([
      encode['UTF-8'](`${opening}${quote('the', '\n')}`),
      encode['UTF-8 with BOM'](crlf(`${opening}${quote('the', '\n')}`)),
      encode['UTF-16 LE with BOM'](`Talks began.\t \r\r${quote('that', '\r')}`),
      encode['UTF-8'](`${opening.replace(/\n/g, '\r')}${quote('that', '\r\n')}`),
    ])
    // Lines are trimmed as the app imports them: the tab that ended the line is gone.
    const quoted = report.passages.flatMap((p) => p.spans).filter((s) => s.text.includes('pointed clearly to\nAssad'))
    expect(new Set(quoted.map((s) => s.doc))).toEqual(new Set([0, 1, 2, 3]))
    for (const s of quoted) expect(s.text).toMatch(/Russians 🇷🇺 and others.*\n.*as 𝔭𝔯𝔬𝔬𝔣 that/s)
    expect(report.passages.flatMap((p) => p.variants)).toContainEqual({ doc: 2, kind: 'substitution', base: 'the', text: 'that' })
  })

  it('finds the same passages, phrases and variants whatever white space ends the lines', async () => {
    const found = ({ passages, phrases }: JsonReport) =>
      [...passages, ...phrases].map(({ words, spans, variants }) => ({ words, spans: spans.map((s) => [s.doc, lineEndsTrimmed(s.text)]), variants }))
    const texts = [`${opening}${quote('the', '\n')}`, `${opening}${quote('that', '\n')}`]
    const padded = await compareFiles(texts.map(encode['UTF-8']))
    const bare = await compareFiles(texts.map(lineEndsTrimmed).map(encode['UTF-8']))
    expect(padded.report.passages).not.toEqual([])
    expect(found(padded.report)).toEqual(found(bare.report))
  })

  it('for any trailing white space, line endings and encoding (property)', async () => {
    const quoted = quote('the', '\n').split(/\s+/).filter(Boolean)
    const trailingSpace = fc.array(fc.constantFrom(' ', '\t', '\u00a0', '\u3000'), { maxLength: 3 }).map((s) => s.join(''))
    const lineEnd = fc.tuple(trailingSpace, fc.constantFrom('\n', '\r\n', '\r')).map(([space, end]) => `${space}${end}`)
    /** The words, each followed by a space or, at random, by trailing white space and a line ending. */
    const laidOut = (words: readonly string[]) =>
      fc
        .array(fc.oneof(fc.constant(' '), lineEnd), { minLength: words.length, maxLength: words.length })
        .map((ends) => words.map((word, i) => `${word}${ends[i]}`).join(''))
    const before = fc.subarray(['😀', '𝔘𝔫𝔦𝔱𝔢𝔡', 'Kerry', 'in', 'Moscow.']).chain(laidOut)
    const document = fc
      .tuple(before, laidOut(quoted), fc.constantFrom(...Object.values(encode)))
      .map(([opening, shared, encoded]) => encoded(`${opening}${shared}`))
    await fc.assert(
      fc.asyncProperty(fc.tuple(document, document), async (contents) => {
        const { report } = await compareFiles(contents)
        // The quote is found, so the offsets were checked on something.
        expect(report.passages).not.toEqual([])
      }),
      { numRuns: 20 },
    )
  })
})

describe('parallax-compare refuses, with exit code 2 and nothing on stdout', () => {
  const good = file('good.txt', reportA)
  const cases: Array<[string, () => string[], RegExp]> = [
    ['an empty file', () => [good, file('empty.txt', '')], /empty\.txt: empty file/],
    ['a binary file', () => [file('random.txt', Buffer.concat([randomBytes(2000), Buffer.alloc(8), randomBytes(2000)])), good], /random\.txt: This looks like a binary file/],
    ['another kind of file', () => [file('random.bin', 'words'), good], /random\.bin: not a file Parallax reads/],
    ['a page without an article', () => [file('index.html', '<html><body><nav><a href="/">Home</a></nav></body></html>'), good], /index\.html: No article text was found in this page/],
    ['a directory', () => [good, dir], new RegExp(`${dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: is a directory`)],
    ['a missing path', () => [good, join(dir, 'missing.txt')], /missing\.txt: no such file/],
    ['one file only', () => [good], /at least 2 files to compare; got only .*good\.txt$/m],
    ['more than 50 files', () => Array<string>(51).fill(good), /at most 50 files to compare \(got 51\)/],
    ['an unknown option', () => ['--jsn', good, good], /unknown option --jsn/],
    ['two formats at once', () => ['--json', '--markdown'], /one of --json and --markdown/],
  ]

  it.each(cases)('%s', async (_name, argv, message) => {
    const { code, stdout, stderr } = await run(...argv())
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toMatch(message)
    expect(stderr).toMatch(/^parallax-compare: /)
  })

  it('names every unusable file at once', async () => {
    const { code, stderr } = await run(join(dir, 'gone1.txt'), good, join(dir, 'gone2.txt'))
    expect(code).toBe(2)
    expect(stderr.trim().split('\n')).toEqual([`parallax-compare: ${join(dir, 'gone1.txt')}: no such file`, `parallax-compare: ${join(dir, 'gone2.txt')}: no such file`])
  })
})

describe('parallax-compare --help', () => {
  it('prints usage, including that offsets refer to each document’s text in the JSON', async () => {
    const { code, stdout } = await run('--help', 'ignored.txt')
    expect(code).toBe(0)
    expect(stdout).toBe(USAGE)
    expect(stdout).toMatch(/into that\ndocument's "text" in the same JSON/)
  })
})

describe('parallax-compare --output', () => {
  it('writes the report to the file, whole, and nothing to stdout', async () => {
    const output = join(dir, 'sample.md')
    const { code, stdout, stderr } = await run('--output', output)
    expect({ code, stdout, stderr }).toEqual({ code: 0, stdout: '', stderr: '' })
    expect(readFileSync(output, 'utf8')).toMatch(/^# Parallax: Kerry in Moscow, May 2013\n/)
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })

  it('names the file it cannot write, exits 2, and leaves no temporary file behind', async () => {
    const output = join(dir, 'no-such-folder', 'report.json')
    const { code, stdout, stderr } = await run('--json', `--output=${output}`)
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' })
    expect(stderr).toBe(`parallax-compare: ${output}: cannot write the report there: its folder does not exist\n`)
    expect(existsSync(join(dir, 'no-such-folder'))).toBe(false)
  })

  it('needs a file name after it', async () => {
    const { code, stderr } = await run('--json', '--output')
    expect(code).toBe(2)
    expect(stderr).toMatch(/--output needs the name of the file/)
  })
})
