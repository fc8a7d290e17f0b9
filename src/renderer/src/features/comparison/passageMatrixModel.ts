// The overview of passages × reports: one row per passage, in the passages panel's order and numbering,
// one column per report, each cell saying whether the report carries the passage and how it words it next
// to the passage's base (the first report that carries it, against which the alignment finds variants):
// the same, with only punctuation or capitals changed, or with other words. Cells are one byte each, so
// 500 passages × 50 reports is 25,000 bytes, and the grid reads them without building objects.

import type { Alignment, VariantKind } from '../../../../shared/alignment'
import type { ComparisonViewModel } from './model'

export const CELL_ABSENT = 0
export const CELL_SAME = 1
export const CELL_MINOR = 2
export const CELL_DIFFERS = 3
export type CellState = typeof CELL_ABSENT | typeof CELL_SAME | typeof CELL_MINOR | typeof CELL_DIFFERS

/** A cell's state as a word, for data attributes, class names and tests. */
export const CELL_NAMES = ['absent', 'same', 'minor', 'differs'] as const

export interface MatrixRow {
  id: string
  /** As the passages panel numbers it. */
  number: number
  tint: number
  /** The report whose wording the others are compared with. */
  base: number
  /** Reports carrying it, ascending. */
  docs: readonly number[]
  words: number
  opening: string
}

export interface PassageMatrix {
  reports: number
  rows: readonly MatrixRow[]
  /** rows.length × reports states, row by row. */
  cells: Uint8Array
}

const MINOR_KINDS: ReadonlySet<VariantKind> = new Set(['punctuation', 'case'])

export function buildPassageMatrix(alignment: Alignment, model: ComparisonViewModel): PassageMatrix {
  const reports = model.columns.length
  const groups = new Map(alignment.passages.map((g) => [g.id, g]))
  const rows: MatrixRow[] = model.passages.map((p) => ({
    id: p.id,
    number: p.number,
    tint: p.tint,
    base: p.spans[0]?.doc ?? 0,
    docs: p.docs,
    words: p.words,
    opening: p.opening,
  }))
  rows.sort((a, b) => a.number - b.number)
  const cells = new Uint8Array(rows.length * reports)
  rows.forEach((row, r) => {
    const at = r * reports
    for (const doc of row.docs) cells[at + doc] = CELL_SAME
    for (const variant of groups.get(row.id)?.variants ?? []) {
      if (variant.doc === row.base || variant.doc >= reports) continue
      const state = MINOR_KINDS.has(variant.kind) ? CELL_MINOR : CELL_DIFFERS
      if (state > (cells[at + variant.doc] as number)) cells[at + variant.doc] = state
    }
  })
  return { reports, rows, cells }
}

export function cellAt(matrix: PassageMatrix, row: number, doc: number): CellState {
  return (matrix.cells[row * matrix.reports + doc] ?? CELL_ABSENT) as CellState
}

const SIGNS = ['·', '=', '~', '≠'] as const

/** The matrix as text, a row a line: "3 | = ~ · ≠" (number, then each report: · absent, = same, ~ minor, ≠ other words). */
export function renderMatrix(matrix: PassageMatrix): string {
  return matrix.rows
    .map((row, r) => `${row.number} | ${Array.from({ length: matrix.reports }, (_, doc) => SIGNS[cellAt(matrix, r, doc)]).join(' ')}`)
    .join('\n')
}

/** What a cell says, in words: "Report 3 (Daily Post) carries passage 12 with other words than report 1". */
export function describeCell(matrix: PassageMatrix, row: number, doc: number, reportName: (doc: number) => string): string {
  const passage = matrix.rows[row]
  if (!passage) return ''
  const who = reportName(doc)
  const base = reportName(passage.base)
  switch (cellAt(matrix, row, doc)) {
    case CELL_ABSENT:
      return `${who} does not carry passage ${passage.number}`
    case CELL_SAME:
      return doc === passage.base ? `${who} carries passage ${passage.number}; the other reports are compared with it` : `${who} carries passage ${passage.number} worded as ${base}`
    case CELL_MINOR:
      return `${who} carries passage ${passage.number} with only punctuation or capitals changed from ${base}`
    case CELL_DIFFERS:
      return `${who} carries passage ${passage.number} with other words than ${base}`
  }
}
