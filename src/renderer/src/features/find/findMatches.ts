// Finding a phrase in every report of a comparison, as a reader means it: capitals and accents do not
// matter, any run of spaces or line breaks matches any other, and nothing in the query is a pattern.
// A match never crosses a paragraph break, because each paragraph is its own block on screen.
// Pure: offsets are into the article texts, so the DOM side can map them to ranges.

export interface Match {
  /** Index of the report (column). */
  doc: number
  /** Offsets into that report's text: [start, end). */
  start: number
  end: number
}

/** A text folded for searching, with each folded character's extent in the original. */
export interface Folded {
  text: string
  starts: number[]
  ends: number[]
}

const MARKS = /\p{M}/gu
const WHITESPACE = /\s/u
// Never produced by folding a query: stands for a paragraph break so no match spans one.
const PARAGRAPH_BREAK = '\n'

function foldChar(char: string, code: number): string {
  // Plain ASCII is most of most reports; it needs no Unicode normalisation.
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 32) : char
  return char.normalize('NFD').replace(MARKS, '').toLowerCase()
}

/** Lower-cases, strips accents and collapses whitespace, keeping the way back to original offsets. */
export function foldText(text: string): Folded {
  const folded: string[] = []
  const starts: number[] = []
  const ends: number[] = []
  let i = 0
  while (i < text.length) {
    const code = text.codePointAt(i) as number
    const char = String.fromCodePoint(code)
    const next = i + char.length
    if (WHITESPACE.test(char)) {
      // One run of whitespace becomes one space, or a break when it holds a blank line.
      let end = next
      let newlines = char === '\n' ? 1 : 0
      while (end < text.length && WHITESPACE.test(text[end] as string)) {
        if (text[end] === '\n') newlines++
        end++
      }
      folded.push(newlines >= 2 ? PARAGRAPH_BREAK : ' ')
      starts.push(i)
      ends.push(end)
      i = end
      continue
    }
    const piece = foldChar(char, code)
    if (piece === '') {
      // A lone combining mark belongs to the letter before it: a match on that letter takes it too.
      if (ends.length > 0) ends[ends.length - 1] = next
    } else {
      // One entry per UTF-16 unit, so indexes into the folded string index these arrays.
      for (let k = 0; k < piece.length; k++) {
        folded.push(piece[k] as string)
        starts.push(i)
        ends.push(next)
      }
    }
    i = next
  }
  return { text: folded.join(''), starts, ends }
}

/** The query as it is compared: folded the same way, trimmed, all whitespace one space. */
export function foldQuery(query: string): string {
  return foldText(query.trim()).text.replaceAll(PARAGRAPH_BREAK, ' ')
}

/** Every match of the query, column by column and, within a column, in reading order; none overlap. */
export function findMatches(texts: readonly string[], query: string): Match[] {
  return findInFolded(texts.map(foldText), query)
}

/** As findMatches, on texts folded once beforehand (folding is the slow part; typing should not redo it). */
export function findInFolded(folded: readonly Folded[], query: string): Match[] {
  const needle = foldQuery(query)
  if (needle === '') return []
  const matches: Match[] = []
  folded.forEach((hay, doc) => {
    let at = hay.text.indexOf(needle)
    while (at !== -1) {
      matches.push({ doc, start: hay.starts[at] as number, end: hay.ends[at + needle.length - 1] as number })
      at = hay.text.indexOf(needle, at + needle.length)
    }
  })
  return matches
}
