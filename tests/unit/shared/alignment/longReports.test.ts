// Three long reports (the bench's 3 × 10k case: one report, a lightly reworded copy, and a third that
// carries half of it among its own paragraphs). Their many words are many columns of the alignment, and a
// variant is found between the words known to be the same: a passage's differences must stay the few
// words the rewording changed, however far the columns number.

import { describe, expect, it } from 'vitest'
import { alignDocuments } from '../../../../src/shared/alignment'
import { threeReportTexts } from '../../../../bench/cases'

const wordsOf = (text: string): number => text.split(/\s+/).filter(Boolean).length

describe('three reports of about 10,000 words', () => {
  it('marks only the few words each rewording changed inside the passages, never a whole paragraph', () => {
    const texts = threeReportTexts()
    const { passages } = alignDocuments(texts)
    const variants = passages.flatMap((p) => p.variants)
    expect(passages.length).toBeGreaterThan(100)
    expect(variants.length).toBeGreaterThan(300)
    const longest = Math.max(...variants.map((v) => Math.max(wordsOf(v.text), wordsOf(v.base))))
    expect(longest).toBeLessThanOrEqual(12)
  })
})
