// How one report words a quotation against the group's base (its fullest marked wording): verbatim, the same
// words with other punctuation or capitals, a part of it (trimmed; re-capitalised when its first word is
// given a capital it does not have in the base, to look like a start), parts of it joined (spliced), or words
// substituted, added or left out inside (reworded), with those words listed.

import { compareWords, MAX_TABLE_CELLS, type Word } from './words'
import type { QuoteDifference, QuoteKind } from './types'

export interface Wording {
  kind: QuoteKind
  also: QuoteKind[]
  recapitalised: boolean
  differences: QuoteDifference[]
  /** Where in the base's text the words this wording shares with it begin (for levelling the two), or null. */
  baseOffset: number | null
}

/** Quote and apostrophe forms, dashes and white space made alike, and the end's comma or full stop dropped. */
function plain(text: string): string {
  return text
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[—–]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[,.]$/, '')
}

const slice = (text: string, words: readonly Word[], from: number, to: number): string => (from >= to ? '' : text.slice((words[from] as Word).start, (words[to - 1] as Word).end))

/** A base's words made plain, once: a group's base is compared with every other wording in the group. */
const plainBases = new WeakMap<readonly Word[], string>()
function plainBase(baseText: string, baseWords: readonly Word[]): string {
  let made = plainBases.get(baseWords)
  if (made === undefined) plainBases.set(baseWords, (made = plain(slice(baseText, baseWords, 0, baseWords.length))))
  return made
}

/** Base words skipped between two parts, with nothing in their place, that make a splice rather than a cut. */
const SPLICE_GAP = 4

/** The stretch of the base the quotation is taken from: from where its opening words run longest to where its closing words do. */
function windowOf(baseWords: readonly Word[], words: readonly Word[]): [number, number] {
  const runAt = (j: number, forward: boolean): number => {
    let n = 0
    if (forward) while (n < words.length && j + n < baseWords.length && (words[n] as Word).id === (baseWords[j + n] as Word).id) n++
    else while (n < words.length && j - n >= 0 && (words[words.length - 1 - n] as Word).id === (baseWords[j - n] as Word).id) n++
    return n
  }
  let from = 0
  let best = 0
  for (let j = 0; j < baseWords.length; j++) {
    const run = runAt(j, true)
    if (run > best) [best, from] = [run, j]
  }
  let to = baseWords.length
  best = 0
  for (let j = baseWords.length - 1; j >= from; j--) {
    const run = runAt(j, false)
    if (run > best) [best, to] = [run, j + 1]
  }
  return best > 0 && to > from ? [from, to] : [0, baseWords.length]
}

/** How `text`'s words (`words`) carry the base's (`baseWords` in `baseText`). */
export function compareWording(baseText: string, baseWords: readonly Word[], text: string, words: readonly Word[]): Wording {
  const quoted = plain(slice(text, words, 0, words.length))
  if (quoted === plainBase(baseText, baseWords)) return { kind: 'verbatim', also: [], recapitalised: false, differences: [], baseOffset: baseWords[0]?.start ?? null }
  // Too long to compare word by word: said to differ, without the words.
  if ((words.length + 1) * (baseWords.length + 1) > MAX_TABLE_CELLS) return { kind: 'reworded', also: [], recapitalised: false, differences: [], baseOffset: null }
  const [from, to] = windowOf(baseWords, words)
  const window = baseWords.slice(from, to)
  const steps = compareWords(words, window)
  const differences: QuoteDifference[] = []
  let splices = 0
  let leading = 0
  let trailing = 0
  for (const step of steps) {
    if (step.same) continue
    const [a0, a1] = step.a
    const [b0, b1] = step.b
    if (a0 === a1 && b0 === 0) leading = b1
    else if (a0 === a1 && b1 === window.length) trailing = b1 - b0
    else if (a0 === a1 && b1 - b0 >= SPLICE_GAP) splices++
    else differences.push({ base: slice(baseText, window, b0, b1), text: slice(text, words, a0, a1) })
  }
  const trimmed = from + leading > 0 || to - trailing < baseWords.length
  const firstShared = steps.find((s) => s.same)
  const firstWord = words[0]
  const baseFirst = firstShared?.same && firstShared.a === 0 ? window[firstShared.b] : undefined
  const recapitalised =
    trimmed && firstWord !== undefined && baseFirst !== undefined && /^\p{Lu}/u.test(text.slice(firstWord.start, firstWord.end)) && /^\p{Ll}/u.test(baseText.slice(baseFirst.start, baseFirst.end))
  const kinds: QuoteKind[] = []
  if (splices > 0) kinds.push('spliced')
  else if (trimmed) kinds.push('trimmed')
  if (differences.length > 0) kinds.push('reworded')
  // Punctuation or capitals inside the words it takes (a re-capitalised first word is told apart).
  if (differences.length === 0 && splices === 0) {
    const lastShared = [...steps].reverse().find((s) => s.same)
    const stretch = firstShared?.same && lastShared?.same ? slice(baseText, window, firstShared.b, lastShared.b + 1) : ''
    const lowerFirst = (t: string): string => (recapitalised ? t.charAt(0).toLowerCase() + t.slice(1) : t)
    if (lowerFirst(quoted) !== plain(stretch)) kinds.push('punctuation')
  }
  const [kind = 'punctuation', ...also] = kinds
  const baseOffset = firstShared?.same ? ((window[firstShared.b] as Word).start ?? null) : null
  return { kind, also, recapitalised, differences, baseOffset }
}
