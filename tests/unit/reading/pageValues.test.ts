// Single metadata values: dates to ISO 8601 (or dropped), links kept only when http(s), text trimmed and
// capped.

import { describe, expect, it } from 'vitest'
import { cleanText, httpUrl, isoDate } from '../../../src/reading/pageValues'

describe('isoDate', () => {
  it.each([
    ['2024-03-05', '2024-03-05'],
    ['2024-03-05T14:30:00+01:00', '2024-03-05T14:30:00+01:00'],
    ['2024-03-05T14:30Z', '2024-03-05T14:30:00Z'],
    ['2024-03-05 14:30:00 +0100', '2024-03-05T14:30:00+01:00'],
    ['2024-03-05T14:30:00.123456-05', '2024-03-05T14:30:00.123456-05:00'],
    ['2024-03-05T14:30:00', '2024-03-05T14:30:00'],
    ['20240305', '2024-03-05'],
    ['March 5, 2024', '2024-03-05'],
    ['5 March 2024', '2024-03-05'],
    ['Tue, 05 Mar 2024 14:30:00 GMT', '2024-03-05T14:30:00Z'],
    ['March 5, 2024 2:30 PM', '2024-03-05T14:30:00'],
  ])('%s → %s', (raw, iso) => {
    expect(isoDate(raw)).toBe(iso)
  })

  it.each(['', '   ', 'yesterday', 'not a date', '2024-02-30', '2023-02-29', '2024-13-01', '2024-03-05T25:00', '2024-03-05T10:00+15:00', '1', 'foo 12', 'March 2024 45', '0001-01-01', '9999-12-31T23:59:59Z'])(
    '%j is dropped',
    (raw) => {
      expect(isoDate(raw)).toBeNull()
    },
  )
})

describe('httpUrl', () => {
  it.each([
    ['https://example.com/a?b=1#c', 'https://example.com/a?b=1#c'],
    ['  http://example.com  ', 'http://example.com/'],
    ['//example.com/x', 'https://example.com/x'],
  ])('%s → %s', (raw, url) => {
    expect(httpUrl(raw)).toBe(url)
  })

  it.each(['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,x', 'ftp://example.com', 'file:///etc/passwd', '/relative', 'not a url', `https://example.com/${'a'.repeat(200)}`])('%s is dropped', (raw) => {
    expect(httpUrl(raw)).toBeNull()
  })
})

describe('cleanText', () => {
  it('collapse whitespace, trim, and give null for nothing', () => {
    expect(cleanText('  a \n\t b  ')).toBe('a b')
    expect(cleanText(' \n ')).toBeNull()
    expect(cleanText(undefined)).toBeNull()
  })

  it('cut at a word boundary near the cap, and never through a surrogate pair', () => {
    expect(cleanText('alpha beta gamma', 12)).toBe('alpha beta')
    expect(cleanText('😀'.repeat(10), 5)).toBe('😀😀')
  })
})
