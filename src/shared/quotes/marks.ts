// Where a report's quotation marks open and close: the stretches of text it prints as someone's words.
// Double marks, straight or curly, are the quotation marks; single marks inside them are a quotation within
// the quotation, part of it. A report that opens its quotations with single marks (more than twice as often
// as double ones) quotes with single marks, double ones nested inside; two single marks in a row ('' or ‘‘ ’’)
// are one double mark typed with two keys. A quotation that runs over several paragraphs opens again at each
// paragraph and closes only at its end. Offsets are UTF-16 indexes into the text, as the alignment's are.

import { classOf, SPACE } from './charClasses'

/** One stretch inside quotation marks: text.slice(start, end), without the marks. */
export interface QuotedSpan {
  start: number
  end: number
  /** Paragraphs it runs over (1 for most). */
  paragraphs: number
}

const DOUBLE_OPEN = new Set(['“', '„', '«', '‟'])
const DOUBLE_CLOSE = new Set(['”', '»'])
const SINGLE_OPEN = new Set(['‘', '‚', '‹'])
const SINGLE_CLOSE = new Set(['’', '›'])

/** Words that open with an apostrophe: a decade ('90s), a few cut short ('em, 'til, 'cause, 'n'), and the end
 *  of a possessive or a contraction set apart by a space (Bork 's, we 're). */
const ELISION = /^(?:\d\ds\b|\d\d\b|em\b|til\b|cause\b|n['’]?\s|(?:s|t|d|m|ll|re|ve)\s)/i

/** Any quotation mark or apostrophe, double or single. */
const MARK = /["“”„«»‟‘’‚‹›']/g
const DOUBLE_MARK = /["“”„«»‟]/
const SINGLE_MARK = /[‘’‚‹']/g

const isSpace = (ch: string | undefined): boolean => ch === undefined || /\s/.test(ch)
const isWordChar = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch)
/** Whether only spaces stand between `from` and the end of its line. */
function endsLine(text: string, from: number): boolean {
  let j = from
  while (j < text.length && text[j] !== '\n' && isSpace(text[j])) j++
  return j === text.length || text[j] === '\n'
}

/** Before an opening mark: the start, a space, a bracket or a dash. */
const opensAfter = (ch: string | undefined): boolean => ch === undefined || /[\s([{—–\-/:]/.test(ch)

interface Marks {
  /** Whether the character at i opens, closes, or is no quotation mark of this kind. */
  role: (text: string, i: number) => 'open' | 'close' | 'either' | null
}

const doubleMarks: Marks = {
  role(text, i) {
    const ch = text[i] as string
    if (DOUBLE_OPEN.has(ch)) {
      // A closing mark typed as an opening one: after a word or a sentence's punctuation and before a space,
      // or last on its line (an opening mark has words after it).
      const before = text[i - 1]
      if ((isWordChar(before) || /[.,!?;:]/.test(before ?? '')) && isSpace(text[i + 1])) return 'close'
      return endsLine(text, i + 1) ? 'close' : 'open'
    }
    if (DOUBLE_CLOSE.has(ch)) return isSpace(text[i - 1]) && isWordChar(text[i + 1]) ? 'open' : 'close'
    if (ch !== '"') return null
    const before = text[i - 1]
    const after = text[i + 1]
    if (opensAfter(before) && !isSpace(after)) return 'open'
    if (!isSpace(before) && (isSpace(after) || /[\p{P}]/u.test(after ?? ''))) return 'close'
    return 'either'
  },
}

const singleMarks: Marks = {
  role(text, i) {
    const ch = text[i] as string
    const before = text[i - 1]
    const after = text[i + 1]
    if (SINGLE_OPEN.has(ch)) {
      // An opening mark never follows a word: straight after one it is an apostrophe or a closing mark
      // typed with the wrong curl (Holmes‘ apartment, Mr. Ryan‘s).
      if (isWordChar(before)) return isWordChar(after) ? null : 'close'
      return 'open'
    }
    if (SINGLE_CLOSE.has(ch) || ch === "'") {
      // An apostrophe: inside a word (it's, Obama's) or a year or a word cut short ('90s, rock 'n').
      if (isWordChar(before) && isWordChar(after)) return null
      if (ELISION.test(text.slice(i + 1, i + 6))) return null
      if (ch === "'" && opensAfter(before) && isWordChar(after)) return 'open'
      if (isWordChar(before) || /[.,!?;:]/.test(before ?? '')) return isWordChar(after) ? null : 'close'
      return null
    }
    return null
  },
}

/** The paragraphs of a text: [start, end) of each line that has something on it (not white space alone). */
export function paragraphsOf(text: string): Array<[number, number]> {
  const paragraphs: Array<[number, number]> = []
  for (let start = 0; start <= text.length; ) {
    const newline = text.indexOf('\n', start)
    const end = newline < 0 ? text.length : newline
    let i = start
    while (i < end && (classOf(text.charCodeAt(i)) & SPACE) !== 0) i++
    if (i < end) paragraphs.push([start, end])
    start = end + 1
  }
  return paragraphs
}

/** The first character of a paragraph that is not white space. */
function firstVisible(text: string, [start, end]: [number, number]): number {
  let i = start
  while (i < end && isSpace(text[i])) i++
  return i
}

/** Whether text.slice(from, to) has single quotation marks and no double ones. */
function usesSingleMarksAlone(text: string, from: number, to: number): boolean {
  const paragraph = text.slice(from, to)
  if (DOUBLE_MARK.test(paragraph)) return false
  SINGLE_MARK.lastIndex = 0
  for (let found = SINGLE_MARK.exec(paragraph); found; found = SINGLE_MARK.exec(paragraph)) if (singleMarks.role(text, from + found.index) === 'open') return true
  return false
}

/** Whether the text quotes with single marks only (no double quotation mark anywhere). */
function quotesWithSingleMarks(text: string): boolean {
  // Which marks open quotations, counted where a quotation opens (at the start or after a space): a
  // report in the style that quotes with single marks ('…') nests double ones inside them.
  // Only the marks are looked at, found by one expression: a test of every place of a long report cost more.
  let singles = 0
  let doubles = 0
  OPENING_MARK.lastIndex = 0
  while (OPENING_MARK.test(text)) {
    const i = OPENING_MARK.lastIndex - 1
    const c = text.charCodeAt(i)
    const single = c === 0x2018 || c === 0x201a || c === 0x2039 || c === 39
    if (i > 0 && !OPENS_AFTER.test(text.charAt(i - 1))) continue
    if (single) {
      if (i + 1 < text.length && LETTER.test(String.fromCodePoint(text.codePointAt(i + 1) as number)) && !ELISION.test(text.slice(i + 1, i + 6))) singles++
    } else if (i + 1 < text.length && !/\s/.test(text.charAt(i + 1))) doubles++
  }
  return singles > 0 && singles > 2 * doubles
}

/** The marks that may open a quotation, single and double. */
const OPENING_MARK = /['"‘‚‹“„«]/g
/** What may stand before a mark that opens a quotation (besides the text's start), and a letter. */
const OPENS_AFTER = /[\s(—–]/
const LETTER = /^\p{L}/u

/** A run of two or three of one single mark: two of them typed for one double mark. */
const DOUBLED = /(['‘’])\1{1,2}/g

/**
 * The text with each pair of single marks typed for a double one (''…'', ‘‘…’’, "…'') written as that
 * double mark beside a space, so that quotations are found as in any text and keep the text's offsets.
 * A pair opens before a word and closes after one; in a run of three the pair is the two at the outside
 * (’’’ closes a quotation within a quotation, then the quotation). A report that quotes with single marks
 * even so is left as it is: there two marks in a row close a quotation within one, then that one.
 */
export function withDoubledMarks(text: string): string {
  DOUBLED.lastIndex = 0
  if (!DOUBLED.test(text)) return text
  const doubled = text.replace(DOUBLED, (run: string, _mark: string, at: number) => {
    const before = text[at - 1]
    const after = text[at + run.length]
    if (opensAfter(before) && isWordChar(after)) return ` “${run.slice(2)}`
    if (!isSpace(before) && !isWordChar(after)) return `${run.slice(0, -2)}” `
    return run
  })
  return quotesWithSingleMarks(doubled) ? text : doubled
}

/** The stretches of `text` inside quotation marks, in order. */
export function findQuotedSpans(text: string): QuotedSpan[] {
  return quotedSpansOf(withDoubledMarks(text))
}

/** The same, for a text already read with its doubled single marks as double ones (withDoubledMarks). */
export function quotedSpansOf(text: string): QuotedSpan[] {
  const everywhere = quotesWithSingleMarks(text) ? singleMarks : doubleMarks
  const paragraphs = paragraphsOf(text)
  const spans: QuotedSpan[] = []
  let open: { start: number; paragraphs: number } | null = null
  for (let p = 0; p < paragraphs.length; p++) {
    const paragraph = paragraphs[p] as [number, number]
    const [from, to] = paragraph
    // A headline or a caption quotes with single marks where the text itself uses double ones.
    const marks = !open && everywhere === doubleMarks && usesSingleMarksAlone(text, from, to) ? singleMarks : everywhere
    if (open) {
      // Still open from the paragraph before: this one must open again, or the quotation ended there.
      const first = firstVisible(text, paragraph)
      const role = marks.role(text, first)
      if (role === 'open' || role === 'either') {
        open.paragraphs += 1
      } else {
        const previous = paragraphs[p - 1] as [number, number]
        spans.push({ start: open.start, end: trimEnd(text, open.start, previous[1]), paragraphs: open.paragraphs })
        open = null
      }
    }
    // Only the quotation marks and apostrophes of the paragraph are looked at.
    MARK.lastIndex = from
    for (let found = MARK.exec(text); found && found.index < to; found = MARK.exec(text)) {
      const i = found.index
      const role = marks.role(text, i)
      if (role === null) continue
      if (open) {
        if (role === 'open' && i === firstVisible(text, paragraph) && open.paragraphs > 1) continue
        if (role === 'close' || role === 'either') {
          spans.push({ start: open.start, end: i, paragraphs: open.paragraphs })
          open = null
        }
        // An opening mark inside a quotation: a typing slip; the quotation goes on.
      } else if (role === 'open' || role === 'either') {
        open = { start: i + 1, paragraphs: 1 }
      }
    }
    if (open) {
      // Open at the end of the paragraph: it goes on only if the next paragraph opens again.
      const next = paragraphs[p + 1]
      const nextRole = next && marks === everywhere ? marks.role(text, firstVisible(text, next)) : null
      if (nextRole !== 'open' && nextRole !== 'either') {
        spans.push({ start: open.start, end: trimEnd(text, open.start, to), paragraphs: open.paragraphs })
        open = null
      }
    }
  }
  return spans.filter((s) => s.end > s.start)
}

/** The end of a quotation cut at a paragraph's end, without the trailing white space. */
function trimEnd(text: string, start: number, end: number): number {
  let e = end
  while (e > start && isSpace(text[e - 1])) e--
  return e
}
