// The overview's model on real alignments: one row per passage in the panel's numbering, one column per
// report, each cell absent, worded as the base report, with only punctuation or capitals changed, or with
// other words; checked against texts whose passages are known by construction.

import { describe, expect, it } from 'vitest'
import { alignDocuments } from '../../../../../src/shared/alignment'
import { buildViewModel } from '../../../../../src/renderer/src/features/comparison/model'
import {
  buildPassageMatrix,
  CELL_NAMES,
  cellAt,
  describeCell,
  renderMatrix,
} from '../../../../../src/renderer/src/features/comparison/passageMatrixModel'
import { generateReports } from '../../../../fixtures/manyReports'

function matrixOf(texts: string[]) {
  const alignment = alignDocuments(texts)
  const model = buildViewModel(texts, alignment)
  return { model, matrix: buildPassageMatrix(alignment, model) }
}

describe('the passages × reports matrix', () => {
  it('reads as the reports carry each passage: the same, a comma changed, a word changed, or not at all', () => {
    const quote = 'the minister said the bridge would stay closed until engineers had checked every cable and joint'
    const texts = [
      `Traffic was diverted on Monday. "${quote}," officials reported.`,
      `Drivers faced long queues. "${quote.replace('closed until', 'closed, until')}," a spokesman added.`,
      `Buses were rerouted. "${quote.replace('every cable', 'each cable')}," the council said.`,
      'Weather was mild across the region with light winds expected through the weekend and no rain.',
    ]
    const { matrix } = matrixOf(texts)
    expect(renderMatrix(matrix)).toBe('1 | = ~ ≠ ·')
    const name = (doc: number): string => `report ${doc + 1}`
    expect([0, 1, 2, 3].map((doc) => describeCell(matrix, 0, doc, name))).toEqual([
      'report 1 carries passage 1; the other reports are compared with it',
      'report 2 carries passage 1 with only punctuation or capitals changed from report 1',
      'report 3 carries passage 1 with other words than report 1',
      'report 4 does not carry passage 1',
    ])
  })

  it('matches what 14 generated reports were made to carry, row by row in the panel’s numbering', () => {
    const generated = generateReports({ reports: 14, sentences: 40, share: 0.35 })
    const { model, matrix } = matrixOf(generated.texts)
    expect(matrix.reports).toBe(14)
    expect(matrix.rows.map((r) => r.number)).toEqual(model.passages.map((_, i) => i + 1))
    expect(matrix.rows.map((r) => r.id)).toEqual(model.passages.map((p) => p.id))
    expect(matrix.rows).toHaveLength(generated.sentences.length)
    for (const [r, row] of matrix.rows.entries()) {
      const sentence = generated.sentences.find((s) => row.opening.toLowerCase().startsWith(s.first))
      expect(sentence, `passage ${row.number}: ${row.opening}`).toBeDefined()
      const cells = Array.from({ length: 14 }, (_, doc) => CELL_NAMES[cellAt(matrix, r, doc)])
      const expected = Array.from({ length: 14 }, (_, doc) => sentence?.carriers.get(doc) ?? 'absent')
      expect(cells, `passage ${row.number}`).toEqual(expected)
      expect(row.base).toBe(Math.min(...(sentence?.carriers.keys() ?? [])))
    }
  })

  it('holds 500 passages × 50 reports in one byte a cell', () => {
    const generated = generateReports({ reports: 50, sentences: 500, share: 0.3 })
    const { matrix } = matrixOf(generated.texts)
    expect(matrix.rows).toHaveLength(500)
    expect(matrix.cells).toBeInstanceOf(Uint8Array)
    expect(matrix.cells.length).toBe(25_000)
    const carried = generated.sentences.reduce((n, s) => n + s.carriers.size, 0)
    expect(matrix.cells.filter((c) => c !== 0).length).toBe(carried)
  })
})
