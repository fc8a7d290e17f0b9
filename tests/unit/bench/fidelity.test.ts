// The fidelity benchmark's truth and scoring on small texts written here (never the corpus): truth words,
// maximal shared runs, each miss cause, the similarity of linked pairs, the sums, and the long documents.
// Alignments are written by hand as spans, so these tests do not depend on what the engine finds.

import { describe, expect, it } from 'vitest'
import type { Span } from '../../../src/shared/alignment'
import { FidelityTally, shorten } from '../../../bench/fidelityTally'
import { scoreAlignment, truthOf } from '../../../bench/fidelityTruth'
import { linkedPairs, similarityOf } from '../../../bench/linkAgreement'
import { concatenatedReports } from '../../../bench/newsCorpus'
import type { LinkedGroups, RunVerdict } from '../../../bench/runVerdicts'
import { indexDocuments, sharedRuns } from '../../../bench/truthRuns'
import { foldWord, truthWords } from '../../../bench/truthWords'

/** Each truth word as `word:text it covers`. */
const rendered = (text: string): string => truthWords(text).map((w) => `${w.text}:${text.slice(w.start, w.end)}`).join(' ')

describe('truth words', () => {
  it('split at white space, hyphens and dashes, and keep where their letters sit', () => {
    expect(rendered('A well-known—and “long-awaited” U.S. deal…')).toBe('a:A well:well known:known and:and long:long awaited:awaited us:U.S deal:deal')
  })

  it('fold case, width, apostrophes and quotes, and drop marks that stand alone', () => {
    expect(rendered('He said -- DON’T ... “ＡＢＣ” ‘rock ’n’ roll’ !')).toBe("he:He said:said dont:DON’T abc:ＡＢＣ rock:rock n:n roll:roll")
    expect(foldWord('Don’t')).toBe(foldWord("don't"))
    expect(foldWord('„Yes“')).toBe(foldWord('"yes"'))
  })
})

/** Runs between documents 0 and 1 of word lists given as strings, as `place in a/place in b ×length`. */
function runsOf(a: string, b: string): string[] {
  const [x, y] = indexDocuments([a.split(' '), b.split(' ')])
  if (x === undefined || y === undefined) throw new Error('two documents')
  return sharedRuns(0, x, 1, y).map((r) => `${r.startA}/${r.startB} ×${r.length}`)
}

const TEN = 'a b c d e f g h i j'

describe('truth runs', () => {
  it('are maximal: extended left and right as far as the words agree', () => {
    expect(runsOf(`x ${TEN} k l y`, `z z ${TEN} k l`)).toEqual(['1/2 ×12'])
  })

  it('need ten words', () => {
    expect(runsOf('x a b c d e f g h i y', 'z a b c d e f g h i w')).toEqual([])
    expect(runsOf(`x ${TEN} y`, `z ${TEN} w`)).toEqual(['1/1 ×10'])
  })

  it('are cut where one word differs', () => {
    expect(runsOf(`${TEN} k l m n o p q r s t u`, `${TEN} K l m n o p q r s t u`)).toEqual(['0/0 ×10', '11/11 ×10'])
  })

  it('are one per diagonal when a text repeats', () => {
    expect(runsOf(`${TEN} x ${TEN}`, `y ${TEN}`)).toEqual(['0/1 ×10', '11/1 ×10'])
    expect(runsOf(`${TEN} x ${TEN}`, `${TEN} y ${TEN}`)).toEqual(['0/0 ×10', '0/11 ×10', '11/0 ×10', '11/11 ×10'])
  })

  it('count the occurrences of a sequence in a document', () => {
    const [doc] = indexDocuments([`${TEN} x ${TEN} a b`.split(' ')])
    expect(doc?.occurrences(doc.ids.subarray(0, 10))).toBe(2)
    expect(doc?.occurrences(doc.ids.subarray(0, 11))).toBe(1)
  })
})

// Seventeen words shared by two reports in different surroundings: one truth run.
const SHARED = 'Officials from both sides declined to comment on the details of the draft agreement on Tuesday evening.'
const A = `Rain is expected across the north. ${SHARED} Shares fell.`
const B = `Markets were calm. ${SHARED} The end.`

/** The span of `phrase` in texts[doc] (its `nth` occurrence). */
function spanOf(texts: readonly string[], doc: number, phrase: string, nth = 0): Span {
  let start = -1
  for (let k = 0; k <= nth; k++) start = (texts[doc] as string).indexOf(phrase, start + 1)
  if (start < 0) throw new Error(`"${phrase}" is not in document ${doc}`)
  return { doc, start, end: start + phrase.length }
}

/** Verdicts on the runs of `texts` for passages and phrases given as lists of spans: `found`, or the cause and detail. */
function verdictsOf(texts: string[], passages: Span[][], phrases: Span[][] = []): string[] {
  const groups = (list: Span[][]): LinkedGroups['passages'] => list.map((spans, i) => ({ id: `g${i}`, spans }))
  const truth = truthOf(texts)
  return scoreAlignment(truth, { passages: groups(passages), phrases: groups(phrases) }).verdicts.map(describeVerdict)
}

const describeVerdict = (v: RunVerdict): string =>
  v.found ? `${v.run.length} words found` : `${v.run.length} words ${v.cause}${v.cutAtSentenceBreak ? ' at a sentence break' : ''}${v.detail ? `: ${v.detail}` : ''}`

describe('found runs', () => {
  const texts = [A, B]
  const both = (phrase: string): Span[] => [spanOf(texts, 0, phrase), spanOf(texts, 1, phrase)]

  it('are found when one passage covers them in both documents', () => {
    expect(verdictsOf(texts, [[spanOf(texts, 0, `north. ${SHARED}`), spanOf(texts, 1, SHARED)]])).toEqual(['17 words found'])
  })

  it('need 90% of the words on each side, whole words only', () => {
    expect(verdictsOf(texts, [both(SHARED.replace('Officials ', ''))])).toEqual(['17 words found'])
    expect(verdictsOf(texts, [both(SHARED.replace('Officials from ', ''))])).toEqual(['17 words cut short: best passage covers 88% / 88%'])
    expect(verdictsOf(texts, [both(SHARED.replace('Officials ', 'fficials '))])).toEqual(['17 words found'])
    expect(verdictsOf(texts, [both(SHARED.replace('Officials from', 'fficials from'))])).toEqual(['17 words found'])
    expect(verdictsOf(texts, [[spanOf(texts, 0, SHARED), spanOf(texts, 1, SHARED.slice(0, -9))]])).toEqual(['17 words found'])
    expect(verdictsOf(texts, [[spanOf(texts, 0, SHARED), spanOf(texts, 1, SHARED.slice(0, -10))]])).toEqual(['17 words cut short: best passage covers 100% / 88%'])
  })
})

describe('misses by cause', () => {
  const texts = [A, B]
  const both = (phrase: string): Span[] => [spanOf(texts, 0, phrase), spanOf(texts, 1, phrase)]

  it('not linked: nothing touches the run', () => {
    expect(verdictsOf(texts, [])).toEqual(['17 words not linked'])
    expect(verdictsOf(texts, [[spanOf(texts, 0, 'Rain is expected'), spanOf(texts, 1, 'Markets were calm')]])).toEqual(['17 words not linked'])
  })

  it('phrase only: a phrase links it, no passage does', () => {
    expect(verdictsOf(texts, [], [both('declined to comment')])).toEqual(['17 words phrase only'])
    expect(verdictsOf(texts, [], [[spanOf(texts, 0, 'declined'), spanOf(texts, 1, 'Markets')]])).toEqual(['17 words not linked'])
  })

  it('split: two passages cover it together', () => {
    expect(verdictsOf(texts, [both('Officials from both sides declined to comment on the'), both('details of the draft agreement on Tuesday evening')])).toEqual([
      '17 words split: 2 passages cover 100% / 100%',
    ])
  })

  it('cut short: one passage links part of it, and whether it stops at a sentence break', () => {
    expect(verdictsOf(texts, [both('Officials from both sides declined to comment')])).toEqual(['17 words cut short: best passage covers 41% / 41%'])
    const shared = 'The talks will go on next week in Geneva. Both delegations agreed to publish a joint statement.'
    const two = [`Before it. ${shared} After it.`, `Other start. ${shared} Other end.`]
    const firstSentence = [spanOf(two, 0, 'The talks will go on next week in Geneva.'), spanOf(two, 1, 'The talks will go on next week in Geneva.')]
    expect(verdictsOf(two, [firstSentence])).toEqual(['17 words cut short at a sentence break: best passage covers 53% / 53%'])
  })

  it('repeat: the passage links another occurrence of the same words', () => {
    const twice = [`${SHARED} In between. ${SHARED}`, B]
    const second = [spanOf(twice, 0, SHARED, 1), spanOf(twice, 1, SHARED)]
    expect(verdictsOf(twice, [second])).toEqual(['17 words repeat: occurs 2× in a, 1× in b', '17 words found'])
  })

  it('other: a passage takes the run in one document to unrelated text in the other', () => {
    expect(verdictsOf(texts, [[spanOf(texts, 0, SHARED), spanOf(texts, 1, 'Markets were calm.')]])).toEqual(['17 words other: passages touch it in a only'])
  })

  it('counts a passage only where it has spans in both documents of the run', () => {
    const three = [A, B, 'Nothing in common here at all.']
    expect(verdictsOf(three, [[spanOf(three, 0, SHARED), spanOf(three, 2, 'Nothing in common')]])).toEqual(['17 words not linked'])
  })
})

describe('linked pairs and their similarity', () => {
  it('is twice the common words over the words of both', () => {
    expect(similarityOf(['a', 'b', 'c', 'd'], ['a', 'x', 'c', 'd'])).toBe(0.75)
    expect(similarityOf(['a', 'b'], [])).toBe(0)
    expect(similarityOf([], [])).toBe(0)
  })

  it('pairs every two spans of a passage in different documents, lower document first', () => {
    const texts = ['the talks will go on next week', 'the talks will resume next week', 'talks go on']
    const words = texts.map(truthWords)
    const passage = { id: 'p', spans: [spanOf(texts, 1, texts[1] as string), spanOf(texts, 0, texts[0] as string), spanOf(texts, 2, texts[2] as string)] }
    const pairs = linkedPairs(words, { passages: [passage] }).map((p) => `${p.a.doc}↔${p.b.doc} ${p.wordsA}/${p.wordsB} ${p.similarity.toFixed(2)}`)
    expect(pairs).toEqual(['0↔1 7/6 0.77', '1↔2 6/3 0.22', '0↔2 7/3 0.60'])
  })

  it('does not pair two spans in the same document', () => {
    const texts = ['one two three. one two three.', 'one two three']
    const spans = [spanOf(texts, 0, 'one two three'), spanOf(texts, 0, 'one two three', 1), spanOf(texts, 1, 'one two three')]
    expect(linkedPairs(texts.map(truthWords), { passages: [{ id: 'p', spans }] }).map((p) => `${p.a.start}↔${p.b.start}`)).toEqual(['0↔0', '15↔0'])
  })
})

describe('the sums', () => {
  it('give recall, precision, misses by cause and the worst pairs', () => {
    const other = 'Shares in the largest carmakers fell sharply in early trading on Monday morning after the news.'
    const texts = [`${SHARED} ${other}`, `${SHARED} Then something else.`, `Different. ${other}`]
    const truth = truthOf(texts)
    const passages = [
      { id: 'p1', spans: [spanOf(texts, 0, SHARED), spanOf(texts, 1, SHARED)] },
      { id: 'p2', spans: [spanOf(texts, 0, SHARED), spanOf(texts, 2, 'Different.')] },
    ]
    const tally = new FidelityTally()
    tally.add('cluster', ['1-a.txt', '2-b.txt', '3-c.txt'], truth, scoreAlignment(truth, { passages, phrases: [] }))
    const f = tally.figures()
    expect([f.runs, f.foundRuns, f.runWords, f.foundWords, f.recall, f.recallByWords]).toEqual([2, 1, 33, 17, 0.5, 17 / 33])
    expect([f.linkedPairs, f.agreeingPairs, f.precision, f.precisionByWords]).toEqual([2, 1, 0.5, 34 / (34 + 18)])
    expect(f.misses).toEqual({ 'not linked': 1, 'phrase only': 0, split: 0, 'cut short': 0, repeat: 0, other: 0 })
    expect(tally.examples('not linked').map((m) => `[${m.where}] ${m.words}: ${m.text.slice(0, 30)}`)).toEqual(['[cluster: 1-a.txt ↔ 3-c.txt] 16: Shares in the largest carmaker'])
    expect(tally.worstPairs().map((p) => `${p.similarity.toFixed(2)} [${p.where}] "${p.textB}"`)).toEqual([
      '0.00 [cluster: 1-a.txt ↔ 3-c.txt] "Different."',
      `1.00 [cluster: 1-a.txt ↔ 2-b.txt] "${SHARED}"`,
    ])
  })

  it('shortens long texts to their start and end', () => {
    expect(shorten('short\n text', 20)).toBe('short text')
    expect(shorten('abcdefghijklmnopqrstuvwxyz', 13)).toBe('abcdefg … xyz')
  })
})

describe('long documents made of clusters', () => {
  const clusters = Array.from({ length: 6 }, (_unused, c) => ({
    name: `cluster-${c}`,
    files: [0, 1, 2].map((slot) => `${slot + 1}-outlet.txt`),
    texts: [0, 1, 2].map((slot) => `Title ${c}\n\nReport of cluster ${c} in slot ${slot}.\n`),
  }))
  const twoReports = { name: 'pair', files: ['1-x.txt', '2-y.txt'], texts: ['Only two.', 'Only two!'] }

  it('joins the reports in slot i of clusters with three or more (9 words each), each document in its own order, until long enough', () => {
    const documents = concatenatedReports([...clusters, twoReports], 18)
    documents.forEach((doc, slot) => {
      const reports = doc.split('\n\n').filter((part) => part.startsWith('Report'))
      expect(reports).toHaveLength(2)
      expect(reports.every((r) => r.endsWith(`slot ${slot}.`))).toBe(true)
      expect(doc).not.toContain('Only two')
    })
    expect(new Set(documents.map((doc) => doc.replace(/slot \d/g, ''))).size).toBeGreaterThan(1)
    expect(concatenatedReports(clusters, 18)).toEqual(documents)
  })

  it('refuses to build documents longer than the clusters allow', () => {
    expect(() => concatenatedReports(clusters, 1000)).toThrow(/hold only 54 words/)
  })
})
