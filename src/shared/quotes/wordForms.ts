// Quotations as words, for comparing their wording across reports: each word with its place in the text
// and the form the alignment matches on ("Assad’s" and "Assad's" alike, capitals ignored), and a number for
// that form, so that comparisons are of numbers.

import { normalizeWord } from '../alignment'
import { forEachWordIn } from './wordScan'

export interface Word {
  start: number
  end: number
  /** The matching form: lower case, no punctuation inside. */
  norm: string
  /** A number for the matching form: the same for the same form, so comparisons are of numbers. */
  id: number
}

const ids = new Map<string, number>()
/** How many times the numbers have been begun again: words numbered in an earlier round are not comparable. */
let round = 0

/** The number of a matching form (forgotten and begun again when very many forms have been seen). */
function idOf(norm: string): number {
  let id = ids.get(norm)
  if (id === undefined) {
    if (ids.size >= 500_000) {
      ids.clear()
      round++
    }
    ids.set(norm, (id = ids.size + 1))
  }
  return id
}

/** The round of numbering words made now belong to: words kept from another round must be made again. */
export const numberingRound = (): number => round

/** Words already given their matching form: a report's quotations repeat the same few thousand words. */
const forms = new Map<string, string>()

function formOf(word: string): string {
  let norm = forms.get(word)
  if (norm === undefined) {
    if (forms.size >= 100_000) forms.clear()
    forms.set(word, (norm = normalizeWord(word)))
  }
  return norm
}

/** A word of ASCII letters and digits, by the number of its lower case: its form is its lower case. Most
 *  words are such, and are found here without a string cut out for them and looked up twice. */
interface PlainForm {
  norm: string
  id: number
  /** Another form with the same number. */
  next: PlainForm | null
}
const plainForms = new Map<number, PlainForm>()
let plainRound = 0

/** Forgets the matching forms given so far (for measuring the ledger from nothing). */
export function forgetWordForms(): void {
  forms.clear()
  plainForms.clear()
}

/** The form of text.slice(start, end) when it is ASCII letters and digits only, else null. */
function plainFormAt(text: string, start: number, end: number): PlainForm | null {
  let h = 0x811c9dc5
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i)
    if (c >= 97 ? c > 122 : c >= 65 ? c > 90 : c < 48 || c > 57) return null
    h = Math.imul(h ^ (c >= 65 && c <= 90 ? c + 32 : c), 0x01000193)
  }
  if (plainRound !== round || plainForms.size >= 100_000) {
    plainForms.clear()
    plainRound = round
  }
  for (let form = plainForms.get(h) ?? null; form; form = form.next) {
    const { norm } = form
    if (norm.length !== end - start) continue
    let k = 0
    while (k < norm.length && norm.charCodeAt(k) === (text.charCodeAt(start + k) | (text.charCodeAt(start + k) >= 65 && text.charCodeAt(start + k) <= 90 ? 32 : 0))) k++
    if (k === norm.length) return form
  }
  // ASCII letters and digits: normalizeWord's form is the lower case, made here without its expressions.
  const norm = text.slice(start, end).toLowerCase()
  const id = idOf(norm)
  // Made in the round its number belongs to (idOf may have begun a new one).
  if (plainRound !== round) {
    plainForms.clear()
    plainRound = round
  }
  const form = { norm, id, next: plainForms.get(h) ?? null }
  plainForms.set(h, form)
  return form
}

/** The words of text.slice(from, to), with offsets into `text`. */
export function wordsIn(text: string, from: number, to: number): Word[] {
  const words: Word[] = []
  forEachWordIn(text, from, to, (start, end) => {
    const plain = plainFormAt(text, start, end)
    if (plain) {
      words.push({ start, end, norm: plain.norm, id: plain.id })
      return
    }
    const norm = formOf(text.slice(start, end))
    words.push({ start, end, norm, id: idOf(norm) })
  })
  return words
}

