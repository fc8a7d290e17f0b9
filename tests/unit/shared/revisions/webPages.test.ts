// Revisions on a real report: the Washington Post's page of the saved news pages (tests/fixtures/web-pages),
// read as the app imports it (src/reading, clean-up and all), then edited by hand as a silent edit would be.
// Each change gives its own line and no other; white space alone gives none.

import { readFileSync } from 'node:fs'
import { gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { parseInert } from '../../../../src/reading/inertDocument'
import { cleanedText, readSource } from '../../../../src/reading/source'
import { decodeBytes } from '../../../../src/shared/import'
import { renderRevision, revisionLines, summariseRevision, type RevisionSide, type RevisionSummary } from '../../../../src/shared/revisions'

/** The page as the app would store it: its headline and its cleaned text. */
function savedPage(name: string): RevisionSide {
  const decoded = decodeBytes(gunzipSync(readFileSync(`tests/fixtures/web-pages/${name}.html.gz`)))
  if (!decoded.ok) throw new Error(decoded.reason)
  const draft = readSource(`${name}.html`, 'html', decoded.text, parseInert)
  if (draft.kind === 'refusal') throw new Error(draft.reason)
  return { title: draft.details.title, text: cleanedText(draft) }
}

const older = savedPage('wapo-1')

/** The text with each edit made once; an edit whose words are not in the text fails the test. */
function edited(text: string, edits: ReadonlyArray<[string, string]>): string {
  return edits.reduce((t, [from, to]) => {
    expect(t.split(from).length - 1, from).toBe(1)
    return t.replace(from, to)
  }, text)
}

const summary = (edits: ReadonlyArray<[string, string]>, title = older.title): RevisionSummary => summariseRevision(older, { title, text: edited(older.text, edits) })

/** Every item's offsets slice its version's text to the item's text. */
function expectOffsetsTrue(s: RevisionSummary, newer: string): void {
  const check = (text: string, snip: { start: number; end: number; text: string } | null): void => {
    if (snip) expect(text.slice(snip.start, snip.end)).toBe(snip.text)
  }
  for (const x of s.sentencesRemoved) check(older.text, x)
  for (const x of s.sentencesAdded) check(newer, x)
  for (const x of [...s.sentencesReworded, ...s.quotesChanged, ...s.numbersChanged]) {
    check(older.text, x.before)
    check(newer, x.after)
  }
}

const REWORDED: [string, string] = ['fought increasing gunbattles', 'fought a growing number of gunbattles']
const ADDED: [string, string] = [
  'in the investigation.\n\n',
  'in the investigation.\n\nTunisia’s president, Beji Caid Essebsi, was due to address the nation later on Wednesday. Flights from Tunis airport were operating normally, officials said.\n\n',
]
const SHORT_QUOTE: [string, string] = ['“Our nation is in danger,”', '“Our country is in danger,”']
const LONG_QUOTE: [string, string] = ['to negatively affect the economy,” said Lotfi Azzouz', 'to negatively affect its economy,” said Lotfi Azzouz']
const NUMBER: [string, string] = ['killing at least 19 people', 'killing at least 21 people']
const HEADLINE = 'Museum attack in Tunis kills 21'

describe('the summary of a revision of a real report (wapo-1)', () => {
  it('reads the page as the app does: its headline and over a thousand words', () => {
    expect(older.title).toBe('Attack stokes instability fears in North Africa')
    expect(older.text.split(/\s+/).length).toBeGreaterThan(1000)
  })

  it('a sentence reworded: the sentence, with the words changed inline', () => {
    const s = summary([REWORDED])
    expect(renderRevision(s)).toEqual(['reworded: Tunisian security forces have also fought {increasing→a growing number of} gunbattles with jihadists at home.'])
    expect(s.words).toEqual({ added: 4, removed: 1 })
  })

  it('a paragraph added: its two sentences, and nothing else', () => {
    const s = summary([ADDED])
    expect(renderRevision(s)).toEqual([
      'added: Tunisia’s president, Beji Caid Essebsi, was due to address the nation later on Wednesday.',
      'added: Flights from Tunis airport were operating normally, officials said.',
    ])
    expect(s.words).toEqual({ added: 23, removed: 0 })
  })

  it('a paragraph removed', () => {
    const paragraph = 'Ajmi Lourimi, a member of Ennahda’s general secretariat, said he believed the attack would unite Tunisians in the face of terrorism.'
    expect(renderRevision(summary([[`\n\n${paragraph}`, '']]))).toEqual([`removed: ${paragraph}`])
  })

  it('a quotation corrected, a word changed inside its marks: the quotation’s change, not a rewording', () => {
    expect(renderRevision(summary([SHORT_QUOTE]))).toEqual(['quote of Habib Essid corrected: {nation→country}'])
    expect(renderRevision(summary([LONG_QUOTE]))).toEqual(['quote of Lotfi Azzouz corrected: {the→its}'])
  })

  it('the headline changed', () => {
    expect(renderRevision(summary([], HEADLINE))).toEqual(['headline: “Attack stokes instability fears in North Africa” → “Museum attack in Tunis kills 21”'])
  })

  it('numbers changed, with what they count', () => {
    expect(renderRevision(summary([NUMBER, ['accounting for 15 percent', 'accounting for 16.5 percent'], ['was in 2002, when', 'was in 2003, when']]))).toEqual([
      'number: 19 → 21 (people)',
      'number: 15 percent → 16.5 percent',
      'number: 2002 → 2003',
    ])
  })

  it('all of them at once, in the summary’s order, with offsets that slice each version', () => {
    const edits = [NUMBER, SHORT_QUOTE, REWORDED, ADDED, LONG_QUOTE]
    const s = summary(edits, HEADLINE)
    expect(renderRevision(s)).toEqual([
      'headline: “Attack stokes instability fears in North Africa” → “Museum attack in Tunis kills 21”',
      'added: Tunisia’s president, Beji Caid Essebsi, was due to address the nation later on Wednesday.',
      'added: Flights from Tunis airport were operating normally, officials said.',
      'reworded: Tunisian security forces have also fought {increasing→a growing number of} gunbattles with jihadists at home.',
      'quote of Habib Essid corrected: {nation→country}',
      'quote of Lotfi Azzouz corrected: {the→its}',
      'number: 19 → 21 (people)',
    ])
    expectOffsetsTrue(s, edited(older.text, edits))
    expect(revisionLines(s).at(-1)).toEqual({ kind: 'words', text: 'Words: 30 added, 4 removed' })
  })

  it('white space alone changed (spaces doubled, lines wrapped, paragraphs spaced) gives an empty summary', () => {
    const text = older.text.replace(/ /g, '  ').replace(/\n\n/g, '\n\n\n').replace(/\. /g, '.\n').replace(/, /g, ',\n')
    const s = summariseRevision(older, { title: ` ${older.title ?? ''}  `, text })
    expect(renderRevision(s)).toEqual([])
    expect(s.words).toEqual({ added: 0, removed: 0 })
  })

  it('the report against itself gives an empty summary', () => {
    expect(summariseRevision(older, older)).toEqual({
      headline: null,
      sentencesAdded: [],
      sentencesRemoved: [],
      sentencesReworded: [],
      quotesChanged: [],
      numbersChanged: [],
      words: { added: 0, removed: 0 },
    })
  })
})
