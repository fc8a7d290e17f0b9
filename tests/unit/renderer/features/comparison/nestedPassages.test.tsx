// A part that three reports share, inside a longer part two of them share: how the view model cuts it,
// how a column draws it (the nested passage an element inside the longer one's), how the passages panel
// and the printed appendix name it. Built from the real engine on three short reports.

import { cleanup, render } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { alignDocuments } from '../../../../../src/shared/alignment'
import { buildViewModel } from '../../../../../src/renderer/src/features/comparison/model'
import { PassageText } from '../../../../../src/renderer/src/features/comparison/PassageText'
import { PassagesPanel } from '../../../../../src/renderer/src/features/comparison/PassagesPanel'
import { appendixEntries } from '../../../../../src/renderer/src/features/export/printModel'

afterEach(cleanup)

const QUOTE = 'The minister said the talks would continue next week in Geneva, and that both delegations had agreed to publish a joint statement before the weekend.'
const EXTRA = 'Officials from both sides declined to comment on the details of the draft agreement on Tuesday evening.'
const texts = [`${QUOTE} ${EXTRA}`, `Talks went on.\n\n${QUOTE} ${EXTRA}`, QUOTE]
const alignment = alignDocuments(texts)
const model = buildViewModel(texts, alignment)
const outer = model.passages.find((p) => p.docs.length === 2)
const inner = model.passages.find((p) => p.docs.length === 3)

describe('a nested passage', () => {
  it('is the part all three reports share, inside the passage reports 1 and 2 share', () => {
    expect(outer?.parent).toBeNull()
    expect(inner?.parent).toBe(outer?.id)
  })

  it('takes the stretches it covers in the model, with the longer passage around them', () => {
    const segments = model.columns[0]?.paragraphs.flatMap((p) => p.segments) ?? []
    const described = segments.map((s) => `${s.passage === inner?.id ? 'inner' : s.passage === outer?.id ? 'outer' : 'plain'}${s.outer ? ` in ${s.outer === outer?.id ? 'outer' : s.outer}` : ''}: ${texts[0]?.slice(s.start, s.end)}`)
    expect(described).toEqual([`inner in outer: ${QUOTE.slice(0, -1)}`, `outer: . ${EXTRA.slice(0, -1)}`, 'plain: .'])
  })

  it('is drawn as an element of its own inside the longer passage, each with its tint', () => {
    const paragraph = model.columns[1]?.paragraphs[1]
    if (!paragraph) throw new Error('no second paragraph in report 2')
    const { container } = render(<PassageText text={texts[1] as string} segments={paragraph.segments} passageById={model.passageById} />)
    const longer = container.querySelector(`[data-passage="${outer?.id}"]`)
    const nested = longer?.querySelector(`[data-passage="${inner?.id}"]`)
    expect(longer?.className).toBe(`passage tint-${outer?.tint}`)
    expect(nested?.className).toBe(`passage tint-${inner?.tint} passage-nested`)
    expect(nested?.textContent).toBe(QUOTE.slice(0, -1))
    expect(longer?.textContent).toBe(`${QUOTE} ${EXTRA.slice(0, -1)}`)
  })

  it('says in the passages panel which longer passage it is part of', () => {
    const { container } = render(<PassagesPanel model={model} texts={texts} titles={['A', 'B', 'C']} activePassage={null} onSelectPassage={() => {}} onSelectSpan={() => {}} />)
    const item = container.querySelector(`[data-passage-item="${inner?.id}"]`)
    expect(item?.querySelector('.passage-parent')?.textContent).toBe('part of a longer passage in reports 1 and 2')
    expect(container.querySelector(`[data-passage-item="${outer?.id}"] .passage-parent`)).toBeNull()
  })

  it('is numbered in the printed appendix as part of the longer passage', () => {
    const entries = appendixEntries(model)
    const numberOfOuter = entries.find((e) => e.passage.id === outer?.id)?.number
    expect(entries.find((e) => e.passage.id === inner?.id)?.partOf).toBe(numberOfOuter)
    expect(entries.find((e) => e.passage.id === outer?.id)?.partOf).toBeNull()
  })
})
