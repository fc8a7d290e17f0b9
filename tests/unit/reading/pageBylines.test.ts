// Bylines: each person once (compared without case, the better-cased form kept), without "By", dates,
// counts, "Updated …" or roles glued on, several people as the page gives them or as "A, B and C".

import { describe, expect, it } from 'vitest'
import { bylineOf, cleanByline, joinNames, namesIn } from '../../../src/reading/pageBylines'

describe('cleanByline', () => {
  it.each([
    ['By: Ana Ruiz', 'Ana Ruiz'],
    ['by Ana Ruiz', 'Ana Ruiz'],
    ['Written by Ana Ruiz', 'Ana Ruiz'],
    ['Byron Hale', 'Byron Hale'],
    ['by Lucas Nolan22 Dec 2016651', 'Lucas Nolan'],
    ['Ana Ruiz Mar. 5, 2024', 'Ana Ruiz'],
    ['Ana Ruiz | 2024-03-05', 'Ana Ruiz'],
    ['Ana Ruiz 12 comments', 'Ana Ruiz'],
    ['Ana Ruiz, Updated 3 hours ago', 'Ana Ruiz'],
    ['Ana RuizUpdated 3 hours ago', 'Ana Ruiz'],
    ['Ana Ruiz, Staff Writer', 'Ana Ruiz'],
    ['Ana Ruiz | Senior Political Correspondent', 'Ana Ruiz'],
    ['Ana Ruiz, Staff Writer, and Li Wei, Contributing Editor', 'Ana Ruiz and Li Wei'],
    ['Ana Ruiz, The Associated Press', 'Ana Ruiz, The Associated Press'],
    ['Ana Ruiz, John Writer', 'Ana Ruiz, John Writer'],
    ['Mac & i', 'Mac & i'],
    ['Martin Untersinger (avec Damien Leloup et Morgane Tual)', 'Martin Untersinger (avec Damien Leloup et Morgane Tual)'],
    ['Ana Ruiz and ANA RUIZ', 'Ana Ruiz'],
  ])('%j → %j', (raw, byline) => {
    expect(cleanByline(raw)).toBe(byline)
  })

  it.each(['https://example.com/authors/ana', '//example.com/ana', 'By', '22 Dec 2016', '651', ''])('%j is no byline', (raw) => {
    expect(cleanByline(raw)).toBeNull()
  })
})

describe('bylineOf: the author values of one source', () => {
  it('one person given twice, in capitals once: once, in the better-cased form', () => {
    expect(bylineOf(['Jeffrey Gettleman', 'By JEFFREY GETTLEMAN'])).toBe('Jeffrey Gettleman')
    expect(bylineOf(['By JEFFREY GETTLEMAN', 'Jeffrey Gettleman'])).toBe('Jeffrey Gettleman')
  })

  it('several people as "A, B and C", or as the page wrote them when one value names them all', () => {
    expect(bylineOf(['Ana Ruiz', 'Li Wei', 'Tom Berg'])).toBe('Ana Ruiz, Li Wei and Tom Berg')
    expect(bylineOf(['Ana Ruiz & Li Wei', 'Li Wei'])).toBe('Ana Ruiz & Li Wei')
  })

  it('a link is no name; no names, no byline', () => {
    expect(bylineOf(['https://example.com/by/ana-ruiz', 'Ana Ruiz'])).toBe('Ana Ruiz')
    expect(bylineOf([null, undefined, ''])).toBeNull()
  })
})

describe('names', () => {
  it('a list of people is split only when every part is a name of two words or more', () => {
    expect(namesIn('Ana Ruiz, Li Wei and Tom Berg')).toEqual(['Ana Ruiz', 'Li Wei', 'Tom Berg'])
    expect(namesIn('Reuters, AP')).toEqual(['Reuters, AP'])
  })

  it('joined as people write them', () => {
    expect(joinNames(['Ana Ruiz'])).toBe('Ana Ruiz')
    expect(joinNames(['Ana Ruiz', 'Li Wei'])).toBe('Ana Ruiz and Li Wei')
  })
})
