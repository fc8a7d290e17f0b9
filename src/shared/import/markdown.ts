// Markdown to the plain text Parallax aligns: the words as a reader sees them rendered, with the markup
// gone. Headings keep their text (the first level-one heading is the title), emphasis and link syntax
// are removed around their text, images are dropped, code keeps its text, list and quote markers go.
// A paragraph wrapped over several lines becomes one line, as it renders, so clean-up and alignment see
// paragraphs. Nothing is added: the result is the input with characters removed and white space changed.

import { normaliseText } from './decode'

export interface MarkdownText {
  text: string
  title: string | null
}

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})(.*)$/
const ATX_OPEN = /^ {0,3}(#{1,6})(?:[ \t]+|$)/
const SETEXT_ONE = /^ {0,3}=+[ \t]*$/
const SETEXT_TWO = /^ {0,3}-+[ \t]*$/
const THEMATIC_BREAK = /^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/
const LINK_DEFINITION = /^ {0,3}\[[^\]]+\]:[ \t]*\S/
const QUOTE_MARKER = /^ {0,3}>[ \t]?/
const BULLET = /^[ \t]*[-*+][ \t]+(?:\[[ xX]\][ \t]+)?/
const ORDERED = /^[ \t]*(\d{1,9})[.)][ \t]+(?:\[[ xX]\][ \t]+)?/

// Literal stretches (code spans, backslash escapes) are set aside behind these two noncharacters while
// the markup rules run, so "\*" and `a*b*` keep their asterisks.
const HOLD_OPEN = '\uFDD0'
const HOLD_CLOSE = '\uFDD1'
const HELD = /\uFDD0(\d+)\uFDD1/g

const DESTINATION = String.raw`\(\s*<?(?:[^()\s<>]|\([^()\s]*\))*>?(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*\)`
const REFERENCE = String.raw`\[[^\]]*\]`
const IMAGE = new RegExp(String.raw`!\[[^\]]*\](?:${DESTINATION}|${REFERENCE})`, 'g')
const LINK = new RegExp(String.raw`\[((?:[^\[\]]|\[[^\[\]]*\])*)\](?:${DESTINATION}|${REFERENCE})`, 'g')
const AUTOLINK = /<((?:https?|ftp|mailto):[^\s<>]*|[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+)>/g
const HTML_TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>|<!--[\s\S]*?-->/g

/** "## Title ##": the level and the text, without the optional closing run of #. */
function atxHeading(line: string): { level: number; content: string } | null {
  const open = ATX_OPEN.exec(line)
  if (open === null) return null
  const content = line.slice(open[0].length).trimEnd()
  // Read from the end by hand: /[ \t]+#+$/ would retry from every # of a long run.
  let end = content.length
  while (end > 0 && content[end - 1] === '#') end--
  const closed = end === 0 || content[end - 1] === ' ' || content[end - 1] === '\t'
  return { level: (open[1] as string).length, content: closed ? content.slice(0, end).trimEnd() : content }
}

/** The text of one line of Markdown as it renders: markup removed, literal text kept. */
function inline(source: string): string {
  const held: string[] = []
  let text = source
  if (!text.includes(HOLD_OPEN) && !text.includes(HOLD_CLOSE)) {
    const hold = (literal: string): string => `${HOLD_OPEN}${held.push(literal) - 1}${HOLD_CLOSE}`
    text = text
      .replace(/(?<!`)(`+)(?!`)(.+?)(?<!`)\1(?!`)/g, (_m, _ticks: string, code: string) => hold(/^ .* $/.test(code) ? code.slice(1, -1) : code))
      .replace(/\\([!-/:-@[-`{-~])/g, (_m, char: string) => hold(char))
  }
  text = text
    .replace(IMAGE, '')
    .replace(LINK, '$1')
    .replace(AUTOLINK, '$1')
    .replace(HTML_TAG, '')
    // Emphasis: runs of * or ~~ that touch a word on one side; _ only outside words, so snake_case stays.
    .replace(/\*+(?=\S)|(?<=\S)\*+/g, '')
    .replace(/~{2,}(?=\S)|(?<=\S)~{2,}/g, '')
    .replace(/(?<![\p{L}\p{N}])_+(?=\S)|(?<=\S)_+(?![\p{L}\p{N}])/gu, '')
    .replace(HELD, (_m, n: string) => held[Number(n)] ?? '')
  return text.replace(/[ \t]{2,}/g, ' ').trim()
}

/** A YAML front-matter block ("---" ... "---") at the very start: its end line, and its title if it has one. */
function frontMatter(lines: string[]): { end: number; title: string | null } | null {
  if (lines[0] !== '---') return null
  const end = lines.findIndex((line, i) => i > 0 && (line === '---' || line === '...'))
  if (end < 0 || end > 100) return null
  const body = lines.slice(1, end)
  if (!body.every((line) => line.trim() === '' || /^[\w-]+\s*:|^\s+\S|^-\s/.test(line))) return null
  const titleLine = body.map((line) => /^title\s*:\s*(.+)$/i.exec(line)?.[1]).find((t) => t !== undefined)
  const title = titleLine?.trim().replace(/^(["'])(.*)\1$/, '$2').trim() || null
  return { end, title }
}

export function markdownToText(markdown: string): MarkdownText {
  const lines = normaliseText(markdown).split('\n')
  const out: string[] = []
  let paragraph: string[] = []
  let title: string | null = null
  let fence: { char: string; length: number } | null = null
  /** Whether the paragraph being read is a list item, which the next numbered item may follow directly. */
  let inItem = false

  const flush = (): void => {
    const joined = paragraph.join(' ').trim()
    if (joined !== '') out.push(joined)
    paragraph = []
    inItem = false
  }
  const breakParagraph = (): void => {
    flush()
    out.push('')
  }

  const front = frontMatter(lines)
  for (let i = front === null ? 0 : front.end + 1; i < lines.length; i++) {
    const raw = lines[i] as string
    if (fence !== null) {
      const close = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(raw)
      if (close && close[1]?.[0] === fence.char && (close[1]?.length ?? 0) >= fence.length) {
        fence = null
        out.push('')
      } else {
        out.push(raw)
      }
      continue
    }
    let line = raw
    while (QUOTE_MARKER.test(line)) line = line.replace(QUOTE_MARKER, '')
    const open = FENCE_OPEN.exec(line)
    if (open && !(open[1]?.startsWith('`') && open[2]?.includes('`'))) {
      breakParagraph()
      fence = { char: (open[1] as string)[0] as string, length: (open[1] as string).length }
      continue
    }
    if (line.trim() === '' || LINK_DEFINITION.test(line)) {
      breakParagraph()
      continue
    }
    if (paragraph.length > 0 && (SETEXT_ONE.test(line) || SETEXT_TWO.test(line))) {
      if (SETEXT_ONE.test(line)) title ??= paragraph.join(' ').trim() || null
      breakParagraph()
      continue
    }
    if (THEMATIC_BREAK.test(line)) {
      breakParagraph()
      continue
    }
    const heading = atxHeading(line)
    if (heading) {
      flush()
      const text = inline(heading.content)
      if (heading.level === 1 && text !== '') title ??= text
      out.push(text, '')
      continue
    }
    // A list item starts a line of its own. A number interrupts prose only from 1, as in CommonMark,
    // so "2013. It was ..." inside a paragraph stays text.
    const ordered = ORDERED.exec(line)
    const marker = BULLET.exec(line) ?? (ordered && (paragraph.length === 0 || inItem || ordered[1] === '1') ? ordered : null)
    if (marker) {
      flush()
      line = line.slice(marker[0].length)
      inItem = true
    }
    const hardBreak = /\\$/.test(line)
    paragraph.push(inline(hardBreak ? line.slice(0, -1) : line))
    if (hardBreak) flush()
  }
  flush()
  const text = out.join('\n').replace(/\n{3,}/g, '\n\n').trim()
  return { text, title: title ?? front?.title ?? null }
}
