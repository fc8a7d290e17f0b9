// Paragraph spans and word counts: checked on the built-in sample texts, on hand-picked cases, and as
// properties over arbitrary strings (spans trimmed, in bounds, ordered, disjoint, losing no text).

import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { countWords, openingWords, splitParagraphs, type TextSpan } from '../../../../src/shared/domain/text'

const sampleFolder = fileURLToPath(new URL('../../../../resources/samples/kerry-moscow-2013/', import.meta.url))
const samples = ['1.txt', '2.txt', '3.txt'].map((name) => ({ name, text: readFileSync(sampleFolder + name, 'utf8') }))

const isSpace = (char: string | undefined): boolean => char !== undefined && /\s/.test(char)

/** Every invariant a list of paragraph spans must satisfy; returns the first one broken, or null. */
function brokenInvariant(text: string, spans: TextSpan[]): string | null {
  let previousEnd = 0
  for (const [i, { start, end }] of spans.entries()) {
    if (!Number.isInteger(start) || !Number.isInteger(end)) return `span ${i} has non-integer offsets`
    if (start < previousEnd) return `span ${i} starts before the previous one ends`
    if (end <= start) return `span ${i} is empty`
    if (end > text.length) return `span ${i} ends past the text`
    if (isSpace(text[start]) || isSpace(text[end - 1])) return `span ${i} is not trimmed`
    previousEnd = end
  }
  return null
}

const paragraphsOf = (text: string): string[] => splitParagraphs(text).map(({ start, end }) => text.slice(start, end))

describe('splitParagraphs on the sample texts', () => {
  it.each(samples)('gives trimmed, in-bounds, ordered, non-overlapping spans for $name', ({ text }) => {
    const spans = splitParagraphs(text)
    expect(spans.length).toBeGreaterThan(5)
    expect(brokenInvariant(text, spans)).toBeNull()
  })

  it.each(samples)('keeps every non-blank line of $name inside exactly one span, and no span holds a blank line', ({ text }) => {
    const paragraphs = paragraphsOf(text)
    for (const paragraph of paragraphs) expect(paragraph).not.toMatch(/\n\s*\n/)
    const lines = text.split('\n').map((line) => line.trim()).filter((line) => line.length > 0)
    const linesInSpans = paragraphs.flatMap((p) => p.split('\n').map((line) => line.trim()))
    expect(linesInSpans).toEqual(lines)
  })

  it('returns the Carney quote paragraph of 2.txt as exactly one span', () => {
    const { text } = samples[1]!
    const matching = paragraphsOf(text).filter((p) => p.includes('Jay Carney said'))
    expect(matching).toEqual([
      `"We have consistently, in our conversations with the Russians and others, pointed clearly to Assad's behavior as proof that further support for the regime is not in the interest of the Syrian people or in the interest of the countries that have in the past supported Assad," White House spokesman Jay Carney said.`,
    ])
  })

  it('returns the headline of 1.txt as its first paragraph and keeps single line breaks inside one', () => {
    expect(paragraphsOf(samples[0]!.text)[0]).toBe('Secretary of State John Kerry to Talk Boston Bombing, Syria in Russia')
    expect(paragraphsOf(samples[1]!.text)).toContain(
      'Tags\nU.S. Foreign Policy, International Affairs, Syrian Civil War\nJoin the Discussion\nMore News\nElizabeth Ferguson',
    )
  })
})

describe('splitParagraphs on hand-picked text', () => {
  it.each([
    ['', []],
    ['   \n\n \t ', []],
    ['one', ['one']],
    ['  one\ntwo  ', ['one\ntwo']],
    ['one\n\ntwo', ['one', 'two']],
    ['one\r\n\r\ntwo\r\n', ['one', 'two']],
    ['one\n \t\u00a0\n\n\ntwo', ['one', 'two']],
    ['one\n\u3000\u3000\ntwo', ['one', 'two']],
    ['one\n\u2003\ufeff\ntwo', ['one', 'two']],
  ])('splits %j into %j', (text, expected) => {
    expect(paragraphsOf(text)).toEqual(expected)
  })
})

describe('splitParagraphs properties', () => {
  const pieces = ['a', 'Z', '.', 'é', '😀', ' ', '\t', '\n', '\r', '\r\n', '\u00a0', '\u3000', '\u2028', '\f']
  const textLike = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((parts) => parts.join(''))
  const anyText = fc.oneof(textLike, fc.string({ unit: 'binary', maxLength: 80 }))

  it('gives trimmed, in-bounds, ordered, non-overlapping spans for any string', () => {
    fc.assert(fc.property(anyText, (text) => brokenInvariant(text, splitParagraphs(text)) === null))
  })

  it('loses no text: every non-white-space character lies inside some span', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const covered = new Array<boolean>(text.length).fill(false)
        for (const { start, end } of splitParagraphs(text)) covered.fill(true, start, end)
        return [...text].every((_, i) => covered[i] || isSpace(text[i]))
      }),
    )
  })

  it('is stable: a paragraph split again is one paragraph', () => {
    fc.assert(
      fc.property(anyText, (text) =>
        paragraphsOf(text).every((p) => {
          const again = splitParagraphs(p)
          return again.length === 1 && again[0]!.start === 0 && again[0]!.end === p.length
        }),
      ),
    )
  })

  it('never keeps a line holding only white space inside a paragraph', () => {
    fc.assert(
      fc.property(textLike, (text) => paragraphsOf(text).every((p) => !/\n[^\S\n]*\n/.test(p))),
      { numRuns: 1000 },
    )
  })
})

describe('countWords', () => {
  it.each([
    ['Hello, world', 2],
    ["Kerry's trip, May 6, 2013 -- to Moscow.", 7],
    ['', 0],
    ['  ,.;!? — … \n\n', 0],
  ])('counts %j as %i words', (text, expected) => {
    expect(countWords(text)).toBe(expected)
  })

  it('counts words in Chinese and Japanese text, which has no spaces', () => {
    expect(countWords('克里今天在莫斯科会见了普京总统')).toBeGreaterThan(1)
    expect(countWords('ケリー国務長官はモスクワでプーチン大統領と会談した')).toBeGreaterThan(1)
  })

  it('counts the sample texts in the hundreds', () => {
    for (const { text } of samples) expect(countWords(text)).toBeGreaterThan(400)
  })
})

describe('openingWords', () => {
  it('keeps the first words, with an ellipsis when there are more', () => {
    expect(openingWords('  We have  consistently\n\nsaid that ', 3)).toBe('We have consistently…')
    expect(openingWords('We have consistently', 3)).toBe('We have consistently')
    expect(openingWords(' \t', 3)).toBe('')
    expect(openingWords('one two', 0)).toBe('…')
  })

  it('gives what splitting the whole text at white space gives, for any text and count', () => {
    const whole = (text: string, count: number): string => {
      const all = text.split(/\s+/).filter(Boolean)
      return all.length > count ? `${all.slice(0, count).join(' ')}…` : all.join(' ')
    }
    const text = fc.array(fc.constantFrom('a', 'bc', ' ', '\n', '\t', '\u00a0', 'é'), { maxLength: 40 }).map((parts) => parts.join(''))
    fc.assert(fc.property(text, fc.nat(12), (t, n) => openingWords(t, n) === whole(t, n)))
  })
})
