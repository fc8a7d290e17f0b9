// The words a report writes in lower case: exactly those, in running text, however many there are.

import { describe, expect, it } from 'vitest'
import { lexiconOf } from '../../../../src/shared/quotes/lexicon'

describe('the words a report writes in lower case', () => {
  it('are those written so in running text, not in handles, hashtags or addresses, and not capitalised ones', () => {
    const lexicon = lexiconOf('Despite the rain, despite it all. @michaelcohen wrote to #resist at foo.bar/baz; Threatens but naïve it’s')
    expect(['despite', 'the', 'rain', 'it', 'all', 'wrote', 'to', 'at', 'but', 'naïve', 'it’s'].filter((w) => !lexicon.hasLowerCase(w))).toEqual([])
    expect(['Despite', 'threatens', 'michaelcohen', 'resist', 'bar', 'baz', 'foo', 'rai', 'rains', ''].filter((w) => lexicon.hasLowerCase(w))).toEqual([])
  })

  it('holds every one of tens of thousands of different words, and nothing else', () => {
    const letters = 'abcdefghijklmnopqrstuvwxyz'
    const word = (n: number): string => {
      let w = ''
      for (let k = n + 1; k > 0; k = Math.floor(k / 26)) w += letters[k % 26]
      return `q${w}`
    }
    const words = Array.from({ length: 30_000 }, (_, n) => word(n))
    const lexicon = lexiconOf(words.join(' '))
    expect(words.filter((w) => !lexicon.hasLowerCase(w))).toEqual([])
    expect(Array.from({ length: 30_000 }, (_, n) => word(n + 30_000)).filter((w) => lexicon.hasLowerCase(w))).toEqual([])
  })
})
