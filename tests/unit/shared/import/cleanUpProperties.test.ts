// Invariants of clean-up on generated page copies: real paragraphs of the sample shuffled among page
// furniture, headlines, and arbitrary strings (emoji, right-to-left and CJK text, lone surrogates).
// Clean-up never throws, never invents text, never takes a body paragraph, a quotation or the title (but
// as the headline repeated at the top), and a second pass over its result takes no paragraph either.

import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { cleanUp, detectClutter, HEADLINE_REASON, headlineWords, splitBlocks } from '../../../../src/shared/import'
import { isBodyParagraph, shapeOf } from '../../../../src/shared/import/lineShape'

const samples = [1, 2, 3].map((n) => readFileSync(`resources/samples/kerry-moscow-2013/${n}.txt`, 'utf8'))
const paragraphs = samples.flatMap((t) => splitBlocks(t).map((b) => b.text)).filter((p) => isBodyParagraph(shapeOf(p)))

const furniture = ['Tags', 'Share', 'Advertisement', 'More News', 'Most popular', 'Discuss as:', 'By', 'Real Time Analytics', 'Mladen Antonov / AFP - Getty Images', 'RELATED: Something Else Happened', '© 2013 Example News']
const headlines = ['Kerry Meets Putin in Moscow', 'Elon Musk', 'Storm Hits the Coast', 'Syria set to dominate talks']
const scripts = ['كيري يلتقي بوتين في موسكو', 'קרי נפגש עם פוטין', '克里在莫斯科会见普京。', '😀👍🏽 🇺🇦', '\ud800\udfff\ud800 lone', 'Zalgo ẗ̸̢̛e̷x̶t']

const line = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...paragraphs) },
  { weight: 3, arbitrary: fc.constantFrom(...furniture, ...headlines, ...scripts) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 200 }) },
  { weight: 1, arbitrary: fc.constantFrom('', '', ' ') },
)
const pageCopy = fc.array(line, { maxLength: 30 }).map((ls) => ls.join('\n'))
const inputLines = (text: string): Set<string> => new Set(text.split(/\r\n|\r|\n/))

describe('cleanUp properties', () => {
  it('never throws, and gives one verdict per block, in order', () => {
    fc.assert(
      fc.property(fc.oneof(pageCopy, fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' })), (text) => {
        const verdicts = detectClutter(text)
        expect(verdicts.map((v) => v.index)).toEqual(splitBlocks(text).map((b) => b.index))
        for (const v of verdicts) expect(v.clutter).toBe(v.reason !== null)
        const { dropped } = cleanUp(text)
        expect(dropped).toEqual(verdicts.filter((v) => v.clutter).map((v) => v.index))
      }),
    )
  })

  it('never returns a line that is not a line of the input', () => {
    fc.assert(
      fc.property(pageCopy, (text) => {
        const lines = inputLines(text)
        for (const out of cleanUp(text).text.split('\n')) expect(out === '' || lines.has(out)).toBe(true)
      }),
    )
  })

  it('never drops a body paragraph, a quotation, or the title but as the headline repeated at the top', () => {
    fc.assert(
      fc.property(pageCopy, fc.constantFrom(...headlines, null), (text, title) => {
        const blocks = splitBlocks(text)
        const verdicts = detectClutter(text, { title })
        for (const v of verdicts) {
          if (!v.clutter) continue
          const block = blocks[v.index]?.text ?? ''
          expect(paragraphs).not.toContain(block)
          if (v.reason === HEADLINE_REASON) {
            // At the top, each time the page printed it (no block kept before it), with the title's words, and
            // text kept after it.
            expect(verdicts.slice(0, verdicts.indexOf(v)).some((w) => !w.clutter)).toBe(false)
            expect(headlineWords(block)).toBe(headlineWords(title ?? ''))
            expect(verdicts.some((w) => !w.clutter)).toBe(true)
            continue
          }
          expect(shapeOf(block).isQuotation).toBe(false)
          if (title !== null) expect(block.toLowerCase()).not.toBe(title.toLowerCase())
        }
      }),
    )
  })

  it('cleaning the cleaned text again takes no long paragraph', () => {
    fc.assert(
      fc.property(pageCopy, (text) => {
        const once = cleanUp(text).text
        const blocks = splitBlocks(once)
        for (const index of cleanUp(once).dropped) expect(isBodyParagraph(shapeOf(blocks[index]?.text ?? ''))).toBe(false)
      }),
    )
  })

  it('keeps every sample paragraph when furniture is added around the reports', () => {
    fc.assert(
      fc.property(fc.constantFrom(...samples), fc.array(fc.constantFrom(...furniture, ...headlines), { maxLength: 6 }), fc.array(fc.constantFrom(...furniture, ...headlines), { maxLength: 6 }), (report, before, after) => {
        const cleaned = cleanUp([...before, report, ...after].join('\n\n')).text
        for (const p of paragraphs.filter((p) => report.includes(p))) expect(cleaned).toContain(p)
      }),
    )
  })
})

describe('pathological lines', () => {
  // Each would take seconds to minutes with a regular expression that backtracks over a long run
  // (/[\s.]+$/ over a line of spaces); in linear time each is a few milliseconds.
  const cases: Record<string, string> = {
    'a run of spaces': `a${' '.repeat(60_000)}b`,
    'a byline with a run of spaces': `By Erin${' '.repeat(60_000)}x`,
    'a copyright mark and spaces': `Copyright${' '.repeat(60_000)}x`,
    'dots and spaces': `x${'. '.repeat(30_000)}x`,
    'a heading with a long closing run': `# a${' '.repeat(30_000)}${'#'.repeat(30_000)}x`,
    'a furniture phrase stretched by spaces': `More${' '.repeat(60_000)}News`,
  }

  it.each(Object.entries(cases))('%s is read in linear time', (_name, line) => {
    const text = `${paragraphs[0]}\n${line}`
    const started = performance.now()
    cleanUp(text)
    detectClutter(line, { title: line })
    expect(performance.now() - started).toBeLessThan(1500)
  })
})
