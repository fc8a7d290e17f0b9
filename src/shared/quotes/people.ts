// A report's people and the lexicon its attributions are read with. A surname that is also a word the report
// writes in lower case ("Theresa May" beside "may", "Susan Rice" beside "rice") is found after a given name, and
// then read as a name wherever it is capitalised ("Rice said"): the lexicon leaves it out.

import { classOf, isLetterOrDigit, LOWER, UPPER } from './charClasses'
import type { Lexicon } from './lexicon'
import { personMentions, type PersonMention } from './mentions'
import { bare, givenName, surnameWord } from './nameRuns'
import { KOREAN_GIVEN_NAME, NOT_NAMES } from './nameWords'

/** Where a word of a capital and lower-case letters (“Theresa”) that starts at `p` ends, or -1. */
function capitalWordEnd(text: string, p: number): number {
  if (p >= text.length || (classOf(text.charCodeAt(p)) & UPPER) === 0) return -1
  let q = p + 1
  while (q < text.length && (classOf(text.charCodeAt(q)) & LOWER) !== 0) q++
  // Not part of a longer word: "McDonald", "O’Brien", "Jean-Pierre".
  if (q === p + 1 || (q < text.length && (isLetterOrDigit(text.charCodeAt(q)) || "'’-".includes(text.charAt(q))))) return -1
  return q
}

/** What may stand before a name's first capital: a space, a line's end, an opening mark or bracket, a dash. */
const OPENS_WORD = new Set([32, 9, 10, 13, 0xa0, 34, 0x201c, 0x2018, 40, 91, 0x2014, 0x2013])

/** A Korean given name where the search starts, a word of its own (nameWords.KOREAN_GIVEN_NAME). */
const KOREAN_GIVEN = new RegExp(`${KOREAN_GIVEN_NAME}(?![\\p{L}'’-])`, 'uy')

/** The surnames that are words the report also writes in lower case, or words that open sentences and are no
 *  names otherwise (NOT_NAMES: "May", "June"): each capitalised word right after a given name ("Theresa May",
 *  "Susan Rice"). Read by character codes, at the capitals that open a word. */
function wordSurnames(text: string, written: Lexicon): Set<string> {
  const surnames = new Set<string>()
  for (let p = 0; p < text.length; p++) {
    const c = text.charCodeAt(p)
    if (!(c >= 65 && c <= 90) && !(c > 127 && (classOf(c) & UPPER) !== 0)) continue
    if (p > 0 && !OPENS_WORD.has(text.charCodeAt(p - 1))) continue
    const end = capitalWordEnd(text, p)
    if (end < 0) continue
    let q = end
    while (q < text.length && (text.charCodeAt(q) === 32 || text.charCodeAt(q) === 9)) q++
    const next = q > end ? capitalWordEnd(text, q) : -1
    // A family name written first, before a given name of two syllables joined by a hyphen: "Ban Ki-moon".
    if (next < 0 && q > end) {
      KOREAN_GIVEN.lastIndex = q
      const first = KOREAN_GIVEN.test(text) ? text.slice(p, end).toLowerCase() : ''
      if (first !== '' && !surnames.has(first) && written.hasLowerCase(first) && !NOT_NAMES.has(first)) surnames.add(first)
    }
    if (next > 0) {
      const last = text.slice(q, next).toLowerCase()
      if (!surnames.has(last) && (written.hasLowerCase(last) || NOT_NAMES.has(last)) && givenName(text.slice(p, end).toLowerCase()) && surnameWord(last)) surnames.add(last)
    }
    p = end - 1
  }
  return surnames
}

/** A report's people, and the lexicon to read its attributions with. A person whose surname is a word the report
 *  also writes in lower case ("Theresa May", "Susan Rice", "Tom Price": after a given name) is named by that
 *  surname alone too ("Rice said"): the lexicon leaves those surnames out. A longer name ending in one must open
 *  with a given name, not be a headline's capitals run up to it ("Leaked Audio Captures Bloomberg Defending …"). */
export function peopleOf(text: string, written: Lexicon): { lexicon: Lexicon; mentions: PersonMention[] } {
  const surnames = wordSurnames(text, written)
  if (surnames.size === 0) return { lexicon: written, mentions: personMentions(text, written) }
  const lexicon: Lexicon = { hasLowerCase: (word) => !surnames.has(word) && written.hasLowerCase(word), isSurname: (word) => surnames.has(word) }
  const named = (m: PersonMention): boolean => {
    const words = m.name.split(' ')
    return words.length === 1 || !surnames.has(bare(words.at(-1) as string)) || givenName(bare(words[0] as string))
  }
  return { lexicon, mentions: personMentions(text, lexicon).filter(named) }
}
