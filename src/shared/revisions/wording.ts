// Word-by-word differences between sentences of two versions already known to be the same sentences: the
// longest run of words they share in order (the alignment's own table, commonRuns), and between those words
// what was replaced, added or left out; the words they share compared as written (other capitals, other
// punctuation inside a word) and the marks between them. Quote, apostrophe and dash forms and white space
// are made alike first: a page rebuilt with curly quotes or wrapped otherwise has not been edited.

import { commonRuns, normalizeWord, type VariantKind } from '../alignment'
import { forEachWord, type TextSpan } from '../domain/text'
import type { Difference, Snip } from './types'

export interface Word {
  start: number
  end: number
  /** The matching form's number: the same word in either version has the same one. */
  id: number
  /** Index of the sentence holding it, in its version's list. */
  sentence: number
}

/** Numbers for the words' matching forms, shared by the two versions of one summary. */
export class WordForms {
  private readonly ids = new Map<string, number>()

  id(word: string): number {
    const form = normalizeWord(word)
    let id = this.ids.get(form)
    if (id === undefined) this.ids.set(form, (id = this.ids.size + 1))
    return id
  }
}

export const snip = (text: string, start: number, end: number): Snip => ({ start, end, text: text.slice(start, end) })

/** The words of the given sentences, in order. */
export function wordsOfSentences(text: string, sentences: readonly TextSpan[], indexes: readonly number[], forms: WordForms): Word[] {
  const words: Word[] = []
  for (const sentence of indexes) {
    const { start, end } = sentences[sentence] as TextSpan
    forEachWord(text.slice(start, end), (s, e) => words.push({ start: start + s, end: start + e, id: forms.id(text.slice(start + s, start + e)), sentence }))
  }
  return words
}

/** Quote, apostrophe and dash forms made alike and white space taken out: what never counts as a change. */
export function typographic(text: string): string {
  return text
    .replace(/\s+/g, '')
    .replace(/[‘’‚‛′`ʼ]/g, "'")
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/[—–‐‑−]/g, '-')
    .replace(/…/g, '...')
}

/** Past this many cells, two stretches are said to differ whole rather than compared word by word. */
const MAX_CELLS = 4_000_000

/** A mark's snip without the white space around it; an empty snip where only white space was. */
function trimmed(text: string, start: number, end: number): Snip {
  let s = start
  let e = end
  while (s < e && /\s/.test(text[s] as string)) s++
  while (e > s && /\s/.test(text[e - 1] as string)) e--
  return s < e ? snip(text, s, e) : snip(text, start, start)
}

export interface Stretch {
  text: string
  words: readonly Word[]
  /** From the first sentence's start to the last one's end. */
  span: TextSpan
}

/** How the newer stretch words what the older says. */
export function compareStretches(older: Stretch, newer: Stretch): Difference[] {
  const a = older.words
  const b = newer.words
  const differences: Difference[] = []
  const add = (kind: VariantKind, before: Snip, after: Snip): void => void differences.push({ kind, before, after })
  // An empty side sits right after the word before it, or at the stretch's start.
  const place = (side: Stretch, k: number): Snip => {
    const at = k > 0 ? (side.words[k - 1] as Word).end : side.span.start
    return snip(side.text, at, at)
  }
  const gap = (i0: number, i1: number, j0: number, j1: number): void => {
    if (i0 === i1 && j0 === j1) return
    const before = i0 < i1 ? snip(older.text, (a[i0] as Word).start, (a[i1 - 1] as Word).end) : place(older, i0)
    const after = j0 < j1 ? snip(newer.text, (b[j0] as Word).start, (b[j1 - 1] as Word).end) : place(newer, j0)
    // Words added or dropped between two words both keep: where the marks around them change too ("clashes,
    // and the" for "clashes. The"), the words and marks together are what was replaced.
    if ((i0 === i1) !== (j0 === j1) && i0 > 0 && j0 > 0 && i1 < a.length && j1 < b.length) {
      const around = (side: Stretch, from: number, to: number): string => {
        const w = side.words
        if (from === to) return side.text.slice((w[from - 1] as Word).end, (w[from] as Word).start)
        return side.text.slice((w[from - 1] as Word).end, (w[from] as Word).start) + side.text.slice((w[to - 1] as Word).end, (w[to] as Word).start)
      }
      if (typographic(around(older, i0, i1)) !== typographic(around(newer, j0, j1))) {
        add('substitution', trimmed(older.text, (a[i0 - 1] as Word).end, (a[i1] as Word).start), trimmed(newer.text, (b[j0 - 1] as Word).end, (b[j1] as Word).start))
        return
      }
    }
    add(i0 === i1 ? 'insertion' : j0 === j1 ? 'omission' : 'substitution', before, after)
  }
  const marks = (aFrom: number, aTo: number, bFrom: number, bTo: number): void => {
    if (typographic(older.text.slice(aFrom, aTo)) !== typographic(newer.text.slice(bFrom, bTo))) add('punctuation', trimmed(older.text, aFrom, aTo), trimmed(newer.text, bFrom, bTo))
  }
  const sameWord = (x: Word, y: Word): void => {
    const before = typographic(older.text.slice(x.start, x.end))
    const after = typographic(newer.text.slice(y.start, y.end))
    if (before !== after) add(before.toLowerCase() === after.toLowerCase() ? 'case' : 'punctuation', snip(older.text, x.start, x.end), snip(newer.text, y.start, y.end))
  }

  const runs = a.length * b.length <= MAX_CELLS ? commonRuns(Int32Array.from(a, (w) => w.id), Int32Array.from(b, (w) => w.id)) : []
  let i = 0
  let j = 0
  for (const run of runs) {
    gap(i, run.a, j, run.b)
    if (run.a === 0 && run.b === 0) marks(older.span.start, (a[0] as Word).start, newer.span.start, (b[0] as Word).start)
    for (let t = 0; t < run.length; t++) {
      const x = a[run.a + t] as Word
      const y = b[run.b + t] as Word
      if (t > 0) {
        const px = a[run.a + t - 1] as Word
        const py = b[run.b + t - 1] as Word
        // Words of sentences apart from each other (a sentence moved in between) have no marks to compare.
        if (x.sentence - px.sentence <= 1 && y.sentence - py.sentence <= 1) marks(px.end, x.start, py.end, y.start)
      }
      sameWord(x, y)
    }
    i = run.a + run.length
    j = run.b + run.length
  }
  gap(i, a.length, j, b.length)
  const lastA = a.at(-1)
  const lastB = b.at(-1)
  if (lastA && lastB && i === a.length && j === b.length && runs.length > 0) marks(lastA.end, older.span.end, lastB.end, newer.span.end)
  return differences.sort((x, y) => x.before.start - y.before.start || x.after.start - y.after.start)
}
