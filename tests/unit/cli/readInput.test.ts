// Reading the files given to parallax-compare: the app's own reading (decoding, a page's article, Markdown
// as text, clean-up), the text compared (cleaned, or with --raw as read), and the files it refuses, each
// with a reason. Decoding itself is src/shared/import/decode.ts and the page reading src/reading, tested in
// depth in tests/unit/shared/import and tests/unit/reading; these cases pin what the command line passes on.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { MAX_IMPORT_BYTES } from '../../../src/shared/domain/article'
import { InputError, readDocument } from '../../../src/cli/readInput'

const dir = mkdtempSync(join(tmpdir(), 'parallax-read-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const file = (name: string, content: Uint8Array | string): string => {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}
const reasonFor = async (path: string): Promise<string> => {
  const error: unknown = await readDocument(path).catch((e: unknown) => e)
  expect(error).toBeInstanceOf(InputError)
  expect((error as InputError).message).toContain(path)
  return (error as InputError).reason
}

const REPORT = [
  'Ferry timetable changes on Monday',
  '',
  'Advertisement',
  'The harbour council voted on Thursday to add two crossings each day and a later last boat on Fridays, after a year of complaints from commuters.   ',
  '',
  'Councillors said they would look at fares again in the autumn.',
].join('\r\n')

describe('readDocument', () => {
  it('reads a text file as the app imports it: decoded, lines trimmed, the repeated headline and clutter dropped', async () => {
    const document = await readDocument(file('ferry.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(REPORT)])))
    expect(document.name).toBe('ferry.txt')
    expect(document.text).toBe(
      'The harbour council voted on Thursday to add two crossings each day and a later last boat on Fridays, after a year of complaints from commuters.\n\nCouncillors said they would look at fares again in the autumn.',
    )
    expect(document.draft.details.title).toBe('Ferry timetable changes on Monday')
    expect(document.draft.blocks.filter((b) => b.clutter !== null).map((b) => `${b.text}: ${b.clutter}`)).toEqual([
      'Ferry timetable changes on Monday: the headline, shown as the title',
      'Advertisement: an advertisement label',
    ])
  })

  it('with raw, compares the text as read, every block kept', async () => {
    const document = await readDocument(file('ferry-raw.txt', REPORT), { raw: true })
    expect(document.text).toBe(document.draft.extracted)
    expect(document.text).toMatch(/^Ferry timetable changes on Monday\n\nAdvertisement\nThe harbour/)
  })

  it('reads Markdown as text, and a web page’s article with its details', async () => {
    const markdown = await readDocument(file('ferry.md', '# Ferry timetable changes\n\nThe **council** voted on Thursday to add two crossings each day, after a year of complaints.\n'))
    expect(markdown.text).toBe('The council voted on Thursday to add two crossings each day, after a year of complaints.')
    const page = await readDocument(file('page.html', readFileSync('tests/fixtures/import/html/jsonld-newsarticle.html')))
    expect(page.draft.details).toMatchObject({ title: 'Dockworkers end four-day strike after wage deal & new shift rules', outlet: 'Harbour Gazette Online', publishedAt: '2024-03-05T14:30:00+01:00' })
    expect(page.text).toMatch(/^Dockworkers at the Port of Valmere returned to work/)
    expect(page.text).not.toMatch(/[<>]/)
  })

  it('refuses a missing path, a directory, an empty file, an over-large one, another kind of file and a page without an article, naming each', async () => {
    expect(await reasonFor(join(dir, 'missing.txt'))).toBe('no such file')
    expect(await reasonFor(dir)).toMatch(/directory/)
    expect(await reasonFor(file('empty.txt', ''))).toBe('empty file')
    expect(await reasonFor(file('big.txt', new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0x61)))).toBe('too large: 20.0 MB (20000001 bytes), over the 20 MB limit')
    expect(await reasonFor(file('report.pdf', '%PDF-1.7'))).toMatch(/^not a file Parallax reads: give \.txt, \.text, \.md, \.markdown, \.html, \.htm files/)
    expect(await reasonFor(file('index.html', readFileSync('tests/fixtures/import/html/index-page.html')))).toMatch(/^No article text was found in this page/)
    expect(await reasonFor(file('photo.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])))).toMatch(/PNG/)
  })
})
