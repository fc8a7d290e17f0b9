// The names a site goes by: the host of its address, its name without a slogan, and titles without the
// site's name, author or section around them.

import { describe, expect, it } from 'vitest'
import { hostLabel, hostOf, isOneOf, siteNameWithoutSlogan, titleWithoutAffixes } from '../../../src/reading/pageNames'

describe('titleWithoutAffixes', () => {
  it.each([
    ['Ferries return | Island Post', 'Ferries return'],
    ['Ferries return - island post', 'Ferries return'],
    ['Ferries return — Island Post', 'Ferries return'],
    ['Island Post: Ferries return', 'Ferries return'],
    ['Island Post - Ferries return', 'Ferries return'],
    ['Ferries return | the island post', 'Ferries return'],
    ['Ferries return to Island Post', 'Ferries return to Island Post'],
    ['Island Post', 'Island Post'],
    ['Just-released ferry timetable - Island Post', 'Just-released ferry timetable'],
    ['Ferries return - islandpost.example', 'Ferries return'],
  ])('%s → %s', (title, stripped) => {
    expect(titleWithoutAffixes(title, ['Island Post', 'islandpost.example'])).toBe(stripped)
  })

  it('an author and a section appended, after the site or before it', () => {
    expect(titleWithoutAffixes('Ferries return | Erin Cunningham | Travel | Island Post', ['Island Post'], ['Erin Cunningham', 'Travel'])).toBe('Ferries return')
    expect(titleWithoutAffixes('Ferries return | Erin Cunningham', [], ['Erin Cunningham'])).toBe('Ferries return')
  })

  it('an author or section is never taken off the front: "Travel: ..." may be the headline', () => {
    expect(titleWithoutAffixes('Travel: ferries return', ['Island Post'], ['Travel'])).toBe('Travel: ferries return')
  })

  it('no names known: nothing changes', () => {
    expect(titleWithoutAffixes('Ferries return | Island Post', [])).toBe('Ferries return | Island Post')
  })
})

describe('site names', () => {
  it('a slogan after the name goes when the name before it is one the page also uses', () => {
    expect(siteNameWithoutSlogan('Yahoo News - Latest News & Headlines', ['Yahoo News - Latest News & Headlines', '@YahooNews'])).toBe('Yahoo News')
    expect(siteNameWithoutSlogan('Island Post | Ferries and more', ['islandpost'])).toBe('Island Post')
    expect(siteNameWithoutSlogan('Island Post - Ferries and more', ['Harbour Gazette'])).toBe('Island Post - Ferries and more')
  })

  it('one of the names, by letters and digits only', () => {
    expect(isOneOf('the Guardian', ['The Guardian'])).toBe(true)
    expect(isOneOf('Salon', ['salon'])).toBe(true)
    expect(isOneOf('Guardian angels', ['The Guardian'])).toBe(false)
  })

  it('the host without www., and the label that names the site', () => {
    expect(hostOf('https://www.nytimes.com/2017/01/13/world/x.html')).toBe('nytimes.com')
    expect(hostOf('http://finance.yahoo.com/news/x.html')).toBe('finance.yahoo.com')
    expect(hostOf(null)).toBeNull()
    expect(hostLabel('telegraph.co.uk')).toBe('telegraph')
    expect(hostLabel('us.yahoo.com')).toBe('yahoo')
    expect(hostLabel('localhost')).toBeNull()
  })
})
