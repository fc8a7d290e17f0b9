// Real news for the benchmarks, read from a folder given on the command line (the repository carries none):
// clusters of reports of one story (`<cluster>/<k>-<outlet>.txt`), and long documents made of them, each
// the reports in one slot of every cluster with three or more, in a seeded order of its own.

import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { Rng } from './corpus'
import { truthWords } from './truthWords'

export interface NewsCluster {
  /** The cluster's folder name. */
  name: string
  /** File names, by their leading number k. */
  files: string[]
  texts: string[]
}

const REPORT = /^(\d+)-.+\.txt$/

const slotOf = (file: string): number => Number(REPORT.exec(file)?.[1])

/** Every cluster folder (with two or more reports) under `folder`, by name. */
export function readClusters(folder: string): NewsCluster[] {
  const clusters = readdirSync(folder)
    .filter((name) => statSync(join(folder, name)).isDirectory())
    .sort()
    .map((name) => {
      const files = readdirSync(join(folder, name))
        .filter((file) => REPORT.test(file))
        .sort((x, y) => slotOf(x) - slotOf(y))
      return { name, files, texts: files.map((file) => readFileSync(join(folder, name, file), 'utf8')) }
    })
    .filter((cluster) => cluster.files.length >= 2)
  if (clusters.length === 0) throw new Error(`no cluster folders of <k>-<outlet>.txt reports in ${folder}`)
  return clusters
}

export const LONG_DOCUMENT_SEEDS = [1, 2, 3] as const

export const LONG_DOCUMENT_DEFINITION =
  'document i (i = 0, 1, 2) joins, with a blank line between them, the report in slot i of each cluster with 3 or more reports, the clusters shuffled by mulberry32 with seed i + 1, until it holds the words asked for'

/**
 * Three documents of at least `words` truth words each: document i is the reports in slot i of every
 * cluster with three or more, in an order shuffled with seed LONG_DOCUMENT_SEEDS[i], added until it is long enough.
 */
export function concatenatedReports(clusters: readonly NewsCluster[], words: number): string[] {
  const eligible = clusters.filter((c) => c.texts.length >= 3)
  return LONG_DOCUMENT_SEEDS.map((seed, slot) => {
    const order = new Rng(seed).shuffle(eligible.map((_c, i) => i))
    const reports: string[] = []
    let total = 0
    for (const index of order) {
      if (total >= words) break
      const report = ((eligible[index] as NewsCluster).texts[slot] as string).trim()
      reports.push(report)
      total += truthWords(report).length
    }
    if (total < words) throw new Error(`the clusters hold only ${total} words for document ${slot}, not ${words}`)
    return reports.join('\n\n')
  })
}

/** The real-news speed case: three documents of about 10,000 words each, built from the corpus in `folder`. */
export function realNewsTexts(folder: string, words = 10_000): string[] {
  return concatenatedReports(readClusters(folder), words)
}
