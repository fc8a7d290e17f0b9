// The words a report writes in lower case somewhere (so, capitalised, not names), read in one pass over its
// characters. Each word is kept as where it first occurs in the text, in a table keyed by a number made from
// its characters: a report has some ten thousand such words, and a string cut out for each, kept in a set,
// was most of the pass and much of the garbage collected while the ledger reads a report.

/** What a report tells about its own words. */
export interface Lexicon {
  /** Whether the report writes this word, exactly so, in lower case in running text somewhere. */
  hasLowerCase(word: string): boolean
  /** Whether a word in lower case is a person's surname the report also writes as a word ("may" of "Theresa
   *  May"), so a name even where it is a month or a verb otherwise ("May said"). */
  isSurname?(word: string): boolean
}

import { classOf, isLetterOrDigit, LETTER, LOWER } from './charClasses'

const SEED = 0x811c9dc5
const PRIME = 0x01000193

/** A word's number: the same for the same characters, from its codes, as the pass computes it. */
function hashOf(word: string): number {
  let h = SEED
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), PRIME)
  return h | 1
}

/** A table of words of one text, each as [start, end) of its first occurrence: open addressing by number. */
class WordTable {
  private keys: Int32Array
  private starts: Int32Array
  private ends: Int32Array
  private size = 0

  constructor(private readonly text: string) {
    // Room for as many words as a text of its length has, without growing (about one in six characters).
    let room = 1 << 12
    while (room < text.length / 6) room *= 2
    this.keys = new Int32Array(room)
    this.starts = new Int32Array(room)
    this.ends = new Int32Array(room)
  }

  private sameAt(slot: number, start: number, end: number): boolean {
    const s = this.starts[slot] as number
    if ((this.ends[slot] as number) - s !== end - start) return false
    for (let k = 0; k < end - start; k++) if (this.text.charCodeAt(s + k) !== this.text.charCodeAt(start + k)) return false
    return true
  }

  add(hash: number, start: number, end: number): void {
    const mask = this.keys.length - 1
    let slot = hash & mask
    for (let key = this.keys[slot] as number; key !== 0; key = this.keys[slot] as number) {
      if (key === hash && this.sameAt(slot, start, end)) return
      slot = (slot + 1) & mask
    }
    this.keys[slot] = hash
    this.starts[slot] = start
    this.ends[slot] = end
    if (++this.size * 2 > this.keys.length) this.grow()
  }

  has(word: string): boolean {
    const hash = hashOf(word)
    const mask = this.keys.length - 1
    for (let slot = hash & mask, key = this.keys[slot] as number; key !== 0; slot = (slot + 1) & mask, key = this.keys[slot] as number) {
      if (key === hash && (this.ends[slot] as number) - (this.starts[slot] as number) === word.length && this.text.startsWith(word, this.starts[slot])) return true
    }
    return false
  }

  private grow(): void {
    const { keys, starts, ends } = this
    this.keys = new Int32Array(keys.length * 2)
    this.starts = new Int32Array(keys.length * 2)
    this.ends = new Int32Array(keys.length * 2)
    const mask = this.keys.length - 1
    for (let old = 0; old < keys.length; old++) {
      const hash = keys[old] as number
      if (hash === 0) continue
      let slot = hash & mask
      while (this.keys[slot] !== 0) slot = (slot + 1) & mask
      this.keys[slot] = hash
      this.starts[slot] = starts[old] as number
      this.ends[slot] = ends[old] as number
    }
  }
}

/** The words a text writes in lower case, read in one pass over its characters. */
export function lexiconOf(text: string): Lexicon {
  const table = new WordTable(text)
  const n = text.length
  // A word counts only in running text: not inside a handle, a hashtag or an address ("@michaelcohen").
  const joins = (c: number): boolean => c === 35 || c === 64 || c === 95 || c === 46 || c === 47 || c === 45 || (c >= 48 && c <= 57)
  const letter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 || c === 0x2019 || (c > 127 && (classOf(c) & LETTER) !== 0)
  for (let i = 0; i < n; i++) {
    let c = text.charCodeAt(i)
    if (!letter(c)) continue
    const start = i
    // Most words open with a letter of a to z or A to Z: the test for a lower-case letter is for the rest.
    const lower = (c >= 97 && c <= 122) || (c > 127 && (classOf(c) & LOWER) !== 0)
    const counted = lower && !(i > 0 && joins(text.charCodeAt(i - 1)))
    let hash = SEED
    if (counted) {
      do {
        hash = Math.imul(hash ^ c, PRIME)
        i++
      } while (i < n && letter((c = text.charCodeAt(i))))
    } else while (i < n && letter(text.charCodeAt(i))) i++
    // The word ends at i, unless a joining mark there runs it into more ("foo.bar", "@handle_2").
    if (counted && !(i < n && joins(text.charCodeAt(i)) && i + 1 < n && isLetterOrDigit(text.charCodeAt(i + 1)))) table.add(hash | 1, start, i)
  }
  return { hasLowerCase: (word) => table.has(word) }
}
