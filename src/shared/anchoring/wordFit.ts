// A fuzzy match is found among windows the length of the quote, which can begin or end inside a word ("wn
// the server that hosts" for "down the server that hosts"). Before it is used, its ends are moved to the
// nearby edges of words and marks where the stretch is most like the quote, so a highlight found again marks
// whole words, as the person's selection did; the window as found stays when nothing nearby is closer.

import { similarity } from './similarity'

/** How far either end may move, in characters. */
const REACH = 20
/** Longer quotes are compared by word pairs, which a few characters either way do not change: left as found. */
const MAX_FITTED_QUOTE = 240

type Kind = 'space' | 'word' | 'mark'

function kindAt(text: string, at: number): Kind {
  const ch = text[at]
  if (ch === undefined || /\s/u.test(ch)) return 'space'
  return /[\p{L}\p{N}]/u.test(ch) ? 'word' : 'mark'
}

/** Where a word or a run of marks begins. */
function isStart(text: string, at: number): boolean {
  const kind = kindAt(text, at)
  return kind !== 'space' && (at === 0 || kindAt(text, at - 1) !== kind)
}

/** Where a word or a run of marks ends. */
function isEnd(text: string, at: number): boolean {
  const kind = kindAt(text, at - 1)
  return kind !== 'space' && at > 0 && kindAt(text, at) !== kind
}

function near(text: string, at: number, edge: (text: string, at: number) => boolean): number[] {
  const found = [at]
  for (let i = Math.max(0, at - REACH); i <= Math.min(text.length, at + REACH); i++) if (i !== at && edge(text, i)) found.push(i)
  return found
}

/** The range near [start, end) whose ends lie on edges of words or marks and whose text is most like `exact`. */
export function fitToWords(text: string, start: number, end: number, exact: string): { start: number; end: number } {
  if (exact.length > MAX_FITTED_QUOTE) return { start, end }
  let best = { start, end, score: similarity(text.slice(start, end), exact) }
  const ends = near(text, end, isEnd)
  for (const s of near(text, start, isStart)) {
    for (const e of ends) {
      if (e <= s) continue
      const score = similarity(text.slice(s, e), exact)
      if (score > best.score) best = { start: s, end: e, score }
    }
  }
  return { start: best.start, end: best.end }
}
