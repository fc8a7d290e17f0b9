// A passage's number where it starts in a report, as the passages panel numbers it: on the element that
// begins the passage (not on its continuation in the next paragraph, nor in a report where it starts
// elsewhere), and drawn by the stylesheet, so the paragraph's text, which selections are counted in, is
// the report's text exactly.

import { cleanup, render } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { Alignment } from '../../../../../src/shared/alignment'
import { buildViewModel } from '../../../../../src/renderer/src/features/comparison/model'
import { PassageText } from '../../../../../src/renderer/src/features/comparison/PassageText'

afterEach(cleanup)

const first = 'Alpha words here.\n\nBeta words follow, and the passage runs on.'
const second = 'Other opening.\n\nAlpha words here.\n\nBeta words follow, and the passage runs on.'
const texts = [first, second]
const runsOn = first.indexOf('Beta') + 'Beta words follow'.length
const alignment: Alignment = {
  documents: [],
  passages: [
    { id: 'long', words: 9, variants: [], spans: [{ doc: 0, start: 0, end: runsOn }, { doc: 1, start: second.indexOf('Alpha'), end: second.indexOf('Beta') + 'Beta words follow'.length }] },
    { id: 'short', words: 2, variants: [], spans: [{ doc: 0, start: first.indexOf('the passage'), end: first.length }, { doc: 1, start: second.indexOf('the passage'), end: second.length }] },
  ],
  phrases: [],
  unique: [],
  coverage: [],
}
const model = buildViewModel(texts, alignment)

function renderColumn(doc: number): HTMLElement {
  const { container } = render(
    <div>
      {model.columns[doc]?.paragraphs.map((p) => (
        <p key={p.start} data-start={p.start}>
          <PassageText text={texts[doc] as string} segments={p.segments} passageById={model.passageById} />
        </p>
      ))}
    </div>,
  )
  return container
}

describe('passage numbers', () => {
  it('marks each passage’s first element with its number, in every report, and no other element', () => {
    for (const doc of [0, 1]) {
      const container = renderColumn(doc)
      const numbered = [...container.querySelectorAll<HTMLElement>('[data-passage]')].map((el) => `${el.dataset['passage']}:${el.dataset['passageNumber'] ?? '-'}`)
      expect(numbered).toEqual(['long:1', 'long:-', 'short:2'])
      cleanup()
    }
  })

  it('adds nothing to the text a selection is counted in', () => {
    const container = renderColumn(1)
    const paragraphs = [...container.querySelectorAll('p')].map((p) => p.textContent)
    expect(paragraphs).toEqual(['Other opening.', 'Alpha words here.', 'Beta words follow, and the passage runs on.'])
  })
})
