// Which tint each passage gets: no two neighbouring passages share one, and, while the palette allows,
// no two neighbours get tints too alike to tell apart. Neighbours are passages next to each other (or one
// inside the other) in the text of any report, and passages next to each other in the passages panel.
// Greedy colouring in panel order, each passage taking the least used tint its neighbours leave free:
// deterministic, and it spreads the palette.

import type { Span } from '../../../../../shared/alignment'

/** Distinct tints, each readable as a background in light and dark themes (see theme.css: --tint-N). */
export const TINT_COUNT = 12

/**
 * Pairs of tints too alike to be neighbours: under a CIEDE2000 difference of 10 in some theme, or of 5
 * with a simulated colour-vision deficiency. tests/unit/colour/themeColours.test.ts measures theme.css
 * and fails when this list misses a pair (docs/COLOURS.md has the figures).
 */
export const TINT_CLASHES: ReadonlyArray<readonly [number, number]> = [
  [0, 6], [0, 11], [1, 2], [1, 5], [1, 6], [2, 3], [2, 4], [2, 5], [2, 11], [3, 4],
  [4, 5], [5, 6], [6, 7], [7, 10], [7, 11], [8, 9], [8, 10], [9, 10], [10, 11],
]

const alike: ReadonlyArray<ReadonlySet<number>> = Array.from({ length: TINT_COUNT }, (_, tint) =>
  new Set(TINT_CLASHES.flatMap(([a, b]) => (a === tint ? [b] : b === tint ? [a] : []))),
)

/** Whether two tints may sit side by side: different, and not too alike. */
export function tintsMayNeighbour(a: number, b: number): boolean {
  return a !== b && !alike[a]?.has(b)
}

/** Each passage's neighbours, from the panel's order and every report's text. */
export function passageNeighbours(order: readonly string[], spans: ReadonlyArray<{ id: string; spans: readonly Span[] }>): Map<string, Set<string>> {
  const neighbours = new Map<string, Set<string>>(order.map((id) => [id, new Set()]))
  const link = (a: string, b: string): void => {
    if (a === b) return
    neighbours.get(a)?.add(b)
    neighbours.get(b)?.add(a)
  }
  for (let i = 1; i < order.length; i++) link(order[i - 1] as string, order[i] as string)
  const byDoc = new Map<number, Array<{ id: string; start: number; end: number }>>()
  for (const { id, spans: list } of spans) {
    for (const s of list) {
      const inDoc = byDoc.get(s.doc) ?? []
      inDoc.push({ id, start: s.start, end: s.end })
      byDoc.set(s.doc, inDoc)
    }
  }
  for (const inDoc of byDoc.values()) {
    inDoc.sort((a, b) => a.start - b.start || b.end - a.end)
    for (let i = 0; i < inDoc.length; i++) {
      const here = inDoc[i] as { id: string; start: number; end: number }
      // Every passage overlapping this one (one inside the other), then the first one after it.
      let j = i + 1
      for (; j < inDoc.length && (inDoc[j] as { start: number }).start < here.end; j++) link(here.id, (inDoc[j] as { id: string }).id)
      if (j < inDoc.length) link(here.id, (inDoc[j] as { id: string }).id)
    }
  }
  return neighbours
}

/** A tint for each passage of `order` (the panel's order), as the header says. */
export function assignTints(order: readonly string[], neighbours: ReadonlyMap<string, ReadonlySet<string>>): Map<string, number> {
  const tints = new Map<string, number>()
  const uses: number[] = new Array<number>(TINT_COUNT).fill(0)
  const leastUsed = (candidates: number[]): number | undefined => candidates.reduce<number | undefined>((best, t) => (best === undefined || (uses[t] as number) < (uses[best] as number) ? t : best), undefined)
  const all = Array.from({ length: TINT_COUNT }, (_, t) => t)
  for (const id of order) {
    const taken = [...(neighbours.get(id) ?? [])].flatMap((n) => (tints.has(n) ? [tints.get(n) as number] : []))
    const tint =
      leastUsed(all.filter((t) => taken.every((n) => tintsMayNeighbour(t, n)))) ??
      leastUsed(all.filter((t) => !taken.includes(t))) ??
      leastUsed(all) ??
      0
    tints.set(id, tint)
    uses[tint] = (uses[tint] as number) + 1
  }
  return tints
}
