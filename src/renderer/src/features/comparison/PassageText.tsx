// One paragraph of a report, cut into its segments: plain text, shared passages (tinted, one element per
// run of the same passage), shared phrases (underlined), and variant marks inside passages. Article text is
// untrusted: it is only ever rendered as React text.

import type { ReactNode } from 'react'
import type { PassageView, Segment, VariantMark } from './model'

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
}

export function PassageText({ text, segments, passageById }: PassageTextProps) {
  const out: ReactNode[] = []
  for (let i = 0; i < segments.length; ) {
    const segment = segments[i] as Segment
    if (segment.passage) {
      const id = segment.passage
      const children: ReactNode[] = []
      const first = segment.start
      for (; i < segments.length && segments[i]?.passage === id; i++) {
        const inner = segments[i] as Segment
        children.push(inner.variant ? markOf(text, inner, inner.variant) : text.slice(inner.start, inner.end))
      }
      const passage = passageById.get(id)
      out.push(
        <span key={`p${first}`} className={`passage tint-${passage?.tint ?? 0}`} data-passage={id} tabIndex={-1}>
          {children}
        </span>,
      )
      continue
    }
    if (segment.phrase) {
      out.push(
        <span key={`s${segment.start}`} className="phrase" data-phrase={segment.phrase}>
          {text.slice(segment.start, segment.end)}
        </span>,
      )
    } else {
      out.push(text.slice(segment.start, segment.end))
    }
    i++
  }
  return <>{out}</>
}
