// The import work the worker does (run here, as it runs where no worker starts): files decoded and made
// drafts, web pages read by the reading the command line uses (linkedom), pasted text read as text or as
// a page; and
// the packed form a draft crosses threads in, which must unpack to the very draft it was made from.

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { normaliseText } from '../../../../../src/shared/import'
import { runImportJob } from '../../../../../src/renderer/src/features/import/importJobs'
import { draftOf, type ImportDraft } from '../../../../../src/reading/draft'
import { parseInert } from '../../../../../src/reading/inertDocument'
import { readSource } from '../../../../../src/reading/source'
import { packDraft, transferablesOf, unpackDraft, type ImportAnswer, type ImportStep } from '../../../../../src/renderer/src/features/import/importProtocol'
import { storedTextHash, storedTextHashOf } from '../../../../../src/renderer/src/features/import/storedTextHash'
import { fixturePage } from '../../../reading/fixturePages'

const REPORT = [
  'Ferry timetable changes on Monday',
  '',
  'By Erin Cunningham',
  '',
  'The harbour council voted on Thursday to add two crossings each day and a later last boat on Fridays, after a year of complaints from commuters.',
  'Advertisement',
  '',
  '   The ferry operator said the new timetable would need one more crew, which it had already hired from the spring.   ',
  '',
  '',
  'Councillors said they would look at fares again in the autumn.',
].join('\n')

function draft(answer: ImportAnswer): ImportDraft {
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
      '[dropped: byline] By Erin Cunningham',
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
    const line = fc.oneof(fc.string(), fc.constantFrom('Advertisement', 'By Erin Cunningham', 'Share', '   ', '\t', 'Read more:'))
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), fc.constantFrom('\n', '\r\n', '\r'), (lines, eol) => {
        const made = draftOf('any.txt', 'text', lines.join(eol))
        if (made.kind === 'draft') expect(unpackDraft(packDraft(made))).toEqual(made)
      }),
    )
  })
})

describe('the name the library would give a draft\'s text', () => {
  it('is worked out by the import work as it reads (the SHA-256 of the text the import would store), and the page takes it from there', async () => {
    const job = { type: 'read' as const, name: 'ferry.txt', format: 'text' as const, file: new Blob([REPORT]) }
    const answer = await runImportJob(job, () => {})
    if (answer.type !== 'done' || answer.result.kind !== 'draft') throw new Error('expected a draft')
    const made = unpackDraft(answer.result)
    expect(answer.result.storedHash).toBe(await storedTextHashOf(made))
    expect(answer.result.storedHash).toMatch(/^[0-9a-f]{64}$/)
    // The page asks no more: a name handed over with the draft is the one it gives.
    const handed = { ...answer.result, storedHash: 'a'.repeat(64) }
    expect(await storedTextHash(unpackDraft(handed))).toBe('a'.repeat(64))
    // With other blocks dropped it is worked out again, by the same work (here as a hash job).
    const edited = { ...unpackDraft(handed), dropped: new Set<number>() }
    const hashed = await runImportJob({ type: 'hash', extracted: edited.extracted, dropped: [] }, () => {})
    expect(hashed).toEqual({ type: 'hashed', hash: await storedTextHashOf(edited) })
    expect(await storedTextHash(edited, async () => (hashed.type === 'hashed' ? hashed.hash : ''))).toBe(await storedTextHashOf(edited))
  })
})

describe('runImportJob', () => {
  const run = async (job: Parameters<typeof runImportJob>[0]): Promise<{ answer: ImportAnswer; steps: ImportStep[] }> => {
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

  it('reads a web page there, into the draft the command line makes of it', async () => {
    const source = fixturePage('jsonld-newsarticle.html')
    const { answer, steps } = await run({ type: 'read', name: 'page.html', format: 'html', file: new Blob([source]) })
    expect(draft(answer)).toEqual(readSource('page.html', 'html', source, parseInert))
    expect(draft(answer).details.title).toBe('Dockworkers end four-day strike after wage deal & new shift rules')
    expect(steps).toEqual(['decode', 'parse', 'article', 'sanitise', 'text', 'details', 'clean-up'])
  })

  it('refuses what cannot be read, naming the file', async () => {
    expect((await run({ type: 'read', name: 'empty.txt', format: 'text', file: new Blob([]) })).answer).toEqual({ type: 'done', result: { kind: 'refusal', name: 'empty.txt', reason: 'The file is empty.' } })
    const png = new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])])
    expect((await run({ type: 'read', name: 'photo.txt', format: 'text', file: png })).answer).toMatchObject({ result: { kind: 'refusal', reason: expect.stringMatching(/PNG/) } })
    expect((await run({ type: 'paste', text: ' \n ' })).answer).toEqual({ type: 'done', result: { kind: 'refusal', name: 'Pasted text', reason: 'There is no text in it to import.' } })
  })

  it('reads pasted text as text, and a pasted page source as a page', async () => {
    expect(draft((await run({ type: 'paste', text: REPORT })).answer)).toMatchObject({ name: 'Pasted text', format: 'text', extracted: normaliseText(REPORT) })
    expect((await run({ type: 'paste', text: '  <!DOCTYPE html><title>x</title>\r\n' })).answer).toEqual({ type: 'done', result: { kind: 'refusal', name: 'Pasted text', reason: expect.stringMatching(/^No article text was found in this page/) } })
    expect(draft((await run({ type: 'paste', text: fixturePage('plain-title-only.html') })).answer)).toMatchObject({ name: 'Pasted text', format: 'html', details: { title: 'Ships queue as Valmere strike ends' } })
  })
})
