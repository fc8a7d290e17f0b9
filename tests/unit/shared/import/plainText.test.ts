// Titles taken from plain text: the first line that reads like a headline, skipping labels and bylines.

import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { titleFromPlainText } from '../../../../src/shared/import/plainText'

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
    expect(titleFromPlainText('Advertisement:\nBy\nJane Doe\nKerry meets Putin in Moscow\nBody text here.', 'f')).toBe(
      'Kerry meets Putin in Moscow',
    )
  })

  it('takes the first non-empty line, trimmed, when no line reads like a headline', () => {
    expect(titleFromPlainText('\n  By  \nJane Doe\n', 'f')).toBe('By')
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
