// Find in the comparison, the pure part: what counts as a match and where it lies in each report.
// Matches are shown as `doc:"text as written"` so a failing test reads like the find result.

import { describe, expect, it } from 'vitest'
import { findMatches } from '../../../../../src/renderer/src/features/find/findMatches'

function shown(texts: string[], query: string): string[] {
  return findMatches(texts, query).map(({ doc, start, end }) => `${doc}:"${(texts[doc] ?? '').slice(start, end)}"`)
}

describe('findMatches', () => {
  it('ignores capitals', () => {
    expect(shown(['Putin said; PUTIN replied; putin left.'], 'putin')).toEqual(['0:"Putin"', '0:"PUTIN"', '0:"putin"'])
  })

  it('ignores accents both ways, precomposed or combining', () => {
    expect(shown(['Café, cafe and cafe\u0301 again.'], 'cafe')).toEqual(['0:"Café"', '0:"cafe"', '0:"cafe\u0301"'])
    expect(shown(['The Zurich office'], 'Zürich')).toEqual(['0:"Zurich"'])
  })

  it('lets any run of whitespace match any other, within a paragraph', () => {
    expect(shown(['the  central\tbank and the central\nbank'], 'central   bank')).toEqual(['0:"central\tbank"', '0:"central\nbank"'])
    expect(shown(['a central bank'], '  central bank  ')).toEqual(['0:"central bank"'])
  })

  it('does not match across a paragraph break', () => {
    expect(shown(['The central\n\nbank said', 'The central\n  \n bank'], 'central bank')).toEqual([])
  })

  it('finds matches in every column, column by column then by position', () => {
    expect(findMatches(['rates rose', 'no change', 'rates and rates'], 'rates')).toEqual([
      { doc: 0, start: 0, end: 5 },
      { doc: 2, start: 0, end: 5 },
      { doc: 2, start: 10, end: 15 },
    ])
  })

  it('finds nothing for an empty or blank query', () => {
    expect(findMatches(['some text'], '')).toEqual([])
    expect(findMatches(['some text'], '  \n ')).toEqual([])
  })

  it('takes regular-expression characters literally', () => {
    expect(shown(['cost $1.50 (est.) [a] a*b a+b 1x50'], '$1.50 (est.)')).toEqual(['0:"$1.50 (est.)"'])
    expect(shown(['a*b aab'], 'a*b')).toEqual(['0:"a*b"'])
    expect(shown(['1x50'], '1.50')).toEqual([])
    expect(shown(['[a] a'], '[a]')).toEqual(['0:"[a]"'])
  })

  it('does not overlap matches', () => {
    expect(shown(['aaaa'], 'aa')).toEqual(['0:"aa"', '0:"aa"'])
  })

  it('keeps offsets right after characters outside the basic plane', () => {
    expect(shown(['😀 Putin 😀 putin'], 'PUTIN')).toEqual(['0:"Putin"', '0:"putin"'])
  })
})
