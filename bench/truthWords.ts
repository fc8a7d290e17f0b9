// The fidelity benchmark's own notion of a word, independent of the engine's tokenizer so that the
// benchmark cannot inherit the engine's blind spots: texts split at white space and at every hyphen and
// dash, folded (NFKC, lower case, one apostrophe and one quote form), stripped of punctuation and symbols.
// Each word keeps where it sits in the original text, so spans (UTF-16 offsets) can be checked against it.

export interface TruthWord {
  /** The folded word: what two texts must agree on. */
  text: string
  /** Where its letters sit in the original text (leading and trailing marks trimmed): [start, end). */
  start: number
  end: number
}

export const TRUTH_WORD_DEFINITION =
  'split at white space and at hyphens and dashes (- ‐ ‑ ‒ – — ―); NFKC, lower case; apostrophe and quote forms folded to \' and "; punctuation and symbols (\\p{P}\\p{S}) stripped; empty words dropped'

const TOKEN = /[^\s\-‐‑‒–—―]+/gu
const APOSTROPHES = /[’‘ʼ`´]/g
const QUOTES = /[″“”„]/g
const MARKS = /[\p{P}\p{S}]/gu
const LEADING_MARKS = /^[\p{P}\p{S}]*/u
const TRAILING_MARKS = /[\p{P}\p{S}]*$/u

/** The folded form of one token (may be empty). */
export function foldWord(token: string): string {
  return token.normalize('NFKC').toLowerCase().replace(APOSTROPHES, "'").replace(QUOTES, '"').replace(MARKS, '')
}

export function truthWords(text: string): TruthWord[] {
  const words: TruthWord[] = []
  for (const match of text.matchAll(TOKEN)) {
    const token = match[0]
    const folded = foldWord(token)
    if (folded === '') continue
    let first = (LEADING_MARKS.exec(token)?.[0] ?? '').length
    let last = token.length - (TRAILING_MARKS.exec(token)?.[0] ?? '').length
    // A token made only of marks that folds to letters (™ → tm) keeps its whole range.
    if (first >= last) [first, last] = [0, token.length]
    words.push({ text: folded, start: match.index + first, end: match.index + last })
  }
  return words
}

/** Index of the first word for which `after` holds (words are in text order, so `after` flips once). */
function firstWhere(words: readonly TruthWord[], after: (word: TruthWord) => boolean): number {
  let low = 0
  let high = words.length
  while (low < high) {
    const mid = (low + high) >> 1
    if (after(words[mid] as TruthWord)) high = mid
    else low = mid + 1
  }
  return low
}

/** Word indexes [from, to) of the words lying wholly inside [start, end): the words a span covers. */
export function wordsInside(words: readonly TruthWord[], start: number, end: number): [number, number] {
  const from = firstWhere(words, (w) => w.start >= start)
  return [from, Math.max(from, firstWhere(words, (w) => w.end > end))]
}

/** Word indexes [from, to) of the words sharing at least one character with [start, end). */
export function wordsTouching(words: readonly TruthWord[], start: number, end: number): [number, number] {
  const from = firstWhere(words, (w) => w.end > start)
  return [from, Math.max(from, firstWhere(words, (w) => w.start >= end))]
}
