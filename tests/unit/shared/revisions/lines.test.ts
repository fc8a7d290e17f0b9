// The summary in words, as the command line's Markdown and the PDF's "Revisions" section print it: one line
// per change with its kind, and the words counted; one line saying so when nothing changed.

import { describe, expect, it } from 'vitest'
import { revisionLines, type RevisionSummary } from '../../../../src/shared/revisions'

const snip = (text: string, start = 0) => ({ start, end: start + text.length, text })
const empty: RevisionSummary = { headline: null, sentencesAdded: [], sentencesRemoved: [], sentencesReworded: [], quotesChanged: [], numbersChanged: [], words: { added: 0, removed: 0 } }

describe('revisionLines', () => {
  it('says each change in words, in the summary’s order, then the words counted', () => {
    const summary: RevisionSummary = {
      headline: { before: 'Army sent to border', after: 'Army sent to  northern border' },
      sentencesRemoved: [snip('He declined to comment.')],
      sentencesAdded: [snip('Flights were\noperating normally.')],
      sentencesReworded: [
        {
          before: snip('Forces fought increasing gunbattles.'),
          after: snip('Forces fought a growing number of gunbattles.'),
          differences: [
            { kind: 'substitution', before: snip('increasing', 14), after: snip('a growing number of', 14) },
            { kind: 'insertion', before: snip('', 36), after: snip('at home', 45) },
          ],
        },
      ],
      quotesChanged: [
        { groups: ['q1'], speaker: 'Jay Carney', kind: 'corrected', before: snip('support for that regime'), after: snip('support for the regime'), differences: [{ before: 'that', after: 'the' }] },
        { groups: ['q2'], speaker: null, kind: 'removed', before: snip('We will not go'), after: null, differences: [] },
        { groups: ['q3'], speaker: 'Jeff Sessions', kind: 'unquoted', before: snip('recuse myself'), after: snip('recuse myself'), differences: [] },
        { groups: ['q4', 'q5'], speaker: 'Bill Clinton', kind: 'punctuation', before: snip('Cooperate and thrive, or fight'), after: snip('cooperate and thrive or fight'), differences: [] },
      ],
      numbersChanged: [{ before: snip('400'), after: snip('450'), unit: 'troops' }, { before: snip('$1.2 billion'), after: snip('$1.5 billion'), unit: null }],
      words: { added: 12, removed: 5 },
    }
    expect(revisionLines(summary).map((l) => `${l.kind} | ${l.text}`)).toEqual([
      'headline | Headline: “Army sent to border” → “Army sent to northern border”',
      'removed | Removed: “He declined to comment.”',
      'added | Added: “Flights were operating normally.”',
      'reworded | Reworded: “Forces fought increasing gunbattles.” → “Forces fought a growing number of gunbattles.” (“increasing” → “a growing number of”, + “at home”)',
      'quote | Quote of Jay Carney corrected: “support for that regime” → “support for the regime”',
      'quote | Unattributed quote removed: “We will not go”',
      'quote | Quote of Jeff Sessions printed without quotation marks: “recuse myself”',
      'quote | Quote of Bill Clinton repunctuated: “Cooperate and thrive, or fight” → “cooperate and thrive or fight”',
      'number | Numbers: 400 → 450 (troops)',
      'number | Numbers: $1.2 billion → $1.5 billion',
      'words | Words: 12 added, 5 removed',
    ])
  })

  it('says there is no change when there is none', () => {
    expect(revisionLines(empty)).toEqual([{ kind: 'unchanged', text: 'No change: the headline and the words are the same in both versions.' }])
  })
})
