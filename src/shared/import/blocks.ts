// Blocks are the unit clean-up works in: every non-blank line of the extracted text, numbered in order.
// A stored article names the blocks it dropped (Article.dropped), and its text is always
// applyCleanup(extracted, dropped), so clean-up can be undone or changed from what is stored.
// Lines, not paragraphs: web copies often run a paragraph, a photo credit and a "Tags" label together
// with single line breaks, and clean-up must be able to take one line of such a run and keep the rest.

export interface TextBlock {
  /** Position among the blocks, from 0. */
  index: number
  /** Offsets into the text (UTF-16 code units) of the line without its surrounding white space. */
  start: number
  end: number
  text: string
}

// The same line breaks as titleFromPlainText, so text that was not normalised first still splits sensibly.
const LINE_BREAK = /\r\n|\r|\n/g

interface Line {
  start: number
  end: number
}

function linesOf(text: string): Line[] {
  const lines: Line[] = []
  let start = 0
  for (const match of text.matchAll(LINE_BREAK)) {
    lines.push({ start, end: match.index })
    start = match.index + match[0].length
  }
  lines.push({ start, end: text.length })
  return lines
}

export function splitBlocks(text: string): TextBlock[] {
  const blocks: TextBlock[] = []
  for (const line of linesOf(text)) {
    const raw = text.slice(line.start, line.end)
    const trimmed = raw.trim()
    if (trimmed === '') continue
    const start = line.start + raw.length - raw.trimStart().length
    blocks.push({ index: blocks.length, start, end: start + trimmed.length, text: trimmed })
  }
  return blocks
}

/**
 * The text without the dropped blocks. Kept lines are copied as they are; the lines of one paragraph
 * (a run of lines between blank lines) stay together, paragraphs are separated by exactly one blank
 * line, and no blank line leads or trails. Indexes that name no block, or name one twice, are ignored.
 */
export function applyCleanup(text: string, dropped: readonly number[]): string {
  const drop = new Set(dropped)
  const paragraphs: string[][] = []
  // The paragraph the next kept line joins; null after a blank line, so a new one starts lazily and a
  // paragraph whose every line is dropped leaves no trace.
  let current: string[] | null = null
  let index = 0
  for (const line of linesOf(text)) {
    const raw = text.slice(line.start, line.end)
    if (raw.trim() === '') {
      current = null
      continue
    }
    if (drop.has(index++)) continue
    if (current === null) {
      current = []
      paragraphs.push(current)
    }
    current.push(raw)
  }
  return paragraphs.map((lines) => lines.join('\n')).join('\n\n')
}
