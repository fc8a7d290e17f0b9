// Building the libraries the library benchmark measures: one holding only the sample, as after a first
// start, and one of many generated articles imported through the library's own import, in the renderer's
// batches, so its files are exactly what the app writes.

import { readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { createAppServices } from '../src/main/services/appServices'
import { importArticles } from '../src/main/storage/articles'
import { CHANGES_FILE, LIBRARY_FILE, openLibrary } from '../src/main/storage/library'
import { normalisedWords } from './corpus'
import { withLongestBlock } from './importBlock'
import type { ArticleMaker } from './libraryTexts'

/** The renderer sends an import in batches of at most this many (the contract's limit). */
export const IMPORT_BATCH = 50
export const SAMPLES_FOLDER = 'resources/samples'

export interface BuildFigures {
  /** The longest event-loop block while the imports ran, in ms. */
  longestBlockMs: number
  articles: number
  words: number
  /** Distinct words of the articles' texts, as the engine splits and normalises them. */
  distinctWords: number
  /** Generating the texts, importing them in batches of 50, both in ms. */
  generateMs: number
  importMs: number
  /** library.json and the changes saved since it was last written, as the build left them. */
  libraryFileMB: number
  changesFileMB: number
  bodyFiles: number
  bodiesMB: number
}

async function folderSize(folder: string): Promise<{ files: number; bytes: number }> {
  const names = await readdir(folder)
  let bytes = 0
  for (const name of names) bytes += (await stat(join(folder, name))).size
  return { files: names.length, bytes }
}

/** The sample-only library: one first start of the app, as a person would have it. */
export async function seeded(dataFolder: string): Promise<void> {
  const first = await createAppServices({ dataFolder, samplesFolder: SAMPLES_FOLDER })
  await first.library.close()
}

/**
 * The large library: the sample, then `count` articles imported through the library's own import in the
 * renderer's batches, one batch a simulated day apart so imports have distinct times as in a real library.
 */
export async function buildLarge(
  dataFolder: string,
  maker: ArticleMaker,
  count: number,
  progress: (line: string) => void,
): Promise<{ figures: BuildFigures; articlesWith: Map<string, number> }> {
  await seeded(dataFolder)
  let clock = Date.UTC(2024, 0, 1)
  const library = await openLibrary(join(dataFolder, 'library'), () => new Date((clock += 86_400_000)))
  let longestBlockMs = 0
  let generateMs = 0
  let importMs = 0
  let words = 0
  // Word → number of articles holding it, to choose the searches' words by how many articles they find.
  const articlesWith = new Map<string, number>()
  for (let first = 0; first < count; first += IMPORT_BATCH) {
    const began = performance.now()
    const batch = Array.from({ length: Math.min(IMPORT_BATCH, count - first) }, (_x, i) => maker.article(first + i))
    for (const item of batch) {
      const found = normalisedWords(item.extracted)
      words += found.length
      for (const word of new Set(found)) articlesWith.set(word, (articlesWith.get(word) ?? 0) + 1)
    }
    const imported = performance.now()
    generateMs += imported - began
    // A monitor per batch: one disabled and enabled again counts the time between as a delay (the generating).
    const { value: outcomes, blockMs } = await withLongestBlock(() => importArticles(library.store, batch))
    importMs += performance.now() - imported
    longestBlockMs = Math.max(longestBlockMs, blockMs)
    const refused = outcomes.find((o) => o.status !== 'imported')
    if (refused) throw new Error(`building the library: article ${first} not imported (${refused.status}: ${refused.message})`)
    if ((first / IMPORT_BATCH) % 40 === 39) progress(`  ${first + IMPORT_BATCH} articles imported`)
  }
  await library.close()
  const folder = join(dataFolder, 'library')
  const bodies = await folderSize(join(folder, 'bodies'))
  const figures: BuildFigures = {
    longestBlockMs,
    articles: count,
    words,
    distinctWords: articlesWith.size,
    generateMs: Math.round(generateMs),
    importMs: Math.round(importMs),
    libraryFileMB: Math.round((await stat(join(folder, LIBRARY_FILE))).size / 1e5) / 10,
    changesFileMB: Math.round((await stat(join(folder, CHANGES_FILE))).size / 1e5) / 10,
    bodyFiles: bodies.files,
    bodiesMB: Math.round(bodies.bytes / 1e5) / 10,
  }
  return { figures, articlesWith }
}

