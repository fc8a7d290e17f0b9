// One paragraph of a report, cut into its segments: plain text, shared passages (tinted, one element per
// run of the same passage), shared phrases (underlined), and variant marks inside passages. Article text is
// untrusted: it is only ever rendered as React text.

import type { ReactNode } from 'react'
import type { HighlightColor } from '../../../../shared/domain/highlight'
import type { PassageView, Segment, VariantMark } from './model'

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

/** "Report 3: “that” (other words)" for each other report: how each words this stretch. */
export function describeMark(mark: VariantMark): string {
  return mark.others
    .map((w) => `Report ${w.doc + 1}: ${w.text.trim() === '' ? '(nothing here)' : `“${w.text.trim()}”`}${w.kind === 'same' ? '' : ` (${KIND_LABELS[w.kind]})`}`)
    .join('\n')
}

function markOf(text: string, segment: Segment, mark: VariantMark): ReactNode {
  const minor = MINOR.has(mark.kind)
  return (
    <mark
      key={`m${segment.start}`}
      className={`variant variant-${mark.kind}${minor ? ' variant-minor' : ''}${mark.empty ? ' variant-empty' : ''}`}
      data-variant={mark.kind}
      title={describeMark(mark)}
      aria-label={mark.empty ? `Words the other reports have here. ${describeMark(mark)}` : undefined}
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
  return number === undefined ? null : (
    <sup key={key} className="note-marker" data-note-marker={number}>
      {number}
    </sup>
  )
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
  const out: ReactNode[] = []
  for (let i = 0; i < segments.length; ) {
    const segment = segments[i] as Segment
    if (segment.passage) {
      const id = segment.passage
      const children: ReactNode[] = []
      const first = segment.start
      for (; i < segments.length && segments[i]?.passage === id; i++) {
        const inner = segments[i] as Segment
        children.push(segmentContent(text, inner, noteNumbers))
      }
      const passage = passageById.get(id)
      const marked = passageHighlights.get(id)
      out.push(
        <span
          key={`p${first}`}
          className={`passage tint-${passage?.tint ?? 0}${marked ? ` passage-highlight hl-ring-${marked.color}` : ''}`}
          data-passage={id}
          data-passage-highlight={marked?.id}
        >
          {children}
        </span>,
      )
      // A whole-passage note's marker goes where the passage ends in this report.
      const last = segments[i - 1] as Segment
      if (marked && passage?.spans.some((s) => s.end === last.end)) out.push(noteMarker(noteNumbers?.get(marked.id), `n${first}`))
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
