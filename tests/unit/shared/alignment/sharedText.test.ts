// What real reports share and the engine once missed or linked wrongly, one class each, on short texts
// in the manner of the reports it was found in. Each pair of reports that shares a run of words must be
// readable from one passage, and no passage may link stretches that do not match.

import { describe, expect, it } from 'vitest'
import { alignDocuments, renderAlignment, type Alignment, type PassageGroup } from '../../../../src/shared/alignment'

const textOf = (texts: string[], s: { doc: number; start: number; end: number }): string => (texts[s.doc] as string).slice(s.start, s.end)

/** The passages as "[docs] text of each span" lines, nesting shown as "inside pN". */
function passages(texts: string[], result: Alignment = alignDocuments(texts)): string[] {
  return result.passages.map((g) => `${g.id}${g.parent ? ` inside ${g.parent}` : ''} ${g.spans.map((s) => `[${s.doc + 1}] ${textOf(texts, s)}`).join(' | ')}`)
}

/** The one passage that links docs a and b with spans containing `words` in each, if any. */
function linking(result: Alignment, texts: string[], a: number, b: number, words: string): PassageGroup | undefined {
  const holds = (g: PassageGroup, doc: number): boolean => g.spans.some((s) => s.doc === doc && textOf(texts, s).includes(words))
  return result.passages.find((g) => holds(g, a) && holds(g, b))
}

describe('shared text the engine must find', () => {
  it('makes a shared quote of ten words a passage', () => {
    const texts = [
      'The governor spoke on Sunday. "We must never allow political violence to take root in America," she told the crowd outside the capitol.',
      'Speaking at the rally, the governor warned: "We must never allow political violence to take root in America." Her rival agreed.',
    ]
    expect(passages(texts)).toEqual(['p1 [1] We must never allow political violence to take root in America | [2] We must never allow political violence to take root in America'])
  })

  it('keeps a short last sentence the two reports share', () => {
    const texts = [
      'He said the attack on the election officials went over the line. It\'s wrong. It\'s destructive. Then he left the podium.',
      'Asked about the threats, the senator said the attack on the election officials went over the line. It\'s wrong. It\'s destructive.\n\nOthers disagreed.',
    ]
    const [quote] = alignDocuments(texts).passages
    expect(quote?.spans.map((s) => textOf(texts, s))).toEqual([
      "said the attack on the election officials went over the line. It's wrong. It's destructive",
      "said the attack on the election officials went over the line. It's wrong. It's destructive",
    ])
  })

  it('matches "year-end" with "year end" and "double-dip" with "double dip"', () => {
    const texts = [
      'Economists now expect the year-end figures to show that the economy avoided a double-dip recession after all, the report said.',
      'Economists now expect the year end figures to show that the economy avoided a double dip recession after all.',
    ]
    const result = alignDocuments(texts)
    expect(result.passages).toHaveLength(1)
    expect(result.passages[0]?.spans.map((s) => textOf(texts, s))).toEqual([
      'Economists now expect the year-end figures to show that the economy avoided a double-dip recession after all',
      'Economists now expect the year end figures to show that the economy avoided a double dip recession after all',
    ])
    // Hyphenated words count once, as the app counts them.
    expect(result.documents.map((d) => d.words)).toEqual([20, 19])
  })

  it('links every copy when both reports carry a passage twice', () => {
    const quote = 'The committee will hold a public hearing on the proposal before any vote is taken this year'
    const texts = [`${quote}.\n\nOther news of the day.\n\n${quote}.`, `${quote}, officials said.\n\nUnrelated words here today.\n\n${quote}.`]
    const result = alignDocuments(texts)
    for (const [a, b] of [
      [0, 1],
      [1, 0],
    ] as const) {
      const group = linking(result, texts, a, b, 'public hearing')
      expect(group?.spans.filter((s) => s.doc === 0)).toHaveLength(2)
      expect(group?.spans.filter((s) => s.doc === 1)).toHaveLength(2)
    }
  })

  it('covers each pair whole when three reports carry a quote and one of them only in part', () => {
    const whole =
      'We are going to make sure that the people who did this are found and brought to justice, and we will not rest until every family has the answers it deserves'
    const part = 'We are going to make sure that the people who did this are found and brought to justice'
    const texts = [`The mayor said: "${whole}."`, `"${whole}," the mayor told reporters.`, `The mayor vowed: "${part}." He did not elaborate.`]
    const result = alignDocuments(texts)
    // Report 1 and 3 also share the words before the quote ("The mayor said" / "The mayor vowed").
    expect(passages(texts, result)).toEqual([
      `p1 [1] ${whole} | [2] ${whole}`,
      `p2 inside p1 [1] The mayor said: "${part} | [2] ${part} | [3] The mayor vowed: "${part}`,
    ])
  })

  it('links no stretches that do not match, when one report joins two quotes the other carries apart', () => {
    const first = 'This decision should be deeply troubling to all Americans who care about the rule of law'
    const second = 'A lengthy investigation found no evidence that the rules had been broken by anyone involved'
    const texts = [
      `"${first}," Mr. Goelman added. "${second}."`,
      `"${first}," said the lawyer.\n\nThe hearing was adjourned until Friday afternoon.\n\n"${second}," a spokesman said.`,
    ]
    expect(passages(texts)).toEqual([`p1 [1] ${first} | [2] ${first}`, `p2 [1] ${second} | [2] ${second}`])
  })

  it('makes a reworded quote one passage, with the changed words as variants', () => {
    const texts = [
      '"We have never seen the water rise this fast. Our crews worked through the night to get people out safely," Ortiz said.',
      '"We have never seen the river rise so quickly. Our crews worked all night to get everyone out safely," Ortiz told reporters.',
    ]
    const result = alignDocuments(texts)
    expect(result.passages).toHaveLength(1)
    const rendered = renderAlignment(texts, result).split('\n\n')[0] as string
    expect(rendered.split('\n').slice(0, 3)).toEqual([
      'passage p1 [1,2] 21 words',
      '  [1] "We have never seen the water rise this fast. Our crews worked through the night to get people out safely,\\" Ortiz"',
      '  [2] "We have never seen the {water→river} rise {this fast→so quickly}. Our crews worked {through the→all} night to get {people→everyone} out safely," Ortiz"',
    ])
  })
})
