// The index of a report's person mentions answers as filtering the mentions would, on real reports from the
// labelled set; and the speakers' names made one across reports as comparing every pair would.

import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { countBefore, indexMentions } from '../../../../src/shared/quotes/mentionIndex'
import { personMentions } from '../../../../src/shared/quotes/mentions'
import { lexiconOf } from '../../../../src/shared/quotes/lexicon'
import { findQuotations } from '../../../../src/shared/quotes/quotations'
import { sameSpeaker, surnameOf, unifySpeakers } from '../../../../src/shared/quotes/speakers'

const folder = join(__dirname, '../../../fixtures/quotes/articles')
const cluster = (name: string): string[] => readdirSync(join(folder, name)).sort().map((f) => readFileSync(join(folder, name, f), 'utf8'))

describe('the index of person mentions', () => {
  const [text] = cluster('2012-12-17-fiscal-cliff-1') as [string]
  const mentions = personMentions(text, lexiconOf(text))
  const index = indexMentions(mentions)

  it('keeps the mentions in the order of the text', () => {
    expect(mentions.length).toBeGreaterThan(20)
    expect(mentions.every((m, i) => i === 0 || (mentions[i - 1] as { at: number }).at < m.at)).toBe(true)
  })

  it('finds the people of a surname and of an office as a filter over the mentions does', () => {
    const obama = mentions.filter((m) => surnameOf(m.name) === 'obama')
    expect(obama.length).toBeGreaterThan(0)
    expect(index.withSurname('obama', false)).toEqual(obama)
    expect(index.withSurname('obama', true)).toEqual(obama.filter((m) => m.name.includes(' ')))
    for (const role of new Set(mentions.flatMap((m) => (m.role ? [m.role] : [])))) expect(index.withRole(role)).toEqual(mentions.filter((m) => m.role === role))
    expect(index.has('Barack Obama')).toBe(mentions.some((m) => m.name === 'Barack Obama'))
    expect(index.withSurname('nobody', false)).toEqual([])
  })

  it('counts the mentions before a place as a filter does', () => {
    for (const at of [0, 1, 500, 2000, text.length, ...mentions.map((m) => m.at), ...mentions.map((m) => m.at + 1)]) {
      expect(countBefore(mentions, at)).toBe(mentions.filter((m) => m.at < at).length)
    }
  })
})

describe('speakers made one across reports', () => {
  /** The same as comparing each name with every fuller form kept before it: the first that agrees, or, for
   *  a surname alone that agrees with several, the one with the most quotations so far. */
  function everyPair(names: readonly string[]): Map<string, string> {
    const forms = [...new Set(names)].sort((a, b) => b.split(' ').length - a.split(' ').length || b.length - a.length)
    const times = (name: string): number => names.filter((n) => n === name).length
    const unified = new Map<string, string>()
    const fullest: string[] = []
    const quoted = new Map<string, number>()
    for (const name of forms) {
      const agreeing = fullest.filter((u) => sameSpeaker(u, name))
      const fuller = name.includes(' ') ? agreeing[0] : agreeing.reduce<string | undefined>((best, u) => (best === undefined || (quoted.get(u) ?? 0) > (quoted.get(best) ?? 0) ? u : best), undefined)
      if (!fuller) fullest.push(name)
      unified.set(name, fuller ?? name)
      quoted.set(fuller ?? name, (quoted.get(fuller ?? name) ?? 0) + times(name))
    }
    return unified
  }

  it('gives every name of the labelled reports the fullest form comparing every pair gives', () => {
    const names = readdirSync(folder).flatMap((name) => cluster(name).flatMap((text) => findQuotations(text).flatMap((q) => (q.speaker ? [q.speaker] : []))))
    expect(new Set(names).size).toBeGreaterThan(100)
    expect(unifySpeakers(names)).toEqual(everyPair(names))
  })

  it('makes one of a full name, its surname, its opening words and its initials', () => {
    const unified = unifySpeakers(['Carney', 'Jay Carney', 'J. Carney', 'National Rifle Association', 'NRA', 'ABC News', 'ABC', 'Rand Paul and Mike Lee', 'Lee and Paul'])
    expect(Object.fromEntries(unified)).toEqual({
      'Jay Carney': 'Jay Carney',
      'J. Carney': 'Jay Carney',
      Carney: 'Jay Carney',
      'National Rifle Association': 'National Rifle Association',
      NRA: 'National Rifle Association',
      'ABC News': 'ABC News',
      ABC: 'ABC News',
      'Rand Paul and Mike Lee': 'Rand Paul and Mike Lee',
      'Lee and Paul': 'Rand Paul and Mike Lee',
    })
  })

  it('gives a surname alone that could be several people the one the reports quote most, not the longest name', () => {
    // A report's "Romney" for words of Ann Romney's speech, in a cluster that quotes her four times and her husband once;
    // page residue run into a name ("WATCHED Obama") is quoted less than the name itself.
    const unified = unifySpeakers(['Mitt Romney', 'Ann Romney', 'Ann Romney', 'Ann Romney', 'Ann Romney', 'Romney', 'WATCHED Obama', 'Barack Obama', 'Barack Obama', 'Obama'])
    expect(unified.get('Romney')).toBe('Ann Romney')
    expect(unified.get('Obama')).toBe('Barack Obama')
  })

  it('makes one of a first name and the short form news writes for it, and not of two different first names', () => {
    // One report's "Defense Secretary Jim Mattis", another's "James Mattis"; "Chuck Schumer" and "Charles E. Schumer".
    expect(sameSpeaker('Jim Mattis', 'James Mattis')).toBe(true)
    expect(sameSpeaker('Chuck Schumer', 'Charles E. Schumer')).toBe(true)
    expect(sameSpeaker('Bill Barr', 'William P. Barr')).toBe(true)
    expect(sameSpeaker('Jim Mattis', 'John Mattis')).toBe(false)
    expect(sameSpeaker('Bill Clinton', 'Hillary Clinton')).toBe(false)
    expect(unifySpeakers(['Jim Mattis', 'James Mattis', 'Mattis']).get('Jim Mattis')).toBe('James Mattis')
  })

  it('makes one of a surname with and without the article some outlets write before it (“Bashar al-Assad”, “Bashar Assad”)', () => {
    expect(sameSpeaker('Bashar Assad', 'Bashar al-Assad')).toBe(true)
    expect(sameSpeaker('Assad', 'Bashar al-Assad')).toBe(true)
    expect(sameSpeaker('Nouri al-Maliki', 'Turki Al-Malki')).toBe(false)
    expect(unifySpeakers(['Bashar Assad', 'Bashar al-Assad', 'Assad']).get('Bashar Assad')).toBe('Bashar al-Assad')
  })

  it('makes one of a surname that outlets spell with a letter doubled or not (“el-Sissi”, “el-Sisi”), the first names agreeing', () => {
    // One report of the beheadings in Libya writes "Abdel Fattah el-Sissi", another "Abdel Fattah el-Sisi".
    expect(sameSpeaker('Abdel Fattah el-Sissi', 'Abdel Fattah el-Sisi')).toBe(true)
    expect(sameSpeaker('Sissi', 'Abdel Fattah el-Sisi')).toBe(true)
    expect(sameSpeaker('Ahmed el-Sissi', 'Abdel Fattah el-Sisi')).toBe(false)
    expect(sameSpeaker('Jim Mattis', 'Jim Matis')).toBe(true)
    expect(sameSpeaker('Mitch McConnell', 'Mitch McConnel')).toBe(true)
    expect(sameSpeaker('John Kerry', 'John Kery')).toBe(true)
    expect(sameSpeaker('John Kerry', 'John Kern')).toBe(false)
    expect(unifySpeakers(['Abdel Fattah el-Sisi', 'Abdel Fattah el-Sissi', 'Sisi']).get('Abdel Fattah el-Sisi')).toBe(unifySpeakers(['Abdel Fattah el-Sisi', 'Abdel Fattah el-Sissi', 'Sisi']).get('Abdel Fattah el-Sissi'))
  })

  it('makes one of initials with and without their full stops, of a pope with and without his number, and of “Jerry” and “Jerrold”', () => {
    expect(sameSpeaker('HR McMaster', 'H.R. McMaster')).toBe(true)
    expect(sameSpeaker('J.B. Pritzker', 'JB Pritzker')).toBe(true)
    expect(sameSpeaker('H.R. McMaster', 'J.R. McMaster')).toBe(false)
    expect(sameSpeaker('Benedict XVI', 'Benedict')).toBe(true)
    expect(surnameOf('Pope Benedict XVI')).toBe('benedict')
    expect(sameSpeaker('Jerry Nadler', 'Jerrold Nadler')).toBe(true)
  })

  it('makes one of a name that outlets spell a letter apart, with accents or without, with a straight or a curly apostrophe', () => {
    // Names outlets in news-dev spell differently in the same story.
    expect(sameSpeaker('Mohammed Morsi', 'Mohammed Morsy')).toBe(true)
    expect(sameSpeaker('Alan B. Krueger', 'Alan Kruger')).toBe(true)
    expect(sameSpeaker('Dianne Feinstein', 'Diane Feinstein')).toBe(true)
    expect(sameSpeaker('Sergey Lavrov', 'Sergei Lavrov')).toBe(true)
    expect(sameSpeaker('Federica Mogherini', 'Frederica Mogherini')).toBe(true)
    expect(sameSpeaker('Kevin de León', 'Kevin de Leon')).toBe(true)
    expect(sameSpeaker('Robert C. O’Brien', "Robert O'Brien")).toBe(true)
    expect(sameSpeaker('Turki Al-Malki', 'Turki Maliki')).toBe(true)
    // Not two people: a surname a letter apart after another given name, or a short one ("Price", "Rice"); a
    // man's given name and a woman's.
    expect(sameSpeaker('Tom Price', 'Tom Rice')).toBe(false)
    expect(sameSpeaker('Alan Krueger', 'Anne Kruger')).toBe(false)
    expect(sameSpeaker('Louis Kelly', 'Louise Kelly')).toBe(false)
    expect(sameSpeaker('Julian Smith', 'Julia Smith')).toBe(false)
    expect(sameSpeaker('ABC News', 'NBC News')).toBe(false)
    // Across reports, one speaker; a possessive's apostrophe makes no name fuller.
    const unified = unifySpeakers(['Mohammed Morsi', 'Mohammed Morsy', 'Mohamed Morsy', 'Francis’', 'Francis'])
    expect(new Set([unified.get('Mohammed Morsi'), unified.get('Mohammed Morsy'), unified.get('Mohamed Morsy')]).size).toBe(1)
    expect(unified.get('Francis’')).toBe('Francis')
  })

  it('takes a surname of two words for the whole name with one given name before it, not a page’s words run into a name', () => {
    expect(sameSpeaker('Blasey Ford', 'Christine Blasey Ford')).toBe(true)
    expect(sameSpeaker('Lujan Grisham', 'Michelle Lujan Grisham')).toBe(true)
    expect(sameSpeaker('Trump Jr.', 'Donald Trump Jr.')).toBe(true)
    expect(sameSpeaker('Boston Police Department', 'ET Boston Police Department')).toBe(false)
    expect(sameSpeaker('Jussie Smollett', 'Jones Shames Jussie Smollett')).toBe(false)
    const unified = unifySpeakers(['Christine Blasey Ford', 'Blasey Ford', 'Blasey Ford', 'Ford'])
    expect(unified.get('Blasey Ford')).toBe('Christine Blasey Ford')
  })
})
