// Markdown to the plain text Parallax aligns: the words as a reader sees them rendered, with the markup
// gone. markdown-it parses the source as CommonMark, with GitHub's tables and strikethrough, and its
// tokens are walked for their text: headings keep their text (the first level-one heading is the title),
// emphasis and link syntax go around their text, images are dropped, code keeps its text whole, list,
// task-box and quote markers go, a table gives one line per row, HTML keeps the text between its tags
// and never becomes markup. A paragraph wrapped over several lines becomes one line, as it renders, so
// clean-up and alignment see paragraphs. Nothing is added but the characters that character references
// (&amp;) stand for and " | " between a table's cells.

import MarkdownIt from 'markdown-it'
import type { Token } from 'markdown-it'
import { normaliseText } from './decode'

export interface MarkdownText {
  text: string
  title: string | null
}

// The CommonMark preset reads raw HTML as HTML (the default preset would keep its tags as text); tokens
// are only walked for text here, never rendered.
const parser = new MarkdownIt('commonmark').enable(['table', 'strikethrough'])

const HTML_TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>|<!--[\s\S]*?(?:-->|$)|<![A-Za-z][^>]*>|<\?[\s\S]*?(?:\?>|$)/g
const TASK_BOX = /^\[[ xX]\][ \t]+/

/** An inline token's text as it renders: soft line breaks become spaces, hard ones stay, runs of spaces become one. */
function inlineText(token: Token): string {
  let text = ''
  for (const child of token.children ?? []) {
    if (child.type === 'text' || child.type === 'text_special' || child.type === 'code_inline') text += child.content
    else if (child.type === 'softbreak') text += ' '
    else if (child.type === 'hardbreak') text += '\n'
    // Images, inline HTML tags and the opening and closing of emphasis and links have no text of their own.
  }
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t]{2,}/g, ' ').trim())
    .join('\n')
}

/** A YAML front-matter block ("---" ... "---") at the very start: its end line, and its title if it has one. */
function frontMatter(lines: string[]): { end: number; title: string | null } | null {
  if (lines[0]?.trimEnd() !== '---') return null
  const end = lines.findIndex((line, i) => i > 0 && (line.trimEnd() === '---' || line.trimEnd() === '...'))
  if (end < 0 || end > 100) return null
  const body = lines.slice(1, end)
  if (!body.every((line) => line.trim() === '' || /^[\w-]+\s*:|^\s+\S|^-\s/.test(line))) return null
  const titleLine = body.map((line) => /^title\s*:\s*(.+)$/i.exec(line)?.[1]).find((t) => t !== undefined)
  const title = titleLine?.trim().replace(/^(["'])(.*)\1$/, '$2').trim() || null
  return { end, title }
}

interface ListState {
  tight: boolean
  /** The source line the list starts on, to tell whether it follows the block before it directly. */
  start: number
  leaves: number
}

export function markdownToText(markdown: string): MarkdownText {
  // White space at the ends of lines is kept for the parser: two spaces there are a line break.
  const lines = markdown.replaceAll('\u0000', '').replace(/\r\n?|[\u2028\u2029]/g, '\n').replace(/^\uFEFF+/, '').split('\n')
  const front = frontMatter(lines)
  const tokens = parser.parse(lines.slice(front === null ? 0 : front.end + 1).join('\n'), {})
  let text = ''
  let title: string | null = null
  const lists: ListState[] = []
  let lastEnd = -1
  let itemOpened = false
  let rowInTable = false

  /**
   * Blocks are kept apart by a blank line, as paragraphs are; the items of a tight list, a list that
   * directly follows the block before it (a change of marker starts a new list) and a table's rows
   * stand on lines of their own.
   */
  const emit = (leaf: string, map: [number, number] | null): void => {
    const list = lists.at(-1)
    if (leaf !== '') {
      const together =
        rowInTable || (list !== undefined && (list.leaves > 0 ? list.tight : list.start === lastEnd))
      text += text === '' ? leaf : `${together ? '\n' : '\n\n'}${leaf}`
      if (list !== undefined) list.leaves++
    }
    if (map !== null) lastEnd = map[1]
  }

  for (const [i, token] of tokens.entries()) {
    switch (token.type) {
      case 'bullet_list_open':
      case 'ordered_list_open':
        // markdown-it hides the paragraphs of a tight list's items.
        lists.push({ tight: tokens[i + 2]?.hidden === true, start: token.map?.[0] ?? -1, leaves: 0 })
        break
      case 'bullet_list_close':
      case 'ordered_list_close': {
        const closed = lists.pop()
        // A nested list's lines count for the list around it.
        const outer = lists.at(-1)
        if (outer !== undefined && closed !== undefined) outer.leaves += closed.leaves
        break
      }
      case 'list_item_open':
        itemOpened = true
        break
      case 'inline': {
        const opener = tokens[i - 1]
        let leaf = inlineText(token)
        if (itemOpened && opener?.type === 'paragraph_open') leaf = leaf.replace(TASK_BOX, '')
        itemOpened = false
        if (opener?.type === 'heading_open' && opener.tag === 'h1' && leaf !== '') title ??= leaf
        if (opener?.type === 'th_open' || opener?.type === 'td_open') break
        emit(leaf, opener?.map ?? null)
        break
      }
      case 'tr_close': {
        const cells = []
        for (let j = i - 1; j >= 0 && tokens[j]?.type !== 'tr_open'; j--) {
          const cell = tokens[j] as Token
          if (cell.type === 'inline') cells.unshift(inlineText(cell))
        }
        emit(cells.join(' | '), null)
        rowInTable = true
        break
      }
      case 'table_close':
        rowInTable = false
        lastEnd = token.map?.[1] ?? lastEnd
        break
      case 'fence':
      case 'code_block':
        itemOpened = false
        emit(token.content.replace(/\n$/, ''), token.map)
        break
      case 'html_block':
        itemOpened = false
        emit(token.content.replace(HTML_TAG, '').trim(), token.map)
        break
      default:
        break
    }
  }
  return { text: normaliseText(text).replace(/\n{3,}/g, '\n\n').trim(), title: title ?? front?.title ?? null }
}
