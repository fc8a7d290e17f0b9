// Numbers changed inside matched sentences: told with their currency, scale and percent sign, and with
// what they count; a number only written otherwise, or words that are not only a number, are not.

import { describe, expect, it } from 'vitest'
import { summariseRevision } from '../../../../src/shared/revisions'

const CONTEXT = 'The ministry published its figures on Tuesday morning in the capital. '

/** "400 → 450 (troops)" for each number change between two one-sentence versions. */
function numbers(older: string, newer: string): string[] {
  const summary = summariseRevision({ title: null, text: CONTEXT + older }, { title: null, text: CONTEXT + newer })
  return summary.numbersChanged.map((n) => `${n.before.text} → ${n.after.text}${n.unit ? ` (${n.unit})` : ''}`)
}

describe('numbers changed', () => {
  it('with the noun they count', () => {
    expect(numbers('The army sent 400 troops to the northern border on Monday.', 'The army sent 450 troops to the northern border on Monday.')).toEqual(['400 → 450 (troops)'])
    expect(numbers('About 50 other people were wounded in the attack, officials said.', 'About 40 other people were wounded in the attack, officials said.')).toEqual(['50 → 40 (people)'])
  })

  it('with their currency and scale, and their percent sign', () => {
    expect(numbers('The plan will cost $1.2 billion over the next ten years, it said.', 'The plan will cost $1.5 billion over the next ten years, it said.')).toEqual(['$1.2 billion → $1.5 billion'])
    expect(numbers('Prices rose by 6.5% in the year to March, the office said.', 'Prices rose by 7% in the year to March, the office said.')).toEqual(['6.5% → 7%'])
    expect(numbers('Prices rose by 6.5 per cent in the year to March, the office said.', 'Prices rose by 7 per cent in the year to March, the office said.')).toEqual(['6.5 per cent → 7 per cent'])
  })

  it('a date’s day with its month, and a year', () => {
    expect(numbers('The talks will resume on March 5, after the holiday, the envoy said.', 'The talks will resume on March 6, after the holiday, the envoy said.')).toEqual(['5 → 6 (March)'])
    expect(numbers('The company has been in the city since 1998 and employs many people.', 'The company has been in the city since 1989 and employs many people.')).toEqual(['1998 → 1989'])
  })

  it('not a number written otherwise, nor words changed around a number', () => {
    expect(numbers('The march drew 70,000 people to the streets of the city on Sunday.', 'The march drew 70000 people to the streets of the city on Sunday.')).toEqual([])
    expect(numbers('The army sent 400 troops to the northern border on Monday.', 'The army sent 450 soldiers to the northern border on Monday.')).toEqual([])
  })

  it('a number whose digits run together otherwise, the same matching form, is still a number changed', () => {
    expect(numbers('The plan will cost $1.2 billion over the next ten years, it said.', 'The plan will cost $12 billion over the next ten years, it said.')).toEqual(['$1.2 billion → $12 billion'])
  })
})
