// Metadata taken from plain text: the title (the first line that reads like a headline, skipping labels
// and bylines), the byline from a "By" line, and the date a line near the top opens with.

import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { metadataFromPlainText, titleFromPlainText } from '../../../../src/shared/import/plainText'

const sampleFolder = fileURLToPath(new URL('../../../../resources/samples/kerry-moscow-2013/', import.meta.url))
const sample = (name: string): string => readFileSync(sampleFolder + name, 'utf8')

describe('titleFromPlainText on the sample texts', () => {
  it.each([
    ['1.txt', 'Secretary of State John Kerry to Talk Boston Bombing, Syria in Russia'],
    ['2.txt', "Secretary of State John Kerry, in Moscow, Tells Russian President Vladimir Putin, 'We Share Common Interests'"],
    ['3.txt', "Syria set to dominate talks between Kerry and Russia's Putin"],
  ])('titles %s "%s"', (name, title) => {
    expect(titleFromPlainText(sample(name), name)).toBe(title)
  })

  it('skips the "Discuss as:" label that opens 3.txt', () => {
    expect(sample('3.txt').split('\n')[0]).toBe('Discuss as:')
    expect(titleFromPlainText(sample('3.txt'), '3.txt')).not.toContain('Discuss')
  })
})

describe('titleFromPlainText on hand-picked text', () => {
  it.each(['', '   ', '\n\n\r\n', '\t \n  \n'])('falls back when the text %j has no lines', (text) => {
    expect(titleFromPlainText(text, 'fallback.txt')).toBe('fallback.txt')
  })

  it('skips labels ending in a colon and lines of fewer than three words', () => {
    expect(titleFromPlainText('Advertisement:\nBy\nErin Cunningham\nKerry meets Putin in Moscow\nBody text here.', 'f')).toBe(
      'Kerry meets Putin in Moscow',
    )
  })

  it('takes the first non-empty line, trimmed, when no line reads like a headline', () => {
    expect(titleFromPlainText('\n  By  \nErin Cunningham\n', 'f')).toBe('By')
  })

  it('reads lines split by \\r\\n and \\r as well as \\n', () => {
    expect(titleFromPlainText('Label:\r\nKerry lands in Moscow\r\nBody', 'f')).toBe('Kerry lands in Moscow')
    expect(titleFromPlainText('Label:\rKerry lands in Moscow\rBody', 'f')).toBe('Kerry lands in Moscow')
  })

  it('clips a long line to 300 characters ending in an ellipsis', () => {
    const long = 'word '.repeat(200).trim()
    const title = titleFromPlainText(`${long}\nSecond line of text`, 'f')
    expect(title).toHaveLength(300)
    expect(title.endsWith('…')).toBe(true)
    expect(long.startsWith(title.slice(0, -1))).toBe(true)
  })

  it('keeps a line of exactly 300 characters whole', () => {
    const line = `${'a '.repeat(149)}ab`
    expect(line).toHaveLength(300)
    expect(titleFromPlainText(line, 'f')).toBe(line)
  })
})

describe('metadataFromPlainText on the sample texts', () => {
  it.each([
    ['1.txt', { title: 'Secretary of State John Kerry to Talk Boston Bombing, Syria in Russia', byline: null, publishedAt: '2013-05-06' }],
    ['2.txt', { title: "Secretary of State John Kerry, in Moscow, Tells Russian President Vladimir Putin, 'We Share Common Interests'", byline: null, publishedAt: null }],
    ['3.txt', { title: "Syria set to dominate talks between Kerry and Russia's Putin", byline: null, publishedAt: null }],
  ])('reads %s', (name, expected) => {
    expect(metadataFromPlainText(sample(name), name)).toEqual(expected)
  })
})

describe('metadataFromPlainText on hand-picked text', () => {
  const meta = (...lines: string[]): ReturnType<typeof metadataFromPlainText> => metadataFromPlainText(lines.join('\n'), 'report.txt')

  it('takes the byline from a "By" line, and from "By" with the names on the next line', () => {
    expect(meta('Kerry Lands in Moscow', 'By Erin Cunningham and DAN GOODIN, Reuters', 'Body.').byline).toBe('Erin Cunningham and DAN GOODIN, Reuters')
    expect(meta('Kerry Lands in Moscow', 'By:', 'Erin Cunningham', 'Body.').byline).toBe('Erin Cunningham')
    expect(meta('Kerry Lands in Moscow', 'BY ERIN CUNNINGHAM', 'Body.').byline).toBe('ERIN CUNNINGHAM')
  })

  it('finds no byline in prose that starts with "By", in "By" alone, or in the title', () => {
    expect(meta('Kerry Lands in Moscow', 'By the time Kerry landed, the talks had begun.').byline).toBeNull()
    expect(meta('Kerry Lands in Moscow', 'By Tuesday', 'Body.').byline).toBeNull()
    expect(meta('Kerry Lands in Moscow', 'By', '', 'U.S. Secretary of State John Kerry told Russian President Vladimir Putin.').byline).toBeNull()
    expect(meta('By Land and Sea Alike', 'Body text.').byline).toBeNull()
  })

  it.each([
    ['May 6, 2013', '2013-05-06'],
    ['6 May 2013', '2013-05-06'],
    ['2013-05-06', '2013-05-06'],
    ['2013-05-06T10:31:00Z', '2013-05-06'],
    ['Tuesday, May 7, 2013 10:31 AM', '2013-05-07'],
    ['Updated: Sept. 30, 2013, 8:05 p.m. ET', '2013-09-30'],
    ['Published 7th May 2013 | Updated 8th May 2013', '2013-05-07'],
    ['MOSCOW, May 7, 2013 — Kerry arrived on Tuesday.', '2013-05-07'],
    ['May 6, 2013 — -- Secretary of State John Kerry was on his way to Moscow.', '2013-05-06'],
    ['07.05.2013', '2013-05-07'],
    ['Feb 29, 2012', '2012-02-29'],
  ])('reads the date of a line %j near the top', (line, iso) => {
    expect(meta('Kerry Lands in Moscow', line, 'Body.').publishedAt).toBe(iso)
  })

  it.each([
    ['an impossible day', 'Feb 30, 2013'],
    ['a day past the month', 'April 31, 2013'],
    ['February 29 in a common year', 'Feb 29, 2013'],
    ['a thirteenth month', '2013-13-01'],
    ['an ambiguous numeric date', '05/06/2013'],
    ['a date inside a sentence', 'On May 6, 2013, Kerry said the talks would go on.'],
    ['a date followed by more words', 'May 6, 2013 was a Monday'],
  ])('finds no date in %s', (_name, line) => {
    expect(meta('Kerry Lands in Moscow', line, 'Body.').publishedAt).toBeNull()
  })

  it('looks only near the top', () => {
    const filler = Array.from({ length: 12 }, (_v, i) => `Paragraph ${i + 1} of the report goes here.`)
    expect(meta('Kerry Lands in Moscow', ...filler, 'May 6, 2013').publishedAt).toBeNull()
  })

  it('falls back to the file name, without its folder or extension, for the title', () => {
    expect(metadataFromPlainText('', 'reports/kerry-moscow.txt').title).toBe('kerry-moscow')
    expect(metadataFromPlainText('x', 'notes.v2.md').title).toBe('x')
    expect(metadataFromPlainText(' ', 'notes.v2.md').title).toBe('notes.v2')
  })
})

describe('titleFromPlainText passes over page furniture', () => {
  it('skips navigation, bylines, dates and credits above the headline', () => {
    const text = ['Skip to main content', 'By Steven Davidoff Solomon', 'Tuesday, May 7, 2013 10:31 AM', 'Mladen Antonov / AFP - Getty Images', 'Kerry Lands in Moscow', 'Body.'].join('\n')
    expect(titleFromPlainText(text, 'f')).toBe('Kerry Lands in Moscow')
  })
})
