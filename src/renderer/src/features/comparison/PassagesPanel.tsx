// The side panel of the comparison: the shared passages, most reports first, each a button that brings
// the passage into view; a filter narrows the list to what one report alone carries, or what every
// report but one carries. Article text is rendered only as React text.

import { useEffect, useId, useMemo, useRef, useState } from 'react'
import type { Span } from '../../../../shared/alignment'
import { countWords } from '../../../../shared/domain/text'
import type { ComparisonViewModel, PassageView } from './model'
import { filterOptions, openingWords, passagesFor, uniqueFor, type PanelFilter } from './panelFilter'
import { useGrowingCount } from './useGrowingCount'
import './PassagesPanel.css'

export interface PassagesPanelProps {
  model: ComparisonViewModel
  texts: readonly string[]
  titles: readonly string[]
  activePassage: string | null
  onSelectPassage: (id: string) => void
  onSelectSpan: (span: Span) => void
}

const numberFormat = new Intl.NumberFormat()

const plural = (n: number, one: string, many: string): string => `${numberFormat.format(n)} ${n === 1 ? one : many}`

/** "in report 2", "in reports 2 and 3", "in reports 1, 2 and 3" (numbers from 1). */
export function reportsLabel(docs: readonly number[]): string {
  const numbers = docs.map((d) => String(d + 1))
  if (numbers.length <= 1) return `in report ${numbers.join('')}`
  return `in reports ${numbers.slice(0, -1).join(', ')} and ${numbers.at(-1)}`
}

function statusOf(filter: PanelFilter, count: number): string {
  switch (filter.kind) {
    case 'all':
      return count === 0 ? 'No shared passages were found in these reports.' : plural(count, 'passage', 'passages')
    case 'allBut':
      return count === 0
        ? `No passage is in every report but report ${filter.doc + 1}.`
        : `${plural(count, 'passage', 'passages')} in all but report ${filter.doc + 1}`
    case 'only':
      return count === 0
        ? `Report ${filter.doc + 1} has no text of its own: all of it is found in another report.`
        : `${plural(count, 'stretch', 'stretches')} only in report ${filter.doc + 1}`
  }
}

interface PassageItemProps {
  passage: PassageView
  /** The longer passage it lies inside, when it is the part more reports share of one. */
  parent: PassageView | undefined
  active: boolean
  onSelect: (id: string) => void
}

function PassageItem({ passage, parent, active, onSelect }: PassageItemProps) {
  return (
    <li>
      <button
        type="button"
        className="passage-item"
        data-passage-item={passage.id}
        aria-current={active ? 'true' : undefined}
        onClick={() => onSelect(passage.id)}
      >
        <span className={`passage-swatch tint-solid tint-${passage.tint}`} aria-hidden="true" />
        <span className="passage-opening">{passage.opening}</span>
        <span className="passage-meta">
          <span className="passage-number">Passage {passage.number}</span>
          <span className="passage-docs" role="img" aria-label={reportsLabel(passage.docs)}>
            {passage.docs.map((doc) => (
              <span key={doc} className="passage-doc">
                {doc + 1}
              </span>
            ))}
          </span>
          <span className="passage-words">{plural(passage.words, 'word', 'words')}</span>
          {parent && (
            <span className="passage-parent" data-passage-parent={parent.id}>
              <span className={`passage-swatch passage-swatch-small tint-solid tint-${parent.tint}`} aria-hidden="true" />
              part of a longer passage {reportsLabel(parent.docs)}
            </span>
          )}
        </span>
      </button>
    </li>
  )
}

function UniqueItem({ span, text, onSelect }: { span: Span; text: string; onSelect: (span: Span) => void }) {
  return (
    <li>
      <button type="button" className="passage-item" data-unique-item={`${span.doc}:${span.start}`} onClick={() => onSelect(span)}>
        <span className="passage-swatch passage-swatch-unique" aria-hidden="true" />
        <span className="passage-opening">{openingWords(text)}</span>
        <span className="passage-meta">
          <span className="passage-words">{plural(countWords(text), 'word', 'words')}</span>
        </span>
      </button>
    </li>
  )
}

export function PassagesPanel({ model, texts, titles, activePassage, onSelectPassage, onSelectSpan }: PassagesPanelProps) {
  const selectId = useId()
  const listRef = useRef<HTMLUListElement>(null)
  const options = useMemo(() => filterOptions(model.columns.length, titles), [model.columns.length, titles])
  const [value, setValue] = useState('all')
  // A filter for a report the comparison no longer has falls back to the first option.
  const option = options.find((o) => o.value === value) ?? (options[0] as (typeof options)[number])
  const passages = passagesFor(model, option.filter)
  const unique = uniqueFor(model, option.filter)
  const count = option.filter.kind === 'only' ? unique.length : passages.length
  // A long list comes a screenful at a time, so it does not hold up the columns' first frame with passages.
  const drawn = useGrowingCount(passages.length + unique.length, model)

  // When the reader picks a passage in a column, bring its item into view here as well.
  useEffect(() => {
    if (activePassage === null) return
    const item = [...(listRef.current?.querySelectorAll<HTMLElement>('[data-passage-item]') ?? [])].find(
      (el) => el.dataset.passageItem === activePassage,
    )
    item?.scrollIntoView?.({ block: 'nearest' })
  }, [activePassage])

  return (
    <aside className="passages-panel" aria-label="Shared passages">
      <header className="passages-header">
        <h2 className="passages-heading">Shared passages</h2>
        <div className="passages-filter">
          <label htmlFor={selectId}>Show</label>
          <select id={selectId} value={option.value} onChange={(event) => setValue(event.target.value)}>
            {options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        <p className="passages-status" role="status">
          {statusOf(option.filter, count)}
        </p>
      </header>
      {count > 0 && (
        <ul className="passages-list" ref={listRef}>
          {passages.slice(0, drawn).map((passage) => (
            <PassageItem
              key={passage.id}
              passage={passage}
              parent={passage.parent === null ? undefined : model.passageById.get(passage.parent)}
              active={passage.id === activePassage}
              onSelect={onSelectPassage}
            />
          ))}
          {unique.slice(0, Math.max(0, drawn - passages.length)).map((span) => (
            <UniqueItem key={`${span.doc}:${span.start}`} span={span} text={(texts[span.doc] ?? '').slice(span.start, span.end)} onSelect={onSelectSpan} />
          ))}
        </ul>
      )}
    </aside>
  )
}
