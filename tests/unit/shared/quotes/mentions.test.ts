// The runs of capitalised words a report's people are found in: the scan that passes over the places no run
// can begin finds exactly the runs the regular expression's own search finds, on real reports and on names
// written with letters outside ASCII.

import { describe, expect, it } from 'vitest'
import { NAME_RUN, nextNameRun, personMentions } from '../../../../src/shared/quotes/mentions'
import { peopleOf } from '../../../../src/shared/quotes/people'
import { lexiconOf } from '../../../../src/shared/quotes/lexicon'
import { labelledReports, randomTexts } from './scanCases'

function searched(text: string): string[] {
  return [...text.matchAll(new RegExp(NAME_RUN.source, 'gu'))].map((m) => `${m.index}:${m[0]}`)
}

function scanned(text: string): string[] {
  const found: string[] = []
  for (let m = nextNameRun(text, 0); m; m = nextNameRun(text, m.end)) found.push(`${m.index}:${text.slice(m.index, m.end)}`)
  return found
}

describe('the runs of capitalised words in a report', () => {
  it('are those the search finds, in every labelled report', () => {
    let runs = 0
    for (const text of labelledReports()) {
      const expected = searched(text)
      expect(scanned(text)).toEqual(expected)
      runs += expected.length
    }
    expect(runs).toBeGreaterThan(1000)
  })

  it('begin at capitals outside ASCII and not after a letter outside it', () => {
    const text = 'Émile Zola met Łukasz Ñúñez and O’Brien in Zürich; AbcDef, “Über alles,” said 𝐀lpha Brown. ÉtatX, naïveTé, 2Fast Éric.'
    expect(scanned(text)).toEqual(searched(text))
    expect(scanned(text)).toContain('0:Émile Zola')
    expect(scanned(text)).toContain('15:Łukasz Ñúñez')
  })

  it('are those the search finds in the ways names are written: titles, initials, connectors, hyphens, tabs', () => {
    const text =
      'Mrs. Ann Smith and Mr. O’Neil met Sgt. Pepper, Capt.Hook and MR. BIG. Gen. de Gaulle, Guillermo del Toro, Leonardo da\tVinci, ' +
      'Jean-Pierre Léaud, John F. Kennedy Jr. and U.S. Rep. Mo Brooks (R-Ala.) said. Ludwig van  Beethoven, Osama bin Laden, St. Louis, ' +
      'Ibn Saud, Omar al Bashir, DE LA Cruz, Anne de la Tour, Mary st. Clair, la Paz, X. Æthelred Ünlü and Ǆemal.\nMr.\tSmith Mrs.Jones'
    expect(scanned(text)).toEqual(searched(text))
    expect(scanned(text)).toContain('0:Mrs. Ann Smith')
    expect(scanned(text)).toContain(`${text.indexOf('Guillermo')}:Guillermo del Toro`)
  })

  it('are those the search finds in text made at random from the pieces names are written with', () => {
    const pieces = ['Mr', 'Mrs', 'St', 'Sgt', 'A', 'É', 'Ab', 'ab', 'de', 'del', 'della', 'la', 'st.', 'van', 'O’', "d'", '-', '.', ',', ' ', '  ', '\t', '\n', 'Zo', 'ü', '2', '’s', '𝐀']
    for (const text of randomTexts(pieces, { count: 400, length: 60, seed: 7 }).texts) expect(scanned(text)).toEqual(searched(text))
  })
})

describe('the person a sentence is about', () => {
  it('is not a name at its head that only gives the office of the person named next (“Boehner spokesman Michael Steel”)', () => {
    const text =
      'Both sides in the federal talks to avert a year-end fiscal crisis signaled late Monday that significant progress had been made, with sources saying President Obama had offered a higher threshold for tax rate increases and with House Speaker Boehner\'s office calling it "a step in the right direction."\n\n' +
      '"Any movement away from the unrealistic offers the president has made previously is a step in the right direction," Boehner spokesman Michael Steel said, though he also criticized the specific mix of spending cuts and tax hikes Obama has proposed, saying it "cannot be considered balanced."'
    const mentions = personMentions(text, lexiconOf(text)).filter((m) => m.at > text.indexOf('\n'))
    expect(mentions.map((m) => `${m.name}: ${m.subject ? 'subject' : 'not subject'}`)).toEqual(['Boehner: not subject', 'Michael Steel: subject', 'Obama: not subject'])
  })

  it('is the one named after a day of the week that opens it (“On Friday Flake defended”)', () => {
    const text =
      'The FBI background check comes after Sen. Jeff Flake, R-Ariz., joined Democrats on Friday in calling for the investigation into sexual assault allegations made against Kavanaugh.\n\n' +
      'On Friday Flake defended his decision to press for the further inquiry, saying he wanted to protect the credibility of America’s institutions.'
    const mentions = personMentions(text, lexiconOf(text)).filter((m) => m.at > text.indexOf('\n'))
    expect(mentions.map((m) => `${m.name}: ${m.subject ? 'subject' : 'not subject'}`)).toEqual(['Jeff Flake: subject'])
  })
})

describe('the people of a report whose surnames are words it also writes in lower case', () => {
  it('runs no headline’s capitals up to such a surname into a name (“Leaked Audio Captures Bloomberg Defending …”)', () => {
    const text = [
      'Leaked Audio Captures Bloomberg Defending Racial Profiling',
      'Michael Bloomberg addressed the practice in 2013. The audio was leaked; it has him defending racial profiling. One reply was signed drop out bloomberg (@upmtn).',
      '“I was wrong,” Bloomberg said in November.',
    ].join('\n\n')
    const { mentions, lexicon } = peopleOf(text, lexiconOf(text))
    expect(new Set(mentions.map((m) => m.name))).toEqual(new Set(['Michael Bloomberg']))
    // The surname is no word the report writes in lower case for the attribution's reading.
    expect([lexicon.hasLowerCase('bloomberg'), lexiconOf(text).hasLowerCase('bloomberg'), lexicon.hasLowerCase('audio')]).toEqual([false, true, true])
  })

  it('finds such a surname after a given name with a title before it (“Home Secretary Theresa May”)', () => {
    const text = 'British Home Secretary Theresa May launches her bid. It may be a long race.\n\nMay said the country needed leadership.'
    const { mentions } = peopleOf(text, lexiconOf(text))
    expect(mentions.map((m) => `${text.slice(m.at, m.end)} → ${m.name}`)).toEqual(['British Home Secretary Theresa May → Theresa May', 'May → Theresa May'])
    expect(personMentions(text, lexiconOf(text)).map((m) => m.name)).not.toContain('Theresa May')
  })
})

describe('headline words before a name', () => {
  it('leaves a common word of news out of the name it runs up to (“Emails Show Brett Kavanaugh”, “Neighbor Jeff Reeb”)', () => {
    const text = 'Emails Show Brett Kavanaugh, Senators Say\n\nNeighbor Jeff Reeb said the house was quiet. Kavanaugh spoke on Monday.'
    expect(personMentions(text, lexiconOf(text)).map((m) => m.name)).toEqual(['Brett Kavanaugh', 'Jeff Reeb', 'Brett Kavanaugh'])
  })
})

describe('a headline’s name before the full one', () => {
  it('gives a surname alone the full name opening with a given name, not a headline’s common word before it (“Why Democrats Says Mueller …”)', () => {
    const text = "'Impeachment Referral': Why Democrats Says Mueller Just Gave Them a Cue\n\nDemocrats believe Special Counsel Robert Mueller just gave them the go-ahead.\n\nMueller finally broke his silence Wednesday."
    expect(personMentions(text, lexiconOf(text)).map((m) => `${text.slice(m.at, m.end)} → ${m.name}`).at(-1)).toBe('Mueller → Robert Mueller')
  })
})

describe('initials run together', () => {
  it('reads “H.R.” as one word of the name, and an office written with a capital before a name as no part of it', () => {
    const text = 'He has named Lt. Gen. H.R. McMaster as his new adviser, after National Security Adviser Susan Rice left. McMaster said he was honoured.'
    expect(personMentions(text, lexiconOf(text)).map((m) => `${text.slice(m.at, m.end)} → ${m.name}`)).toEqual([
      'Lt. Gen. H.R. McMaster → H.R. McMaster',
      'National Security Adviser Susan Rice → Susan Rice',
      'McMaster → H.R. McMaster',
    ])
  })
})
