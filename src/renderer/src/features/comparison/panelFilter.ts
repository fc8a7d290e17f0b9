// What the passages panel lists under each filter: every shared passage, what one report alone carries,
// or what every report but one carries. Pure functions of the view model, so the panel only draws.

import type { Span } from '../../../../shared/alignment'
import type { ComparisonViewModel, PassageView } from './model'

export type PanelFilter = { kind: 'all' } | { kind: 'only'; doc: number } | { kind: 'allBut'; doc: number }

export interface FilterOption {
  /** Stable text for a <select> value: 'all', 'only:1', 'allBut:2'. */
  value: string
  label: string
  filter: PanelFilter
}

const TITLE_CHARS = 40
const OPENING_WORDS = 12

export function filterValue(filter: PanelFilter): string {
  return filter.kind === 'all' ? 'all' : `${filter.kind}:${filter.doc}`
}

/** A title cut to about `max` characters, at a word break where there is one. */
export function shortTitle(title: string, max = TITLE_CHARS): string {
  const clean = title.replace(/\s+/g, ' ').trim()
  if (clean.length <= max) return clean
  const cut = clean.slice(0, max)
  const lastSpace = cut.lastIndexOf(' ')
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.—–-]+$/, '')}…`
}

function optionLabel(prefix: string, doc: number, title: string | undefined): string {
  const short = shortTitle(title ?? '')
  return short === '' ? `${prefix} report ${doc + 1}` : `${prefix} ${doc + 1} — ${short}`
}

/**
 * The choices of the panel's filter. "In all but report N" only from three reports on: with two it
 * would be the same list as "only in the other report".
 */
export function filterOptions(docCount: number, titles: readonly string[]): FilterOption[] {
  const options: FilterOption[] = [{ value: 'all', label: 'All shared passages', filter: { kind: 'all' } }]
  if (docCount < 2) return options
  const docs = Array.from({ length: docCount }, (_, doc) => doc)
  const add = (filter: PanelFilter, label: string): void => {
    options.push({ value: filterValue(filter), label, filter })
  }
  for (const doc of docs) add({ kind: 'only', doc }, optionLabel('Only in', doc, titles[doc]))
  if (docCount >= 3) for (const doc of docs) add({ kind: 'allBut', doc }, optionLabel('In all but', doc, titles[doc]))
  return options
}

/** The passages to list, in model order: all of them, none (for "only in"), or those in every report but one. */
export function passagesFor(model: ComparisonViewModel, filter: PanelFilter): PassageView[] {
  switch (filter.kind) {
    case 'all':
      return model.passages
    case 'only':
      return []
    case 'allBut': {
      const docCount = model.columns.length
      return model.passages.filter((p) => p.docs.length === docCount - 1 && !p.docs.includes(filter.doc))
    }
  }
}

/** The stretches one report alone carries, in text order, under "only in"; none otherwise. */
export function uniqueFor(model: ComparisonViewModel, filter: PanelFilter): Span[] {
  if (filter.kind !== 'only') return []
  const column = model.columns.find((c) => c.doc === filter.doc)
  return column ? [...column.unique].sort((a, b) => a.start - b.start) : []
}

/** The first words of a stretch, to stand for it in a list. */
export function openingWords(text: string, count = OPENING_WORDS): string {
  const words = text.split(/\s+/).filter(Boolean)
  return words.length > count ? `${words.slice(0, count).join(' ')}…` : words.join(' ')
}
