// Bylines: each person once (compared without case, the better-cased form kept), without "By", dates,
// counts, "Updated …" or roles glued on, several people as the page gives them or as "A, B and C".

import { describe, expect, it } from 'vitest'
import { bylineOf, cleanByline, joinNames, namesIn } from '../../../src/reading/pageBylines'

describe('cleanByline', () => {
  it.each([
    ['By: Erin Cunningham', 'Erin Cunningham'],
    ['by Erin Cunningham', 'Erin Cunningham'],
    ['Written by Erin Cunningham', 'Erin Cunningham'],
    ['Alex Heath', 'Alex Heath'],
    ['by Lucas Nolan22 Dec 2016651', 'Lucas Nolan'],
    ['Erin Cunningham Mar. 5, 2024', 'Erin Cunningham'],
    ['Erin Cunningham | 2024-03-05', 'Erin Cunningham'],
    ['Erin Cunningham 12 comments', 'Erin Cunningham'],
    ['Erin Cunningham, Updated 3 hours ago', 'Erin Cunningham'],
    ['Erin CunninghamUpdated 3 hours ago', 'Erin Cunningham'],
    ['Erin Cunningham, Staff Writer', 'Erin Cunningham'],
    ['Erin Cunningham | Senior Political Correspondent', 'Erin Cunningham'],
    ['Erin Cunningham, Staff Writer, and Ahiza Garcia, Contributing Editor', 'Erin Cunningham and Ahiza Garcia'],
    ['Erin Cunningham, The Associated Press', 'Erin Cunningham, The Associated Press'],
    ['Erin Cunningham, John Writer', 'Erin Cunningham, John Writer'],
    ['Mac & i', 'Mac & i'],
    ['Martin Untersinger (avec Damien Leloup et Morgane Tual)', 'Martin Untersinger (avec Damien Leloup et Morgane Tual)'],
    ['Erin Cunningham and ERIN CUNNINGHAM', 'Erin Cunningham'],
  ])('%j → %j', (raw, byline) => {
    expect(cleanByline(raw)).toBe(byline)
  })

  it.each(['https://example.com/authors/erin', '//example.com/erin', 'By', '22 Dec 2016', '651', ''])('%j is no byline', (raw) => {
    expect(cleanByline(raw)).toBeNull()
  })
})

describe('bylineOf: the author values of one source', () => {
  it('one person given twice, in capitals once: once, in the better-cased form', () => {
    expect(bylineOf(['Jeffrey Gettleman', 'By JEFFREY GETTLEMAN'])).toBe('Jeffrey Gettleman')
    expect(bylineOf(['By JEFFREY GETTLEMAN', 'Jeffrey Gettleman'])).toBe('Jeffrey Gettleman')
  })

  it('several people as "A, B and C", or as the page wrote them when one value names them all', () => {
    expect(bylineOf(['Erin Cunningham', 'Ahiza Garcia', 'Dan Goodin'])).toBe('Erin Cunningham, Ahiza Garcia and Dan Goodin')
    expect(bylineOf(['Erin Cunningham & Ahiza Garcia', 'Ahiza Garcia'])).toBe('Erin Cunningham & Ahiza Garcia')
  })

  it('a link is no name; no names, no byline', () => {
    expect(bylineOf(['https://example.com/by/erin-cunningham', 'Erin Cunningham'])).toBe('Erin Cunningham')
    expect(bylineOf([null, undefined, ''])).toBeNull()
  })
})

describe('names', () => {
  it('a list of people is split only when every part is a name of two words or more', () => {
    expect(namesIn('Erin Cunningham, Ahiza Garcia and Dan Goodin')).toEqual(['Erin Cunningham', 'Ahiza Garcia', 'Dan Goodin'])
    expect(namesIn('Reuters, AP')).toEqual(['Reuters, AP'])
  })

  it('joined as people write them', () => {
    expect(joinNames(['Erin Cunningham'])).toBe('Erin Cunningham')
    expect(joinNames(['Erin Cunningham', 'Ahiza Garcia'])).toBe('Erin Cunningham and Ahiza Garcia')
  })
})
