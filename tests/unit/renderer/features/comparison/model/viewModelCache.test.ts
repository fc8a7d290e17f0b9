// The view model kept per column: a change to one report's highlights rebuilds that report's column alone,
// counted by the column builds the cache asks for (not by time).

import { describe, expect, it } from 'vitest'
import { alignDocuments } from '../../../../../../src/shared/alignment'
import { columnView, viewModelCache, type HighlightMark } from '../../../../../../src/renderer/src/features/comparison/model'
import { sampleArticles } from '../../../sampleArticles'

const texts = sampleArticles().map((a) => a.text)
const alignment = alignDocuments(texts)

/** A cache whose column builds are counted, by report. */
function countedCache() {
  const builds: number[] = []
  const viewModelOf = viewModelCache((base, doc, highlights) => {
    builds.push(doc)
    return columnView(base, doc, highlights)
  })
  return { viewModelOf, builds }
}

const mark = (id: string, doc: number, start: number, end: number): HighlightMark => ({ id, doc, start, end, color: 'yellow', noted: false })

describe('viewModelCache', () => {
  it('builds each column once, and gives back the same model for the same inputs', () => {
    const { viewModelOf, builds } = countedCache()
    const first = viewModelOf(texts, alignment, [])
    expect(builds).toEqual([0, 1, 2])
    expect(viewModelOf(texts, alignment, [])).toBe(first)
    expect(builds).toEqual([0, 1, 2])
  })

  it('rebuilds only the column whose highlights changed; the others keep their models', () => {
    const { viewModelOf, builds } = countedCache()
    const before = viewModelOf(texts, alignment, [mark('a', 0, 0, 10)])
    builds.length = 0
    const added = viewModelOf(texts, alignment, [mark('a', 0, 0, 10), mark('b', 1, 20, 40)])
    expect(builds).toEqual([1])
    expect(added.columns[0]).toBe(before.columns[0])
    expect(added.columns[2]).toBe(before.columns[2])
    expect(added.columns[1]).not.toBe(before.columns[1])
    expect(added.columns[1]?.paragraphs.flatMap((p) => p.segments).some((s) => s.highlight?.id === 'b')).toBe(true)

    builds.length = 0
    const recoloured = viewModelOf(texts, alignment, [mark('a', 0, 0, 10), { ...mark('b', 1, 20, 40), color: 'green' }])
    expect(builds).toEqual([1])
    expect(recoloured.columns[0]).toBe(before.columns[0])
    expect(recoloured.passageById).toBe(before.passageById)
  })

  it('rebuilds every column for a new alignment', () => {
    const { viewModelOf, builds } = countedCache()
    viewModelOf(texts, alignment, [])
    builds.length = 0
    viewModelOf(texts, alignDocuments(texts), [])
    expect(builds).toEqual([0, 1, 2])
  })
})
