// Where a sentence of a report starts and ends: at a full stop, a question or an exclamation mark and a space
// (not an abbreviation's: "Mr.", "U.S."), at a line's end, at a full stop run into the next sentence
// ("…general.CNN"), and where a page lost the space between two names run together.

import { glueAt } from './nameRuns'

const ABBREVIATION = /(?:^|\s)(?:Mr|Mrs|Ms|Dr|Rep|Reps|Sen|Sens|Gov|Lt|Gen|Col|Maj|Adm|Capt|Cmdr|Cdr|Sgt|Pfc|Spc|Rev|St|Jr|Sr|No|Vol|U\.S|Ltd|Inc|Corp|Bros|[A-Z])\.$/
const isSpaceCode = (code: number): boolean => code === 32 || code === 9 || code === 10 || code === 13 || code === 160
const isStopCode = (code: number): boolean => code === 46 || code === 33 || code === 63 // . ! ?
const isClosingMark = (code: number): boolean => code === 0x201d || code === 34 || code === 0x2019

/** Where the sentence holding `at` starts, no earlier than `from`. */
export function sentenceStart(text: string, from: number, at: number): number {
  for (let i = at - 1; i > from; i--) {
    const code = text.charCodeAt(i)
    if (code === 10) return i + 1
    // A full stop with no space after it, run into the next sentence: "…the attorney general.CNN is declining".
    if (isStopCode(code) && /^[\p{Ll}][.!?]["”]?\p{Lu}[\p{L}]/u.test(text.slice(i - 1, i + 4))) return i + 1 + (/["”]/.test(text[i + 1] ?? '') ? 1 : 0)
    // Two names run together where a page lost the space between two links, after a capitalised word:
    // "Robert (Bob) Swan MuellerSpeier says…" begins again at "Speier".
    if (isUpperCode(code) && isLowerCode(text.charCodeAt(i - 1)) && gluedAt(text, i)) return i
    if (!isSpaceCode(code)) continue
    // A space after a full stop (or one and a closing mark), before a capital or an opening mark.
    const before = text.charCodeAt(i - 1)
    const stop = isStopCode(before) || (isClosingMark(before) && isStopCode(text.charCodeAt(i - 2)))
    if (!stop || ABBREVIATION.test(text.slice(Math.max(from, i - 6), i))) continue
    if (/[\p{Lu}"“‘]/u.test(text[i + 1] ?? '')) return i + 1
  }
  return from
}

const isUpperCode = (code: number): boolean => code >= 65 && code <= 90
const isLowerCode = (code: number): boolean => code >= 97 && code <= 122

/** Whether a capitalised word is glued to the word that begins at `i` (glueAt), after a capitalised word. */
function gluedAt(text: string, i: number): boolean {
  let start = i
  while (start > 0 && /\p{L}/u.test(text[start - 1] as string)) start--
  if (glueAt(text.slice(start, i + 2)) !== i - start) return false
  const previous = /(\S+)\s+$/.exec(text.slice(Math.max(0, start - 30), start))?.[1] ?? ''
  return /^[\p{Lu}(]/u.test(previous)
}

/** Where the sentence holding `at` ends, no later than `to`. */
export function sentenceEnd(text: string, at: number, to: number): number {
  for (let i = at; i < to; i++) {
    const code = text.charCodeAt(i)
    if (code === 10) return i
    if (isStopCode(code) && (i + 1 >= text.length || isSpaceCode(text.charCodeAt(i + 1))) && !ABBREVIATION.test(text.slice(Math.max(at, i - 5), i + 1))) return i + 1
  }
  return to
}
