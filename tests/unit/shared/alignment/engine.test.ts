// The engine on small made-up cases, each readable as a diff: variants by kind, moved passages,
// three-way groups, and a stretch all three share nested inside the longer one two of them share.

import { describe, expect, it } from 'vitest'
import { alignDocuments, renderAlignment } from '../../../../src/shared/alignment'

const QUOTE =
  'The minister said the talks would continue next week in Geneva, and that both delegations had agreed to publish a joint statement before the weekend.'
const OTHER_A = 'Rain is expected across the north of the country on Sunday, forecasters said.'
const OTHER_B = 'Shares in the largest carmakers fell sharply in early trading on Monday morning.'

const passagesOf = (texts: string[]) => renderAlignment(texts, alignDocuments(texts)).split('\n\n').filter((b) => b.startsWith('passage'))

describe('variants inside a passage', () => {
  it.each([
    ['a substitution', QUOTE.replace('next week', 'next month'), '{week→month}', 'substitution'],
    ['an insertion', QUOTE.replace('joint statement', 'short joint statement'), '{+short}', 'insertion'],
    ['an omission', QUOTE.replace(' in Geneva', ''), '{-in Geneva}', 'omission'],
    ['a case change', QUOTE.replace('Geneva', 'GENEVA'), '{Geneva→GENEVA}', 'case'],
    ['a dropped comma', QUOTE.replace('Geneva,', 'Geneva'), '{, → }', 'punctuation'],
    ['a dash form', QUOTE.replace('Geneva, and', 'Geneva — and'), '{, → — }', 'punctuation'],
  ])('shows %s inline against the base', (_name, changed, mark, kind) => {
    const texts = [`${OTHER_A}\n\n${QUOTE}`, `${changed}\n\n${OTHER_B}`]
    const [block] = passagesOf(texts)
    expect(block).toContain(mark)
    expect(block).toContain(`variants: ${kind}@2`)
  })

  it('treats straight and curly quotes around words as punctuation, not as different words', () => {
    const straight = `He said "we will not negotiate under pressure from anyone" and left the room without taking questions.`
    const curly = `He said “we will not negotiate under pressure from anyone” and left the room without taking questions.`
    const result = alignDocuments([straight, curly])
    expect(result.passages).toHaveLength(1)
    expect(result.passages[0]?.variants.map((v) => [v.kind, v.base, v.text])).toEqual([
      ['punctuation', ' "', ' “'],
      ['punctuation', '" ', '” '],
    ])
  })
})

describe('grouping', () => {
  it('finds a passage that sits in a different place in each report', () => {
    const texts = [`${QUOTE}\n\n${OTHER_A}\n\n${OTHER_B}`, `${OTHER_B}\n\nSomething else entirely happened here today.\n\n${QUOTE}`]
    const result = alignDocuments(texts)
    const quote = result.passages.find((g) => texts[0]?.slice(g.spans[0]?.start, g.spans[0]?.end).startsWith('The minister'))
    expect(quote?.spans.map((s) => s.doc)).toEqual([0, 1])
    expect(quote?.variants).toEqual([])
  })

  it('makes one group of a passage carried by three reports, not three pairs', () => {
    const texts = [`${OTHER_A}\n\n${QUOTE}`, `${QUOTE}\n\n${OTHER_B}`, `Intro line of the third report.\n\n${QUOTE.replace('the talks', 'talks')}`]
    const result = alignDocuments(texts)
    expect(result.passages).toHaveLength(1)
    expect(result.passages[0]?.spans.map((s) => s.doc)).toEqual([0, 1, 2])
    expect(result.passages[0]?.variants.map((v) => [v.doc, v.kind, v.base])).toEqual([[2, 'omission', 'the']])
  })

  it('nests the stretch all three share inside the longer stretch two of them carry whole', () => {
    const extra = 'Officials from both sides declined to comment on the details of the draft agreement on Tuesday evening.'
    const texts = [`${QUOTE} ${extra}`, `${QUOTE} ${extra}`, QUOTE]
    const { passages } = alignDocuments(texts)
    const groups = passages.map((g) => ({
      id: g.id,
      parent: g.parent,
      docs: g.spans.map((s) => s.doc),
      text: texts[g.spans[0]?.doc as number]?.slice(g.spans[0]?.start, g.spans[0]?.end),
    }))
    expect(groups).toEqual([
      { id: 'p1', parent: undefined, docs: [0, 1], text: `${QUOTE} ${extra.slice(0, -1)}` },
      { id: 'p2', parent: 'p1', docs: [0, 1, 2], text: QUOTE.slice(0, -1) },
    ])
  })

  it('keeps a shared name or title as a phrase, apart from the passages', () => {
    const texts = [
      'Foreign Minister Sergei Lavrov will travel to Paris on Friday.',
      'Analysts expect Foreign Minister Sergei Lavrov to speak first.',
    ]
    const result = alignDocuments(texts)
    expect(result.passages).toEqual([])
    expect(result.phrases.map((g) => g.spans.map((s) => texts[s.doc]?.slice(s.start, s.end)))).toEqual([
      ['Foreign Minister Sergei Lavrov', 'Foreign Minister Sergei Lavrov'],
    ])
  })

  it('counts the words of a document in every script, and finds shared Chinese text', () => {
    const chinese = '外交部长今天在莫斯科与俄罗斯总统举行会谈，双方同意继续就叙利亚问题保持密切沟通与合作。'
    const texts = [`第一段新闻内容。\n\n${chinese}`, `${chinese}\n\n另一段完全不同的报道。`]
    const result = alignDocuments(texts)
    expect(result.documents.every((d) => d.words > 10)).toBe(true)
    expect(result.passages).toHaveLength(1)
  })
})
