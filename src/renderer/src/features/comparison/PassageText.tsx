// One paragraph of a report, cut into its segments: plain text, shared passages (tinted, one element per
// run of the same passage, a nested passage an element inside the longer one's), shared phrases
// (underlined), and variant marks inside passages. Article text is untrusted: it is only ever rendered as
// React text.

import type { ReactNode } from 'react'
import type { HighlightColor } from '../../../../shared/domain/highlight'
import { tintMark } from './columnDom'
import type { PassageView, Segment, VariantMark } from './model'
import './PassageText.css'

/** A highlight on a whole shared passage: shown on that passage in every column. */
export interface PassageHighlight {
  id: string
  color: HighlightColor
}

const KIND_LABELS: Record<string, string> = {
  punctuation: 'punctuation',
  case: 'capitals',
  substitution: 'other words',
  insertion: 'added words',
  omission: 'left out',
  same: 'same',
}

const MINOR = new Set(['punctuation', 'case'])

/** How one other report words a marked stretch: its index, its words ('' where it has none) and how they differ. */
export interface MarkWording {
  doc: number
  words: string
  /** What kind of difference, in words ('' where the report words it the same). */
  kind: string
}

export function markWordings(mark: VariantMark): MarkWording[] {
  return mark.others.map((w) => ({ doc: w.doc, words: w.text.trim(), kind: w.kind === 'same' ? '' : (KIND_LABELS[w.kind] ?? w.kind) }))
}

/** "Report 3: “that” (other words)" for each other report: how each words this stretch. */
export function describeMark(mark: VariantMark): string {
  return markWordings(mark)
    .map((w) => `Report ${w.doc + 1}: ${w.words === '' ? '(nothing here)' : `“${w.words}”`}${w.kind === '' ? '' : ` (${w.kind})`}`)
    .join('\n')
}

/** What kind of difference a mark shows, in words. */
export function markKindLabel(mark: VariantMark): string {
  return KIND_LABELS[mark.kind] ?? mark.kind
}

/**
 * A variant's mark: cheap, as there may be thousands. The view's one popover explains the mark under the
 * pointer or the keyboard (data-variant finds it); the mark itself carries no tooltip.
 */
function markOf(text: string, segment: Segment, mark: VariantMark): ReactNode {
  const minor = MINOR.has(mark.kind)
  return (
    <mark
      key={`m${segment.start}`}
      className={`variant variant-${mark.kind}${minor ? ' variant-minor' : ''}${mark.empty ? ' variant-empty' : ''}`}
      data-variant={mark.kind}
      {...(mark.empty ? { role: 'img', 'aria-label': `Words the other reports have here. ${describeMark(mark)}` } : {})}
    >
      {text.slice(segment.start, segment.end)}
    </mark>
  )
}

export interface PassageTextProps {
  text: string
  segments: Segment[]
  passageById: ReadonlyMap<string, PassageView>
  passageHighlights?: ReadonlyMap<string, PassageHighlight> | undefined
  /** On paper: the number of each highlight's note, shown as a marker where the highlight ends. */
  noteNumbers?: ReadonlyMap<string, number> | undefined
}

function noteMarker(number: number | undefined, key: string): ReactNode {
  return number === undefined ? null : <NoteMarker key={key} number={number} />
}

/** A note's number where its highlight ends. */
export function NoteMarker({ number }: { number: number }) {
  return (
    <sup className="note-marker" data-note-marker={number}>
      {number}
    </sup>
  )
}

/** Words marked as a shared phrase, as the text shows them (for a legend). */
export function PhraseSample({ children }: { children: ReactNode }) {
  return <span className="phrase">{children}</span>
}

/** Words marked as a variant of `kind`, or the mark of words missing here (empty), as the text shows them (for a legend). */
export function VariantSample({ kind, empty = false, children }: { kind?: string; empty?: boolean; children?: ReactNode }) {
  const minor = kind !== undefined && MINOR.has(kind)
  return <mark className={`variant${kind ? ` variant-${kind}` : ''}${minor ? ' variant-minor' : ''}${empty ? ' variant-empty' : ''}`}>{children}</mark>
}

/** The segment's text, marked as a variant and wrapped in its highlight, as they apply. */
function segmentContent(text: string, segment: Segment, noteNumbers: ReadonlyMap<string, number> | undefined): ReactNode {
  const inner = segment.variant ? markOf(text, segment, segment.variant) : text.slice(segment.start, segment.end)
  const highlight = segment.highlight
  if (!highlight || segment.start === segment.end) return inner
  const mark = (
    <mark key={`h${segment.start}`} className={`hl hl-${highlight.color}${highlight.noted ? ' hl-noted' : ''}`} data-highlight={highlight.id}>
      {inner}
    </mark>
  )
  return segment.end === highlight.end && noteNumbers?.has(highlight.id) ? [mark, noteMarker(noteNumbers.get(highlight.id), `n${segment.start}`)] : mark
}

const NO_PASSAGE_HIGHLIGHTS: ReadonlyMap<string, PassageHighlight> = new Map()

export function PassageText({ text, segments, passageById, passageHighlights = NO_PASSAGE_HIGHLIGHTS, noteNumbers }: PassageTextProps) {
  /** One element for a run of segments of passage `id`, holding `children`; its note marker after it. */
  const passageElement = (id: string, first: number, last: Segment, children: ReactNode[], nested: boolean): ReactNode[] => {
    const passage = passageById.get(id)
    const marked = passageHighlights.get(id)
    const element = (
      <span
        key={`p${first}`}
        className={`passage tint-${passage?.tint ?? 0}${nested ? ' passage-nested' : ''}${marked ? ` passage-highlight hl-ring-${marked.color}` : ''}`}
        data-passage={id}
        {...tintMark(passage?.tint ?? 0)}
        data-passage-number={passage?.spans.some((s) => s.start === first) ? passage.number : undefined}
        data-passage-highlight={marked?.id}
      >
        {children}
      </span>
    )
    // A whole-passage note's marker goes where the passage ends in this report.
    const marker = marked && passage?.spans.some((s) => s.end === last.end) ? noteMarker(noteNumbers?.get(marked.id), `n${first}`) : null
    return marker ? [element, marker] : [element]
  }

  const out: ReactNode[] = []
  for (let i = 0; i < segments.length; ) {
    const segment = segments[i] as Segment
    if (segment.passage) {
      // A passage, and inside it the passages nested in it: the part more reports share is an element
      // of its own within the longer passage's element.
      const top = segment.outer ?? segment.passage
      const first = segment.start
      const children: ReactNode[] = []
      for (; i < segments.length && (segments[i]?.outer ?? segments[i]?.passage) === top; ) {
        const inner = segments[i] as Segment
        if (inner.passage === top) {
          children.push(segmentContent(text, inner, noteNumbers))
          i++
          continue
        }
        const nestedId = inner.passage as string
        const nestedChildren: ReactNode[] = []
        for (; i < segments.length && segments[i]?.passage === nestedId && segments[i]?.outer === top; i++) {
          nestedChildren.push(segmentContent(text, segments[i] as Segment, noteNumbers))
        }
        children.push(...passageElement(nestedId, inner.start, segments[i - 1] as Segment, nestedChildren, true))
      }
      out.push(...passageElement(top, first, segments[i - 1] as Segment, children, false))
      continue
    }
    if (segment.phrase) {
      out.push(
        <span key={`s${segment.start}`} className="phrase" data-phrase={segment.phrase}>
          {segmentContent(text, segment, noteNumbers)}
        </span>,
      )
    } else {
      out.push(segment.highlight ? segmentContent(text, segment, noteNumbers) : text.slice(segment.start, segment.end))
    }
    i++
  }
  return <>{out}</>
}
