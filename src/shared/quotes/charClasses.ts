// What kind of character a UTF-16 code unit is, as the Unicode properties the ledger's expressions used say,
// looked up in a table filled as codes are first met: the ledger reads reports by character codes, and a
// property expression tested on each character outside ASCII was much of that reading's time.

export const UPPER = 1
export const LETTER = 2
export const LETTER_OR_DIGIT = 4
export const LOWER = 8
export const SPACE = 16
const ASKED = 32
export const DIGIT = 64
export const MARK = 128

const classes = new Uint8Array(0x10000)

/** The classes of code unit `c` (UPPER | LETTER | ...): \p{Lu}, \p{L}, [\p{L}\p{N}], \p{Ll}, \s, \p{N},
 *  \p{M}. Half of a pair of code units is none of them. */
export function classOf(c: number): number {
  let k = classes[c] as number
  if (k === 0) {
    const ch = String.fromCharCode(c)
    k = ASKED
    if (/\p{Lu}/u.test(ch)) k |= UPPER
    if (/\p{L}/u.test(ch)) k |= LETTER
    if (/[\p{L}\p{N}]/u.test(ch)) k |= LETTER_OR_DIGIT
    if (/\p{Ll}/u.test(ch)) k |= LOWER
    if (/\s/.test(ch)) k |= SPACE
    if (/\p{N}/u.test(ch)) k |= DIGIT
    if (/\p{M}/u.test(ch)) k |= MARK
    classes[c] = k
  }
  return k
}

/** A letter or digit ([\p{L}\p{N}]), by its code. */
export const isLetterOrDigit = (c: number): boolean => (c < 128 ? (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : (classOf(c) & LETTER_OR_DIGIT) !== 0)

const PAIRS = /[\uD800-\uDFFF]/

/** Whether `text` has half of a pair of code units (a character outside the Basic Multilingual
 *  Plane, which the expressions read as one character and a scan by code units would not). */
export const hasPairs = (text: string): boolean => PAIRS.test(text)
