// Blocks (every non-blank line) and the text rebuilt without some of them: readable cases, then the
// invariants over arbitrary text: offsets true to the text, every output line an input line,
// paragraphs kept apart by exactly one blank line, and rebuilding what was rebuilt changes nothing.

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { applyCleanup, splitBlocks } from '../../../../src/shared/import'

const sample = ['Headline here', '', '  By  ', 'First line', 'second line\t', '', '', 'Tags', 'One, Two', '   ', 'Last.'].join('\n')

describe('splitBlocks', () => {
  it('makes every non-blank line a block, trimmed, with offsets into the text', () => {
    const blocks = splitBlocks(sample)
    expect(blocks.map((b) => b.text)).toEqual(['Headline here', 'By', 'First line', 'second line', 'Tags', 'One, Two', 'Last.'])
    expect(blocks.map((b) => b.index)).toEqual([0, 1, 2, 3, 4, 5, 6])
    for (const b of blocks) expect(sample.slice(b.start, b.end)).toBe(b.text)
  })

  it('reads CRLF and CR line breaks too, and gives nothing for blank text', () => {
    expect(splitBlocks('a\r\nb\rc').map((b) => b.text)).toEqual(['a', 'b', 'c'])
    expect(splitBlocks('')).toEqual([])
    expect(splitBlocks(' \n\t\n')).toEqual([])
  })
})

describe('applyCleanup', () => {
  it('with nothing dropped, keeps each line and leaves one blank line between paragraphs', () => {
    expect(applyCleanup(sample, [])).toBe('Headline here\n\n  By  \nFirst line\nsecond line\t\n\nTags\nOne, Two\n\nLast.')
  })

  it('drops whole lines; the rest of a paragraph stays together, an emptied paragraph leaves no gap', () => {
    expect(applyCleanup(sample, [1, 4, 5])).toBe('Headline here\n\nFirst line\nsecond line\t\n\nLast.')
    expect(applyCleanup(sample, [0, 6])).toBe('  By  \nFirst line\nsecond line\t\n\nTags\nOne, Two')
    expect(applyCleanup(sample, [3])).toBe('Headline here\n\n  By  \nFirst line\n\nTags\nOne, Two\n\nLast.')
  })

  it('ignores indexes that name no block, and indexes given twice', () => {
    expect(applyCleanup(sample, [-1, 7, 99, 1.5, Number.NaN, 4, 4])).toBe(applyCleanup(sample, [4]))
  })

  it('can drop everything', () => {
    expect(applyCleanup(sample, [0, 1, 2, 3, 4, 5, 6])).toBe('')
  })
})

/** Text with blank and white-space lines, CRLF, emoji, right-to-left and CJK text, lone surrogates. */
const lineArbitrary = fc.oneof(
  fc.constantFrom('', ' ', '\t', 'Kerry met Putin.', 'بوتين وكيري', '普京会见克里', '😀 👍🏽', '\ud800 lone', 'Tags', 'a\r'),
  fc.string({ unit: 'binary', maxLength: 30 }),
)
const textArbitrary = fc.array(lineArbitrary, { maxLength: 25 }).chain((lines) =>
  fc.array(fc.constantFrom('\n', '\r\n', '\r'), { minLength: lines.length, maxLength: lines.length }).map((breaks) => lines.map((l, i) => l + (i < lines.length - 1 ? breaks[i] : '')).join('')),
)
const inputLines = (text: string): string[] => text.split(/\r\n|\r|\n/)

describe('applyCleanup properties', () => {
  const withDropped = textArbitrary.chain((text) => fc.tuple(fc.constant(text), fc.array(fc.integer({ min: -2, max: 30 }), { maxLength: 10 })))

  it('block offsets are trimmed, in order and true to the text', () => {
    fc.assert(
      fc.property(textArbitrary, (text) => {
        let previous = -1
        for (const block of splitBlocks(text)) {
          expect(text.slice(block.start, block.end)).toBe(block.text)
          expect(block.text).toBe(block.text.trim())
          expect(block.text).not.toBe('')
          expect(block.start).toBeGreaterThan(previous)
          previous = block.end
        }
      }),
    )
  })

  it('every line of the result is a line of the input; the kept blocks are exactly those not dropped', () => {
    fc.assert(
      fc.property(withDropped, ([text, dropped]) => {
        const result = applyCleanup(text, dropped)
        const lines = new Set(inputLines(text))
        if (result !== '') for (const line of result.split('\n')) expect(lines.has(line) || line === '').toBe(true)
        const kept = splitBlocks(text).filter((b) => !dropped.includes(b.index))
        expect(splitBlocks(result).map((b) => b.text)).toEqual(kept.map((b) => b.text))
      }),
    )
  })

  it('never doubles a blank line, nor leads or trails with one; rebuilding again changes nothing', () => {
    fc.assert(
      fc.property(withDropped, ([text, dropped]) => {
        const result = applyCleanup(text, dropped)
        expect(result).not.toMatch(/\n[^\S\n]*\n[^\S\n]*\n/)
        expect(result).not.toMatch(/^[^\S\n]*\n|\n[^\S\n]*$/)
        expect(applyCleanup(result, [])).toBe(result)
      }),
    )
  })

  it('with nothing dropped, equals the text with blank runs collapsed and the ends trimmed (for normalised text)', () => {
    const normalised = fc.array(fc.constantFrom('', 'alpha', 'beta gamma.', '  indented', '😀'), { maxLength: 20 }).map((l) => l.join('\n'))
    fc.assert(
      fc.property(normalised, (text) => {
        expect(applyCleanup(text, [])).toBe(text.replace(/\n{3,}/g, '\n\n').replace(/^\n+|\n+$/g, ''))
      }),
    )
  })
})
