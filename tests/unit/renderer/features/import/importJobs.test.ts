// The import work the worker does (run here, as it runs where no worker starts): files decoded and made
// drafts, web pages sent back to be parsed where DOMParser is, pasted text read as text or as a page; and
// the packed form a draft crosses threads in, which must unpack to the very draft it was made from.

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { normaliseText } from '../../../../../src/shared/import'
import { runImportJob } from '../../../../../src/renderer/src/features/import/importJobs'
import { draftOf, type ImportDraft } from '../../../../../src/renderer/src/features/import/textDraft'
import { packDraft, transferablesOf, unpackDraft, unpackPreparation, type ImportStep, type TextAnswer } from '../../../../../src/renderer/src/features/import/importProtocol'

const REPORT = [
  'Ferry timetable changes on Monday',
  '',
  'By Jane Doe',
  '',
  'The harbour council voted on Thursday to add two crossings each day and a later last boat on Fridays, after a year of complaints from commuters.',
  'Advertisement',
  '',
  '   The ferry operator said the new timetable would need one more crew, which it had already hired from the spring.   ',
  '',
  '',
  'Councillors said they would look at fares again in the autumn.',
].join('\n')

function draft(answer: TextAnswer): ImportDraft {
  if (answer.type !== 'done' || answer.result.kind !== 'draft') throw new Error(`expected a draft, got ${JSON.stringify(answer).slice(0, 200)}`)
  return unpackDraft(answer.result)
}

/** The blocks as the preview lists them: "[kept]" or "[dropped: why]" and the text. */
const listing = (d: ImportDraft): string[] => d.blocks.map((b) => `${d.dropped.has(b.index) ? `[dropped: ${b.clutter}]` : '[kept]'} ${b.text}`)

describe('packed drafts', () => {
  it('unpack to the draft they were made from, blocks, verdicts and source included', () => {
    const made = draftOf('ferry.txt', 'text', REPORT) as ImportDraft
    const packed = packDraft(made)
    expect(packed.source).toBeNull()
    expect(unpackDraft(packed)).toEqual(made)
    expect(unpackDraft(packed).source).toBe(unpackDraft(packed).extracted)
    expect(listing(unpackDraft(packed))).toEqual([
      '[dropped: the headline, shown as the title] Ferry timetable changes on Monday',
      '[dropped: byline] By Jane Doe',
      '[kept] The harbour council voted on Thursday to add two crossings each day and a later last boat on Fridays, after a year of complaints from commuters.',
      '[dropped: an advertisement label] Advertisement',
      '[kept] The ferry operator said the new timetable would need one more crew, which it had already hired from the spring.',
      '[kept] Councillors said they would look at fares again in the autumn.',
    ])
  })

  it('keep a source that differs from the text (Markdown), and move their offsets rather than copy them', () => {
    const made = draftOf('ferry.md', 'markdown', `# Ferry timetable changes\n\nThe **council** voted on Thursday.\n`) as ImportDraft
    const packed = packDraft(made)
    expect(packed.source).toBe(made.source)
    expect(unpackDraft(packed)).toEqual(made)
    expect(transferablesOf({ type: 'done', result: packed })).toEqual([packed.starts.buffer, packed.ends.buffer, packed.clutterAt.buffer])
  })

  it('round-trip any text, whatever its lines and white space', () => {
    const line = fc.oneof(fc.string(), fc.constantFrom('Advertisement', 'By Jane Doe', 'Share', '   ', '\t', 'Read more:'))
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), fc.constantFrom('\n', '\r\n', '\r'), (lines, eol) => {
        const made = draftOf('any.txt', 'text', lines.join(eol))
        if (made.kind === 'draft') expect(unpackDraft(packDraft(made))).toEqual(made)
      }),
    )
  })
})

describe('runImportJob', () => {
  const run = async (job: Parameters<typeof runImportJob>[0]): Promise<{ answer: TextAnswer; steps: ImportStep[] }> => {
    const steps: ImportStep[] = []
    const answer = await runImportJob(job, (step) => void steps.push(step))
    return { answer, steps }
  }

  it('decodes a text file (Windows line endings) and makes it the draft the UI thread would have made', async () => {
    const file = new Blob([REPORT.replace(/\n/g, '\r\n')])
    const { answer, steps } = await run({ type: 'read', name: 'ferry.txt', format: 'text', file })
    expect(draft(answer)).toEqual(draftOf('ferry.txt', 'text', normaliseText(REPORT)))
    expect(steps).toEqual(['decode', 'details', 'clean-up'])
  })

  it('sends a web page back decoded, for the UI thread to parse', async () => {
    const { answer } = await run({ type: 'read', name: 'page.html', format: 'html', file: new Blob(['<!doctype html><p>caf\u00e9</p>']) })
    expect(answer).toEqual({ type: 'page', name: 'page.html', source: '<!doctype html><p>caf\u00e9</p>' })
  })

  it('refuses what cannot be read, naming the file', async () => {
    expect((await run({ type: 'read', name: 'empty.txt', format: 'text', file: new Blob([]) })).answer).toEqual({ type: 'done', result: { kind: 'refusal', name: 'empty.txt', reason: 'The file is empty.' } })
    const png = new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])])
    expect((await run({ type: 'read', name: 'photo.txt', format: 'text', file: png })).answer).toMatchObject({ result: { kind: 'refusal', reason: expect.stringMatching(/PNG/) } })
    expect((await run({ type: 'paste', text: ' \n ' })).answer).toEqual({ type: 'done', result: { kind: 'refusal', name: 'Pasted text', reason: 'There is no text in it to import.' } })
  })

  it('reads pasted text as text, and a pasted page source as a page', async () => {
    expect(draft((await run({ type: 'paste', text: REPORT })).answer)).toMatchObject({ name: 'Pasted text', format: 'text', extracted: normaliseText(REPORT) })
    expect((await run({ type: 'paste', text: '  <!DOCTYPE html><title>x</title>\r\n' })).answer).toEqual({ type: 'page', name: 'Pasted text', source: '  <!DOCTYPE html><title>x</title>\n' })
  })

  it('makes a page draft from the article read out of it, with the details the page gave first', async () => {
    const html = { extracted: 'Ferries\n\nThe council voted on Thursday to add crossings.', details: { title: 'Ferry timetable changes', outlet: 'Harbour Gazette', byline: null, publishedAt: '2024-03-05', url: null } }
    const { answer } = await run({ type: 'draft', name: 'page.html', source: '<html>…</html>', html })
    expect(unpackPreparation((answer as Extract<TextAnswer, { type: 'done' }>).result)).toEqual(draftOf('page.html', 'html', '<html>…</html>', html))
    expect(draft(answer).details).toEqual({ title: 'Ferry timetable changes', outlet: 'Harbour Gazette', byline: null, url: null, publishedAt: '2024-03-05', tags: [] })
  })
})
