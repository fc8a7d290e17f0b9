// The texts the ledger's scans by character codes are checked on against the expressions they replace:
// every labelled report (tests/fixtures/quotes), and texts made at random from given pieces.

import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

const folder = join(__dirname, '../../../fixtures/quotes/articles')

/** The text of every labelled report, cluster by cluster. */
export function labelledReports(): string[] {
  return readdirSync(folder).flatMap((cluster) => readdirSync(join(folder, cluster)).map((file) => readFileSync(join(folder, cluster, file), 'utf8')))
}

/**
 * `count` texts of `length` pieces drawn from `pieces` with a seeded generator (the same texts each run),
 * and `random(n)` for more draws from it. Every other text leaves out the last piece, so that a scan with a
 * path of its own for characters outside the Basic Multilingual Plane is checked with and without them.
 */
export function randomTexts(pieces: readonly string[], options: { count: number; length: number; seed: number }): { texts: string[]; random: (n: number) => number } {
  let seed = options.seed
  const random = (n: number): number => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) % n
  const texts: string[] = []
  for (let t = 0; t < options.count; t++) {
    const usable = t % 2 === 0 ? pieces.slice(0, -1) : pieces
    texts.push(Array.from({ length: options.length }, () => usable[random(usable.length)]).join(''))
  }
  return { texts, random }
}
