// Selecting text from the keyboard, as the real DOM selection, so the selection toolbar and its keys (1–6,
// N, Escape) work on it as on one made with the mouse. The keys act where the reader is: the caret (caret
// browsing) or the selection's moving end, else the passage the keyboard focus is on, else the first
// paragraph in view of the focused column. Enter selects the passage there (outside passages, the
// paragraph); S selects the sentence (pressed again, the next one); Shift+→ and Shift+← move the
// selection's end a word on or back (with Ctrl or Alt too), starting a selection when there is none.

import { useEffect, type RefObject } from 'react'
import { isTextEntry } from '../../ui/keyboard'
import { offsetIn, type ColumnsDom } from './selectionRange'
import { nextWordEnd, nextWordStart, previousWordEnd, previousWordStart, sentenceAfter, sentenceAround, type TextSpan } from './textUnits'

/** The keys, as the shortcuts help lists them. */
export const SELECTION_KEYS: readonly { keys: string[]; does: string }[] = [
  { keys: ['Enter'], does: 'Select the focused passage (outside passages, the paragraph)' },
  { keys: ['S'], does: 'Select the sentence; again for the next sentence' },
  { keys: ['Shift', '→'], does: 'Extend the selection by a word (Shift+← goes back a word)' },
]

type Action = 'passage' | 'sentence' | 'forward' | 'backward'

interface Point {
  node: Node
  offset: number
}

/** Where the keys act, with the offset in the report's text, and the selection if there is one. */
interface Place {
  body: HTMLElement
  doc: number
  paragraph: HTMLElement
  at: number
  /** The passage element that has the keyboard focus or holds the caret. */
  passage: HTMLElement | null
  selection: { anchor: Point; anchorAt: number; start: number; end: number } | null
}

const elementOf = (node: Node | null): Element | null => (node instanceof Element ? node : (node?.parentElement ?? null))
const startOf = (paragraph: HTMLElement): number => Number(paragraph.dataset['start'])
const endOf = (paragraph: HTMLElement): number => Number(paragraph.dataset['end'])

function actionOf(event: KeyboardEvent): Action | null {
  if (event.metaKey) return null
  const plain = !event.ctrlKey && !event.altKey
  if (event.key === 'Enter' && plain && !event.shiftKey) return 'passage'
  if ((event.key === 's' || event.key === 'S') && plain) return 'sentence'
  if (event.key === 'ArrowRight' && event.shiftKey) return 'forward'
  if (event.key === 'ArrowLeft' && event.shiftKey) return 'backward'
  return null
}

/** The text node and offset at `at` (an offset in the report's text) in the paragraph; a start prefers the next node. */
function pointAt(paragraph: HTMLElement, at: number, side: 'start' | 'end'): Point {
  const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT)
  let left = at - startOf(paragraph)
  let last: Text | null = null
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const length = node.data.length
    if (left < length || (left === length && side === 'end')) return { node, offset: left }
    left -= length
    last = node
  }
  return last ? { node: last, offset: last.data.length } : { node: paragraph, offset: paragraph.childNodes.length }
}

function firstParagraphInView(body: HTMLElement, dom: ColumnsDom): HTMLElement | null {
  const top = body.getBoundingClientRect().top
  const paragraphs = [...body.querySelectorAll<HTMLElement>(dom.paragraph)]
  return paragraphs.find((p) => p.getBoundingClientRect().bottom > top) ?? paragraphs[0] ?? null
}

function placeOf(container: HTMLElement, dom: ColumnsDom, target: EventTarget | null): Place | null {
  const focused = target instanceof Element ? target : null
  const focusBody = focused?.closest<HTMLElement>(dom.columnBody) ?? null
  // With caret browsing the page itself may hold the focus while the caret is in a column.
  if (focusBody ? !container.contains(focusBody) : focused !== document.body) return null
  const selection = document.getSelection()
  const selected = selection && selection.rangeCount > 0 ? elementOf(selection.focusNode) : null
  const selectionBody = selected?.closest<HTMLElement>(dom.columnBody) ?? null
  const body = focusBody ?? selectionBody
  if (!body || !container.contains(body)) return null
  const doc = dom.docOf(body)
  if (doc === null) return null
  if (selection && selected && selectionBody === body) {
    const paragraph = selected.closest<HTMLElement>(dom.paragraph)
    const at = paragraph && offsetIn(selection.focusNode as Node, selection.focusOffset, dom.paragraph)
    const anchorAt = selection.anchorNode && offsetIn(selection.anchorNode, selection.anchorOffset, dom.paragraph)
    if (paragraph && at !== null && anchorAt !== null) {
      const anchor = { node: selection.anchorNode as Node, offset: selection.anchorOffset }
      const span = selection.isCollapsed ? null : { anchor, anchorAt, start: Math.min(anchorAt, at), end: Math.max(anchorAt, at) }
      return { body, doc, paragraph, at, passage: selected.closest<HTMLElement>(dom.passage), selection: span }
    }
  }
  const passage = focused?.closest<HTMLElement>(dom.passage) ?? null
  const paragraph = passage?.closest<HTMLElement>(dom.paragraph) ?? firstParagraphInView(body, dom)
  if (!paragraph) return null
  const at = passage ? (offsetIn(passage, 0, dom.paragraph) ?? startOf(paragraph)) : startOf(paragraph)
  return { body, doc, paragraph, at, passage, selection: null }
}

/** Scrolls the column, if need be, so the point shows. */
function reveal(body: HTMLElement, point: Point): void {
  const range = document.createRange()
  range.setStart(point.node, point.offset)
  const rect = range.getClientRects()[0] ?? elementOf(point.node)?.getBoundingClientRect()
  if (!rect) return
  const view = body.getBoundingClientRect()
  const margin = 24
  if (rect.bottom > view.bottom) body.scrollTop += rect.bottom - view.bottom + margin
  else if (rect.top < view.top) body.scrollTop -= view.top - rect.top + margin
}

function select(body: HTMLElement, anchor: Point, focus: Point): void {
  document.getSelection()?.setBaseAndExtent(anchor.node, anchor.offset, focus.node, focus.offset)
  reveal(body, focus)
}

/** The paragraphs of the column from `paragraph` on in `direction`, with their text. */
function* paragraphsFrom(place: Place, dom: ColumnsDom, text: string, direction: 1 | -1): Generator<{ paragraph: HTMLElement; text: string }> {
  const all = [...place.body.querySelectorAll<HTMLElement>(dom.paragraph)]
  for (let i = all.indexOf(place.paragraph); i >= 0 && i < all.length; i += direction) {
    const paragraph = all[i] as HTMLElement
    yield { paragraph, text: text.slice(startOf(paragraph), endOf(paragraph)) }
  }
}

function selectPassage(place: Place, dom: ColumnsDom): boolean {
  const id = place.passage?.dataset['passage']
  const parts = id === undefined ? [] : [...place.body.querySelectorAll<HTMLElement>(`${dom.passage}[data-passage="${CSS.escape(id)}"]`)]
  const first = parts[0] ?? place.paragraph
  const last = parts.at(-1) ?? place.paragraph
  const range = document.createRange()
  range.selectNodeContents(first)
  const end = document.createRange()
  end.selectNodeContents(last)
  select(place.body, { node: range.startContainer, offset: range.startOffset }, { node: end.endContainer, offset: end.endOffset })
  return true
}

function selectSentence(place: Place, dom: ColumnsDom, text: string): boolean {
  for (const { paragraph, text: words } of paragraphsFrom(place, dom, text, 1)) {
    const base = startOf(paragraph)
    const local = paragraph === place.paragraph ? place.at - base : 0
    let sentence: TextSpan | null = sentenceAround(words, local)
    // Pressed again on the sentence it selected: the next one.
    const current = place.selection
    if (sentence && current && current.start === sentence.start + base && current.end === sentence.end + base) sentence = sentenceAfter(words, sentence)
    if (!sentence) continue
    select(place.body, pointAt(paragraph, base + sentence.start, 'start'), pointAt(paragraph, base + sentence.end, 'end'))
    return true
  }
  return false
}

/**
 * Moves the selection's end a word on (1) or back (-1). Growing, it takes in the whole next word; shrinking
 * (moving towards the other end), it gives back a whole word, so the selection always ends at a word's edge.
 */
function extendByWord(place: Place, dom: ColumnsDom, text: string, direction: 1 | -1): boolean {
  const anchor = place.selection?.anchor ?? pointAt(place.paragraph, place.at, direction > 0 ? 'start' : 'end')
  const shrinking = place.selection !== null && (direction > 0 ? place.at < place.selection.anchorAt : place.at > place.selection.anchorAt)
  const step = direction > 0 ? (shrinking ? nextWordStart : nextWordEnd) : shrinking ? previousWordEnd : previousWordStart
  for (const { paragraph, text: words } of paragraphsFrom(place, dom, text, direction)) {
    const base = startOf(paragraph)
    const from = paragraph === place.paragraph ? place.at - base : direction > 0 ? -1 : words.length + 1
    const to = step(words, from)
    if (to === null) continue
    // Giving back the last word of a selection leaves a caret at its other end, not a selection the other way.
    const anchorAt = place.selection?.anchorAt ?? place.at
    if (shrinking && (direction > 0 ? base + to >= anchorAt : base + to <= anchorAt)) select(place.body, anchor, anchor)
    else select(place.body, anchor, pointAt(paragraph, base + to, (direction > 0) !== shrinking ? 'end' : 'start'))
    return true
  }
  return false
}

/** Installs the keys on the page while the columns are shown in `containerRef`. */
export function useKeyboardSelection(containerRef: RefObject<HTMLElement | null>, dom: ColumnsDom, textOf: (doc: number) => string): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || isTextEntry(event.target)) return
      const action = actionOf(event)
      const container = containerRef.current
      if (!action || !container) return
      const place = placeOf(container, dom, event.target)
      if (!place) return
      const text = textOf(place.doc)
      const done =
        action === 'passage'
          ? selectPassage(place, dom)
          : action === 'sentence'
            ? selectSentence(place, dom, text)
            : extendByWord(place, dom, text, action === 'forward' ? 1 : -1)
      if (!done) return
      // Before the columns' own keys: Shift+→ is not a move to the next column.
      event.preventDefault()
      event.stopPropagation()
    }
    document.addEventListener('keydown', onKey, { capture: true })
    return () => document.removeEventListener('keydown', onKey, { capture: true })
  }, [containerRef, dom, textOf])
}
