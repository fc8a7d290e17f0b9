// Whether two names are one speaker: the same surname with first names that agree, one name the other's
// opening words, initials and the name they stand for, people speaking together in any order; and the full
// name initials stand for in a report.

import { sameFirstName } from './firstNames'
import { genderOfGivenName } from './nameGenders'
import { KOREAN_GIVEN_NAME, SUFFIXES } from './nameWords'
import { bare } from './nameRuns'

const surnames = new Map<string, string>()

/** The surname of a name: its last word that is not a suffix, without an article before it. */
export function surnameOf(name: string): string {
  let surname = surnames.get(name)
  if (surname === undefined) {
    // Less a suffix or a regnal number after it: "Martin Luther King Jr.", "Pope Benedict XVI".
    const words = name.split(' ').filter((w, i) => !SUFFIXES.has(bare(w)) && !(i > 0 && /^[IVXL]+$/.test(w)))
    // The article some outlets write before an Arabic surname and others leave out: "al-Assad" and "Assad".
    // A Chinese or Korean name gives the family name first: "Xi Jinping", "Ban Ki-moon", "Kim Jong Un".
    surname = bare((familyFirst(words) ? words[0] : words.at(-1)) ?? name).replace(/^(?:al|el|ad|as|ash|an|ar)-(?=\p{L}{3})/u, '')
    if (surnames.size > 10_000) surnames.clear()
    surnames.set(name, surname)
  }
  return surname
}

/** Chinese family names that reports write before the given name ("Xi Jinping", "Wang Yi", "Lu Kang"). */
const CHINESE_FAMILY_NAMES = new Set('xi li wang hu zhang liu chen yang zhao huang zhou wu deng mao jiang wen geng hua lu zhu guo'.split(' '))
/** A whole word that is a Korean given name (nameWords.KOREAN_GIVEN_NAME). */
const KOREAN_GIVEN = new RegExp(`^${KOREAN_GIVEN_NAME}$`, 'u')
/** Korean family names, written first with a given name of two short syllables ("Kim Jong Un", "Moon Jae In"). */
const KOREAN_FAMILY_NAMES = new Set('kim moon park lee ban choi jung kang'.split(' '))

/** Whether a name gives the family name first: a Chinese one, a Korean one, or any before a given name of two
 *  syllables joined by a hyphen ("Ban Ki-moon", "Ri Yong-ho"). Not "Kim Davis", "Kim Kardashian West", "Andrew
 *  Yang", nor a surname of two joined by a hyphen ("Alexandria Ocasio-Cortez", "Dina Temple-Raston"). */
function familyFirst(words: readonly string[]): boolean {
  if (words.length < 2 || words.length > 3) return false
  const first = bare(words[0] as string)
  const rest = words.slice(1)
  if (rest.length === 1 && (KOREAN_GIVEN.test(rest[0] as string) || (KOREAN_FAMILY_NAMES.has(first) && /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u.test(rest[0] as string)))) return true
  if (rest.length === 1) return CHINESE_FAMILY_NAMES.has(first) && genderOfGivenName(bare(rest[0] as string)) === null
  // (Not a Korean name in the Western order, the family name last: "Jung Woo Kim".)
  return KOREAN_FAMILY_NAMES.has(first) && rest.every((w) => /^\p{Lu}\p{Ll}{1,3}$/u.test(w)) && !KOREAN_FAMILY_NAMES.has(bare(words.at(-1) as string))
}

/**
 * A name's word as names are compared across reports: with a doubled letter written once, since outlets
 * spell names from other alphabets differently ("el-Sissi" in one, "el-Sisi" in another) and may double a
 * letter or not; without accents, which some leave out ("Kevin de León", "Kevin de Leon"); and without
 * apostrophes, which are straight in one and curly in another ("O'Brien", "O’Brien").
 */
const spellingKey = (word: string): string =>
  (/[^ -~]/.test(word) ? word.normalize('NFD').replace(/\p{M}/gu, '') : word).replace(/['’]/g, '').replace(/(\p{L})\1/gu, '$1')

/**
 * Whether two spellings of a name's word are one letter apart (one letter for another, or one added): the
 * same person's name transliterated or misspelt by one outlet ("Morsi" and "Morsy", "Dianne" and "Diane",
 * "Sergey" and "Sergei", "Frederica" and "Federica"). Only words of five letters or more, with the same first
 * letter ("Price" is not "Rice").
 */
export function letterApart(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a]
  if (short.length < 5 || long.length - short.length > 1 || short[0] !== long[0]) return false
  let i = 0
  while (i < short.length && short[i] === long[i]) i++
  if (i === short.length) return true
  // Past the first difference, the rest is the same: after one letter for another, or after one more.
  return short.length === long.length ? short.slice(i + 1) === long.slice(i + 1) : short.slice(i) === long.slice(i + 1)
}

/** Keys under which a word is found by the words one letter apart from it: the word, and the word less each of
 *  its letters. Two words one letter apart share one of these. */
function apartKeys(word: string): string[] {
  const keys = [word]
  if (word.length >= 5) for (let i = 1; i < word.length; i++) keys.push(word.slice(0, i) + word.slice(i + 1))
  return keys
}

/** The answers already given, by pair of names: a report's few names are compared again and again. */
const answers = new Map<string, boolean>()

/** Whether two names can be the same person: the same surname, and first names that agree where both have one. */
export function sameSpeaker(a: string, b: string): boolean {
  if (a === b) return true
  const key = a < b ? `${a}\n${b}` : `${b}\n${a}`
  let same = answers.get(key)
  if (same === undefined) {
    if (answers.size > 50_000) answers.clear()
    answers.set(key, (same = compareNames(a, b)))
  }
  return same
}

function compareNames(a: string, b: string): boolean {
  if (a.toLowerCase() === b.toLowerCase()) return true
  // People speaking together: the same people, in any order.
  if (a.includes(' and ') || b.includes(' and ')) {
    const people = (names: string): string[] => names.split(/, | and /)
    const [x, y] = [people(a), people(b)]
    return x.length === y.length && x.every((p) => y.some((q) => !q.includes(' and ') && sameSpeaker(p, q)))
  }
  // One name is the other's opening words: "ABC" and "ABC News", "Erin Madigan" and "Erin Madigan White".
  const [shorter, longer] = a.length < b.length ? [a, b] : [b, a]
  if (longer.toLowerCase().startsWith(`${shorter.toLowerCase()} `) && (shorter.includes(' ') || /^\p{Lu}{2,}$/u.test(shorter))) return true
  // A surname of two words and the whole name, one given name before it: "Lujan Grisham" and "Michelle Lujan
  // Grisham", "Blasey Ford" and "Christine Blasey Ford" (not "Eric Trump" and another name ending so, a given
  // name opening no surname; nor a page's words run into a name, "ET Boston Police Department").
  if (shorter.includes(' ') && longer.endsWith(` ${shorter}`) && genderOfGivenName(shorter.split(' ')[0] ?? '') === null) {
    const given = longer.slice(0, longer.length - shorter.length - 1)
    if (!given.includes(' ') && genderOfGivenName(given) !== null) return true
  }
  // Initials and the name: "NSA" and "National Security Agency".
  if (/^\p{Lu}{2,6}$/u.test(shorter) && initialsOf(longer) === shorter) return true
  // Initials with their full stops or without: "H.R. McMaster", "HR McMaster".
  const firstA = bare(a.split(' ')[0] ?? '').replace(/\./g, '')
  const firstB = bare(b.split(' ')[0] ?? '').replace(/\./g, '')
  const [keyA, keyB] = [spellingKey(firstA), spellingKey(firstB)]
  const oneWord = a.split(' ').length === 1 || b.split(' ').length === 1
  const [surnameA, surnameB] = [spellingKey(surnameOf(a)), spellingKey(surnameOf(b))]
  // A surname spelt one letter apart, after the same given name: "Alan Krueger" and "Alan Kruger".
  if (surnameA !== surnameB) return !oneWord && firstA.length > 1 && keyA === keyB && letterApart(surnameA, surnameB)
  return (
    oneWord ||
    keyA === keyB ||
    sameFirstName(firstA, firstB) ||
    (firstA.length === 1 && firstB.startsWith(firstA)) ||
    (firstB.length === 1 && firstA.startsWith(firstB)) ||
    // A given name spelt one letter apart ("Dianne" and "Diane Feinstein"), not a man's and a woman's.
    (letterApart(keyA, keyB) && !differentGenders(firstA, firstB))
  )
}

function differentGenders(a: string, b: string): boolean {
  const [x, y] = [genderOfGivenName(a), genderOfGivenName(b)]
  return x !== null && y !== null && x !== y
}

/** Whether two words are one with a single vowel added or left out. */
export function vowelApart(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a]
  if (long.length !== short.length + 1 || short.length < 6) return false
  let i = 0
  while (i < short.length && short[i] === long[i]) i++
  return 'aeiou'.includes(long[i] as string) && long.slice(i + 1) === short.slice(i)
}

/** The names of all speakers made one: each name maps to the fullest form of the person's name (the first,
 *  longest first, that sameSpeaker takes for it). Only the forms that could be the same are compared: those
 *  of the same surname, those the name opens ("ABC" of "ABC News"), those whose initials it is, and people
 *  speaking together; comparing every pair grew with the square of a long report's names. */
export function unifySpeakers(names: readonly string[]): Map<string, string> {
  const wordCount = (name: string): number => {
    let n = 1
    for (let i = name.indexOf(' '); i >= 0; i = name.indexOf(' ', i + 1)) n++
    return n
  }
  const counts = new Map([...new Set(names)].map((name) => [name, wordCount(name)]))
  const times = new Map<string, number>()
  for (const name of names) times.set(name, (times.get(name) ?? 0) + 1)
  /** How many quotations each fullest form has gathered so far, itself and the forms made one with it. */
  const quoted: number[] = []
  // A possessive's apostrophe ("Francis’") makes no name fuller.
  const length = (name: string): number => name.length - (/['’]$/.test(name) ? 1 : 0)
  const forms = [...counts.keys()].sort((a, b) => (counts.get(b) as number) - (counts.get(a) as number) || length(b) - length(a) || Number(/['’]$/.test(a)) - Number(/['’]$/.test(b)))
  const unified = new Map<string, string>()
  const fullest: string[] = []
  const index = new Map<string, number[]>()
  const file = (key: string, at: number): void => {
    const list = index.get(key)
    if (list) list.push(at)
    else index.set(key, [at])
  }
  const together: number[] = []
  for (const name of forms) {
    let candidates: number[]
    if (name.includes(' and ')) candidates = fullest.map((_, i) => i)
    else {
      const lower = name.toLowerCase()
      const found = new Set([...apartKeys(spellingKey(surnameOf(name))).flatMap((k) => index.get(`s:${k}`) ?? []), ...(index.get(`p:${lower}`) ?? []), ...(index.get(`i:${name}`) ?? []), ...together])
      candidates = [...found].sort((x, y) => x - y)
    }
    // A surname alone that could be several people named in full ("Trump": "Donald Trump", "Melania Trump")
    // is the one the reports quote most.
    const matching = candidates.filter((i) => sameSpeaker(fullest[i] as string, name))
    const at = name.includes(' ') || matching.length < 2 ? matching[0] : matching.reduce((best, i) => ((quoted[i] as number) > (quoted[best] as number) ? i : best))
    const fuller = at === undefined ? undefined : fullest[at]
    unified.set(name, fuller ?? name)
    if (at !== undefined) {
      quoted[at] = (quoted[at] as number) + (times.get(name) as number)
      continue
    }
    quoted.push(times.get(name) as number)
    const i = fullest.push(name) - 1
    for (const key of apartKeys(spellingKey(surnameOf(name)))) file(`s:${key}`, i)
    const words = name.toLowerCase().split(' ')
    for (let n = 1; n < words.length; n++) file(`p:${words.slice(0, n).join(' ')}`, i)
    file(`i:${initialsOf(name)}`, i)
    if (name.includes(' and ')) together.push(i)
  }
  return unified
}

/** The capitals of a name's words, less "of", "the", "and", "for": "National Rifle Association" is "NRA". */
function initialsOf(name: string): string {
  return name
    .split(/\s+/)
    .filter((w) => !/^(?:of|the|and|for|on)$/i.test(w))
    .map((w) => w.charAt(0).toUpperCase())
    .join('')
}

/** The full name an organisation's initials stand for in the report ("NRA": "National Rifle Association"), or the initials. */
const initialsPatterns = new Map<string, RegExp>()

/** The answers for the report last asked about: a report names the same organisation by its initials again and again. */
let expandedIn: { text: string; names: Map<string, string> } = { text: '', names: new Map() }

export function expandInitials(name: string, text: string): string {
  if (!/^[A-Z]{2,6}$/.test(name)) return name
  if (expandedIn.text !== text) expandedIn = { text, names: new Map() }
  const known = expandedIn.names.get(name)
  if (known !== undefined) return known
  let pattern = initialsPatterns.get(name)
  if (!pattern) initialsPatterns.set(name, (pattern = initialsPattern(name)))
  pattern.lastIndex = 0
  const found = pattern.exec(text)
  const expanded = found ? found[0] : name
  expandedIn.names.set(name, expanded)
  return expanded
}

function initialsPattern(name: string): RegExp {
  return new RegExp(`\\b${name.split('').map((c) => `${c}[\\p{L}'’-]*`).join(String.raw`(?:\s+(?:of|for|and|the|on)){0,2}\s+`)}`, 'gu')
}
