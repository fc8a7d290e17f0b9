// summariseRevision on small texts: a sentence moved is kept, a sentence split or joined is reworded, a
// sentence replaced by an unrelated one is removed and added, the headline compared without its white space;
// and its invariants (fast-check): a text against itself, or against itself wrapped otherwise, is unchanged,
// and every offset lies in its version and slices it to the item's text.

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isUnchanged, renderRevision, summariseRevision, type RevisionSummary } from '../../../../src/shared/revisions'

const A = 'The army sent troops to the northern border on Monday after days of clashes.'
const B = 'The government closed the airport and the main roads out of the capital.'
const C = 'Aid agencies said thousands of families had left their homes in the region.'
const D = 'Schools will stay shut until the end of the month, the ministry announced.'

const changes = (older: string, newer: string, titles: [string | null, string | null] = [null, null]): string[] =>
  renderRevision(summariseRevision({ title: titles[0], text: older }, { title: titles[1], text: newer }))

describe('summariseRevision', () => {
  it('keeps a sentence moved to another paragraph', () => {
    expect(changes([A, B, C, D].join(' '), `${B} ${C}\n\n${D}\n\n${A}`)).toEqual([])
  })

  it('reads a sentence split in two, or two joined, as one rewording', () => {
    const joined = `${A.slice(0, -1)}, and the government closed the airport and the main roads out of the capital.`
    expect(changes(`${joined} ${C}`, `${A} ${B} ${C}`)).toEqual([
      'reworded: The army sent troops to the northern border on Monday after days of clashes{, and→.} {the→The} government closed the airport and the main roads out of the capital.',
    ])
    expect(changes(`${A} ${B} ${C}`, `${joined} ${C}`)).toEqual([
      'reworded: The army sent troops to the northern border on Monday after days of clashes{.→, and} {The→the} government closed the airport and the main roads out of the capital.',
    ])
  })

  it('reads a sentence replaced by one with no words in common as removed and added', () => {
    const other = 'Heavy rain is expected across the south over the weekend, forecasters warned.'
    expect(changes([A, B, C, D].join(' '), [A, other, C, D].join(' '))).toEqual([`removed: ${B}`, `added: ${other}`])
  })

  it('needs a third of the shorter sentence’s words matched: a phrase in common is not a counterpart', () => {
    const closed = 'The government closed the airport, the border crossings and the main roads out of the capital on Tuesday night after the attack.'
    const flooded = 'Heavy rain flooded the main roads out of the southern towns overnight, forecasters said, and more storms are expected this weekend.'
    expect(changes([A, closed, C].join(' '), [A, flooded, C].join(' '))).toEqual([`removed: ${closed}`, `added: ${flooded}`])
  })

  it('keeps a short sentence both versions carry word for word, too short for the alignment to find', () => {
    const other = 'Heavy rain is expected across the south over the weekend, forecasters warned.'
    const another = 'Rescue teams from three countries arrived at dawn with dogs and cranes.'
    expect(changes([A, 'No one died.', B].join(' '), [other, 'No one died.', another].join(' '))).toEqual([`removed: ${A}`, `removed: ${B}`, `added: ${other}`, `added: ${another}`])
  })

  it('gives the headline only where it changed, white space and quote forms aside', () => {
    expect(changes(A, A, ['Army sent to the “border”', ' Army  sent to the "border"'])).toEqual([])
    expect(changes(A, A, ['Army sent to the border', 'Army sent to the northern border'])).toEqual(['headline: “Army sent to the border” → “Army sent to the northern border”'])
    expect(changes(A, A, [null, 'Army sent to the border'])).toEqual([])
  })

  it('counts the words added and removed, replaced words on both sides', () => {
    const s = summariseRevision({ title: null, text: `${A} ${B}` }, { title: null, text: `${A.replace('sent', 'dispatched more')} ${C}` })
    expect(s.words).toEqual({ added: 2 + 13, removed: 1 + 13 })
  })
})

// ---- invariants ----------------------------------------------------------------------------------

const sentence = fc
  .array(fc.constantFrom('army', 'troops', 'the', 'Mr.', 'Smith', '400', '$1.2', 'billion', '“we', 'will', 'stay,”', 'said', 'border', 'U.S.', 'é', 'government', '6.5%'), { minLength: 3, maxLength: 14 })
  .map((words) => `${words.join(' ')}.`)
const article = fc.array(fc.array(sentence, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }).map((paragraphs) => paragraphs.map((p) => p.join(' ')).join('\n\n'))

function expectOffsetsTrue(s: RevisionSummary, older: string, newer: string): void {
  const check = (text: string, snip: { start: number; end: number; text: string } | null): void => {
    if (snip === null) return
    expect(snip.start).toBeGreaterThanOrEqual(0)
    expect(snip.end).toBeGreaterThanOrEqual(snip.start)
    expect(snip.end).toBeLessThanOrEqual(text.length)
    expect(text.slice(snip.start, snip.end)).toBe(snip.text)
  }
  for (const x of s.sentencesRemoved) check(older, x)
  for (const x of s.sentencesAdded) check(newer, x)
  for (const x of [...s.sentencesReworded, ...s.quotesChanged, ...s.numbersChanged]) {
    check(older, x.before)
    check(newer, x.after)
  }
  for (const r of s.sentencesReworded) {
    for (const d of r.differences) {
      check(older, d.before)
      check(newer, d.after)
    }
  }
}

describe('summariseRevision invariants (property)', () => {
  it('a text against itself, and against itself with its white space changed, is unchanged', () => {
    fc.assert(
      fc.property(article, fc.constantFrom(' ', '  ', '\n', ' \n '), (text, space) => {
        expect(isUnchanged(summariseRevision({ title: 'T', text }, { title: 'T', text }))).toBe(true)
        const rewrapped = text.replace(/ /g, space).replace(/\n\n/g, '\n\n\n')
        const s = summariseRevision({ title: 'T', text }, { title: 'T', text: rewrapped })
        expect(renderRevision(s)).toEqual([])
        expect(s.words).toEqual({ added: 0, removed: 0 })
      }),
      { numRuns: 60 },
    )
  })

  it('every offset lies in its version and slices it to the item’s text', () => {
    fc.assert(
      fc.property(article, article, (older, newer) => {
        expectOffsetsTrue(summariseRevision({ title: null, text: older }, { title: null, text: newer }), older, newer)
      }),
      { numRuns: 60 },
    )
  })

  it('every offset holds for a text edited a little: a word replaced, a sentence dropped or added', () => {
    fc.assert(
      fc.property(article, sentence, fc.nat(), (text, extra, at) => {
        const sentences = text.split(/(?<=\.) /)
        const k = at % sentences.length
        const edits = [sentences.map((s, i) => (i === k ? s.replace(/\S+/, 'navy') : s)), sentences.filter((_, i) => i !== k), [...sentences.slice(0, k), extra, ...sentences.slice(k)]]
        for (const edit of edits) {
          const newer = edit.join(' ')
          expectOffsetsTrue(summariseRevision({ title: null, text }, { title: null, text: newer }), text, newer)
        }
      }),
      { numRuns: 40 },
    )
  })
})
