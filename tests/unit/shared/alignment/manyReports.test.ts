// Many reports of one event, made from the sample's real paragraphs: each report carries some of them
// (whole, cut short or lightly reworded) in its own order, so passages are shared by several reports,
// nested inside longer ones, carried twice, and matched by chance in a few words. The whole alignment,
// rendered as text, must stay as checked in: the engine's speed work on many reports (the pairwise stages)
// may not change what it finds.

import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { alignDocuments, renderAlignment } from '../../../../src/shared/alignment'
import { random } from '../../../fixtures/manyReports'

const sample = ['1.txt', '2.txt', '3.txt'].map((f) => readFileSync(`resources/samples/kerry-moscow-2013/${f}`, 'utf8'))
const paragraphs = sample.flatMap((text) => text.split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p.split(/\s+/).length >= 12))

/** A paragraph as one report words it: whole, its first sentences only, one word changed, or a comma dropped. */
function reworded(paragraph: string, next: () => number): string {
  const roll = next()
  if (roll < 0.2) {
    const sentences = paragraph.split(/(?<=[.!?]["”’']?)\s+/)
    if (sentences.length > 1) return sentences.slice(0, Math.ceil(sentences.length / 2)).join(' ')
  }
  if (roll < 0.4) {
    const words = paragraph.split(' ')
    const at = 1 + Math.floor(next() * (words.length - 2))
    words[at] = words[at] === 'the' ? 'a' : 'the'
    return words.join(' ')
  }
  if (roll < 0.5) return paragraph.replace(', ', ' ')
  return paragraph
}

function manyReports(count: number, perReport: number, seed: number): string[] {
  const next = random(seed)
  return Array.from({ length: count }, () => {
    const chosen: string[] = []
    while (chosen.length < perReport) chosen.push(reworded(paragraphs[Math.floor(next() * paragraphs.length)] as string, next))
    return chosen.join('\n\n')
  })
}

describe('many reports of one event', () => {
  it.each([
    [12, 8, 2213],
    [30, 5, 3011],
  ])('%i reports of %i paragraphs: the alignment matches the checked-in rendering', (count, perReport, seed) => {
    const texts = manyReports(count, perReport, seed)
    expect(renderAlignment(texts, alignDocuments(texts))).toBe(readFileSync(`tests/fixtures/alignment/many-reports-${count}.txt`, 'utf8'))
  })
})
