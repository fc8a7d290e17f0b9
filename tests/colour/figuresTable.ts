// The theme's colour figures as Markdown, for docs/COLOURS.md and a change's notes: each measure's least
// value per theme and vision, where it is found and its minimum; then which tints may be neighbours.
// Printed by `npm run colours` (scripts/colourFigures.mjs).

import { TINT_CLASHES, TINT_COUNT, tintsMayNeighbour } from '../../src/renderer/src/features/comparison/model'
import { figures, themeColours } from './themeFigures'

export function figuresTable(): string {
  const rows = figures(themeColours(), tintsMayNeighbour)
  const lines = [
    '| measure | theme | vision | least | where | minimum |',
    '|---|---|---|---:|---|---:|',
    ...rows.map((f) => `| ${f.measure} | ${f.theme} | ${f.vision} | ${f.min.toFixed(2)} | ${f.at} | ${f.minimum ?? '—'} |`),
  ]
  const neighbours = Array.from({ length: TINT_COUNT }, (_, i) => {
    const may = Array.from({ length: TINT_COUNT }, (_, j) => j).filter((j) => tintsMayNeighbour(i, j))
    return `- tint-${i}: ${may.join(', ')}`
  })
  return [
    ...lines,
    '',
    `Tints too alike to be neighbours (${TINT_CLASHES.length} pairs): ${TINT_CLASHES.map(([a, b]) => `${a}–${b}`).join(', ')}.`,
    '',
    'Each tint and the tints it may neighbour:',
    ...neighbours,
  ].join('\n')
}
