// The article library at 10,000 articles (issue targets): opening it, searching its full text, importing one
// article. Each is timed through services.dispatch, as the renderer's calls arrive, and against the same
// operation on a library holding only the built-in sample (the baseline in the same run). The large library
// is built through the real storage code (openLibrary, then importArticles in the renderer's batches of 50),
// so its metadata file and body files are exactly what the app writes (libraryBuild.ts); its texts are
// generated (libraryTexts.ts); the report is libraryReport.ts.

import { spawnSync } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createAppServices, type AppServices } from '../src/main/services/appServices'
import { DurableJsonFile } from '../src/main/storage/durableJsonFile'
import { CHANGES_FILE, LIBRARY_FILE, SEARCH_INDEX_FILE } from '../src/main/storage/library'
import { LibraryFile } from '../src/main/storage/libraryFile'
import { libraryDataSchema } from '../src/main/storage/schema'
import type { ArticleMeta } from '../src/shared/domain/article'
import { applyCleanup } from '../src/shared/import'
import type { ImportOutcome } from '../src/shared/ipc/contract'
import { listArticles } from '../src/main/storage/articles'
import { normalisedWords } from './corpus'
import { withLongestBlock } from './importBlock'
import { buildLarge, seeded, SAMPLES_FOLDER, type BuildFigures } from './libraryBuild'
import type { OpenResult } from './libraryOpen'
import type { IndexFigures } from './searchLibraries'
import { ArticleMaker, VOCABULARY_SIZE } from './libraryTexts'

export const LIBRARY_ARTICLES = 10_000
const FRESH_OPEN_RUNS = 5
const WARM_OPEN_RUNS = 3
const SEARCH_RUNS = 30
const IMPORT_RUNS = 20
const root = fileURLToPath(new URL('..', import.meta.url))


export interface Timing {
  runs: number
  medianMs: number
  p95Ms: number
}

export interface Compared {
  large: Timing
  baseline: Timing
  /** large median / baseline median. */
  ratio: number
}

export interface SearchFigures extends Compared {
  label: string
  query: string
  tag?: string
  /** Articles found in the large library, and in the baseline. */
  hits: number
  baselineHits: number
}

export interface OpenTimes {
  /** createAppServices until listArticles answers. */
  open: Compared
  /** From the same start until the empty search answers: the index built in the background is ready. */
  indexReady: Compared
  /** Median resident memory once the index is ready, in MB, of the large library and of the baseline. */
  rssMB: { large: number; baseline: number }
  /** The listArticles reply of the large library, in KB. */
  listReplyKB: number
}

export interface OpenFigures {
  /** The longest event-loop block of the large library's opens in a new process, start to index ready, in ms. */
  freshBlockMs: number
  /** One open in a new process with no saved search index (the first start after an upgrade): built from every body. */
  unsavedIndex: OpenResult
  /** Each open in a new process, as at the app's start (the target's figure). */
  fresh: OpenTimes
  /** Opened again and again in this process, closed between runs: compiled code and caches warm. */
  warm: OpenTimes
  /** From an open until the background check of every body file (after the index) is done, in ms. */
  bodyCheckMs: number
}

export interface LibraryFigures {
  build: BuildFigures
  open: OpenFigures
  searches: SearchFigures[]
  /** Importing one new article of `importWords` words (HTML source, extracted text, one block dropped). */
  importOne: Compared
  importWords: number
  /** A metadata save alone: an article's title edited. */
  editTitle: Compared
  /** The same library written whole as one library.json, as every save did before the changes file. */
  wholeRewrite: Timing
  /** The library's own index against MiniSearch on the same articles. */
  indexes: IndexFigures[]
  /** The longest event-loop block, in ms: building (imports in batches, with library.json rewritten as the changes file fills), and the title edits with the backups between them. */
  blocks: { build: number; edits: number }
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] as number
}

function timing(values: readonly number[]): Timing {
  return { runs: values.length, medianMs: percentile(values, 0.5), p95Ms: percentile(values, 0.95) }
}

function compare(large: readonly number[], baseline: readonly number[]): Compared {
  const l = timing(large)
  const b = timing(baseline)
  return { large: l, baseline: b, ratio: Math.round((l.medianMs / b.medianMs) * 10) / 10 }
}

async function call<T>(services: AppServices, channel: string, input: unknown): Promise<T> {
  const result = await services.dispatch(channel, input)
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`)
  return result.value as T
}

/** One open: the app's services from the data folder until the library list answers, then until a search does. */
async function openInProcess(dataFolder: string): Promise<OpenResult> {
  const began = performance.now()
  const services = await createAppServices({ dataFolder, samplesFolder: SAMPLES_FOLDER })
  const listed = await call<ArticleMeta[]>(services, 'listArticles', undefined)
  const openMs = performance.now() - began
  // A search for a word waits for the index (the empty search lists every article without it). "Kerry" is a
  // word of the sample, which both libraries hold.
  await call<ArticleMeta[]>(services, 'searchArticles', { query: 'kerry ' })
  const readyMs = performance.now() - began
  const rssMB = process.memoryUsage().rss / 1024 / 1024
  await services.library.close()
  return { openMs, readyMs, articles: listed.length, rssMB, listReplyKB: JSON.stringify(listed).length / 1024 }
}

/** The library's own index and MiniSearch measured on the large library, in a process of their own. */
function compareIndexes(libraryFolder: string): IndexFigures[] {
  const child = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', 'bench/searchLibraries.ts', libraryFolder], { cwd: root, encoding: 'utf8', timeout: 10 * 60_000, maxBuffer: 1 << 24 })
  const line = child.stdout.trim().split('\n').pop() ?? ''
  if (child.status !== 0 || !line.startsWith('[')) throw new Error(`comparing the search indexes failed: ${child.signal ?? child.stderr.trim().split('\n').slice(-3).join(' ')}`)
  return JSON.parse(line) as IndexFigures[]
}

function openInChild(dataFolder: string): OpenResult {
  const child = spawnSync(process.execPath, ['--import', 'tsx', 'bench/libraryOpen.ts', dataFolder], { cwd: root, encoding: 'utf8', timeout: 5 * 60_000 })
  const line = child.stdout.trim().split('\n').pop() ?? ''
  if (child.status !== 0 || !line.startsWith('{')) throw new Error(`opening in a new process failed: ${child.signal ?? child.stderr.trim().split('\n').slice(-3).join(' ')}`)
  return JSON.parse(line) as OpenResult
}

/** Opens the large library and the baseline alternately, so both see the same state of the machine. */
async function openTimes(runs: number, open: (dataFolder: string) => OpenResult | Promise<OpenResult>, large: string, baseline: string, articles: number): Promise<OpenTimes> {
  const times = { large: [] as number[], baseline: [] as number[], largeReady: [] as number[], baselineReady: [] as number[], largeRss: [] as number[], baselineRss: [] as number[] }
  let listReplyKB = 0
  for (let i = 0; i < runs; i++) {
    const b = await open(baseline)
    const l = await open(large)
    if (l.articles < articles) throw new Error(`the large library lists ${l.articles} articles`)
    times.baseline.push(b.openMs)
    times.baselineReady.push(b.readyMs)
    times.large.push(l.openMs)
    times.largeReady.push(l.readyMs)
    times.largeRss.push(l.rssMB)
    times.baselineRss.push(b.rssMB)
    listReplyKB = l.listReplyKB
  }
  const middle = (values: number[]): number => [...values].sort((x, y) => x - y)[values.length >> 1] as number
  return {
    open: compare(times.large, times.baseline),
    indexReady: compare(times.largeReady, times.baselineReady),
    rssMB: { large: middle(times.largeRss), baseline: middle(times.baselineRss) },
    listReplyKB,
  }
}

async function measureOpens(large: string, baseline: string, articles: number): Promise<Omit<OpenFigures, 'bodyCheckMs'>> {
  // Without the saved index first; that open saves it again when it closes, for the opens after it.
  await rm(join(large, 'library', SEARCH_INDEX_FILE))
  const unsavedIndex = openInChild(large)
  let freshBlockMs = 0
  const fresh = await openTimes(
    FRESH_OPEN_RUNS,
    (folder) => {
      const result = openInChild(folder)
      if (folder === large) freshBlockMs = Math.max(freshBlockMs, result.blockMs ?? 0)
      return result
    },
    large,
    baseline,
    articles,
  )
  // One open of each first, not counted: it compiles the code the later ones run.
  await openInProcess(large)
  await openInProcess(baseline)
  const warm = await openTimes(WARM_OPEN_RUNS, openInProcess, large, baseline, articles)
  return { unsavedIndex, fresh, warm, freshBlockMs }
}

interface Query {
  label: string
  query: string
  tag?: string
  /** Articles whose text holds the word (the search may find more, by their details): fewer found is an index that missed some. */
  atLeast?: number
}

/** The searches, their words chosen by how many articles hold them (`articlesWith`, counted while building). */
function queries(maker: ArticleMaker, articlesWith: ReadonlyMap<string, number>, articles: number): Query[] {
  // The vocabulary word, from a rank on, whose article count is nearest the one wanted.
  const nearest = (fromRank: number, wanted: number): string => {
    let best = maker.word(fromRank)
    let distance = Infinity
    for (let rank = fromRank; rank < VOCABULARY_SIZE && distance > 0; rank++) {
      const count = articlesWith.get(maker.word(rank)) ?? 0
      if (count > 0 && Math.abs(count - wanted) < distance) [best, distance] = [maker.word(rank), Math.abs(count - wanted)]
    }
    return best
  }
  const rare = nearest(50_000, 3)
  const middle = nearest(0, articles * 0.05)
  return [
    { label: 'a common word', query: maker.commonWord, atLeast: articlesWith.get(maker.commonWord) ?? 0 },
    { label: 'a rare word', query: rare, atLeast: articlesWith.get(rare) ?? 0 },
    { label: 'two words', query: `${maker.commonWord} ${middle}` },
    // As typed: the last word, with no space after it, matches as the start of a word.
    { label: 'a prefix', query: maker.word(300).slice(0, 4) },
    { label: 'one letter', query: 's' },
    { label: 'a tag filter without words', query: '', tag: 'diplomacy' },
  ]
}

async function timeSearch(services: AppServices, query: Query, checked: boolean): Promise<{ times: number[]; hits: number }> {
  const input = query.tag === undefined ? { query: query.query } : { query: query.query, tag: query.tag }
  let hits = 0
  for (let i = 0; i < 2; i++) hits = (await call<ArticleMeta[]>(services, 'searchArticles', input)).length
  if (checked && hits < (query.atLeast ?? 0)) throw new Error(`searching "${query.query}" found ${hits} articles of the ${query.atLeast} holding it`)
  const times: number[] = []
  for (let i = 0; i < SEARCH_RUNS; i++) {
    const began = performance.now()
    await call<ArticleMeta[]>(services, 'searchArticles', input)
    times.push(performance.now() - began)
  }
  return { times, hits }
}

async function timeImports(services: AppServices, maker: ArticleMaker, from: number): Promise<{ times: number[]; words: number }> {
  const times: number[] = []
  let words = 0
  for (let i = -2; i < IMPORT_RUNS; i++) {
    const item = maker.article(from + i + 2, { words: 800, html: true })
    words = normalisedWords(applyCleanup(item.extracted, item.dropped ?? [])).length
    // One import into an idle app, as a person makes it: the backup the last save started is finished.
    await services.library.backedUp()
    const began = performance.now()
    const [outcome] = await call<ImportOutcome[]>(services, 'importArticles', { items: [item] })
    const ms = performance.now() - began
    if (outcome?.status !== 'imported') throw new Error(`import not made: ${outcome?.status} ${outcome?.message}`)
    if (i >= 0) times.push(ms)
  }
  return { times, words }
}

/** Edits the titles of articles, one save each, each once the backup the previous save started is written. */
async function timeTitleEdits(services: AppServices): Promise<number[]> {
  const ids = listArticles(services.library.store).map((a) => a.id)
  const times: number[] = []
  for (let i = -2; i < IMPORT_RUNS; i++) {
    const id = ids[(i + 2) % ids.length] as string
    await services.library.backedUp()
    const began = performance.now()
    await call<ArticleMeta>(services, 'updateArticle', { id, details: { title: `An edited title, number ${i + 2}` } })
    if (i >= 0) times.push(performance.now() - began)
  }
  return times
}

/** Writes the library's metadata whole, durably, as one library.json beside it: how every save was made before. */
async function timeWholeRewrites(folder: string): Promise<number[]> {
  const saved = new LibraryFile(join(folder, 'library', LIBRARY_FILE), join(folder, 'library', CHANGES_FILE))
  const read = await saved.read()
  await saved.close()
  if (read === null) throw new Error(`no library saved in ${folder}`)
  const data = { ...read, changesThrough: 0 }
  const file = new DurableJsonFile(join(folder, 'rewritten-whole.json'), libraryDataSchema)
  const times: number[] = []
  for (let i = -2; i < IMPORT_RUNS; i++) {
    const began = performance.now()
    await file.write({ ...data, colorLabels: { ...data.colorLabels, yellow: `label ${i}` } })
    if (i >= 0) times.push(performance.now() - began)
  }
  return times
}

/** Builds a 10,000-article library and a sample-only one in temporary folders, measures both, removes them. */
export async function measureLibrary(progress: (line: string) => void = () => {}, articles = LIBRARY_ARTICLES): Promise<LibraryFigures> {
  const large = await mkdtemp(join(tmpdir(), 'parallax-library-bench-'))
  const baseline = await mkdtemp(join(tmpdir(), 'parallax-library-baseline-'))
  try {
    const maker = new ArticleMaker()
    progress(`  building a library of ${articles} articles…`)
    const { figures: build, articlesWith } = await buildLarge(large, maker, articles, progress)
    await seeded(baseline)
    progress('  opening…')
    const open = await measureOpens(large, baseline, articles)

    progress('  searching…')
    const opened = performance.now()
    const largeServices = await createAppServices({ dataFolder: large, samplesFolder: SAMPLES_FOLDER })
    const baselineServices = await createAppServices({ dataFolder: baseline, samplesFolder: SAMPLES_FOLDER })
    const searches: SearchFigures[] = []
    try {
      // Timed once the start-up work in the background is over: the index, then the check of every body.
      await call(largeServices, 'searchArticles', { query: 'kerry ' })
      await largeServices.bodyCheck
      const bodyCheckMs = performance.now() - opened
      await call(baselineServices, 'searchArticles', { query: 'kerry ' })
      await baselineServices.bodyCheck
      for (const query of queries(maker, articlesWith, articles)) {
        const b = await timeSearch(baselineServices, query, false)
        const l = await timeSearch(largeServices, query, true)
        const { atLeast: _atLeast, ...described } = query
        searches.push({ ...described, hits: l.hits, baselineHits: b.hits, ...compare(l.times, b.times) })
      }
      progress('  importing…')
      // New texts: article numbers past the library's, different for the two libraries.
      const b = await timeImports(baselineServices, maker, articles + 1_000)
      const l = await timeImports(largeServices, maker, articles)
      progress('  editing titles…')
      const edits = await withLongestBlock(() => timeTitleEdits(largeServices))
      const editTitle = compare(edits.value, await timeTitleEdits(baselineServices))
      const wholeRewrite = timing(await timeWholeRewrites(large))
      progress('  comparing the search index with MiniSearch…')
      const indexes = compareIndexes(join(large, 'library'))
      return { build, open: { ...open, bodyCheckMs }, searches, importOne: compare(l.times, b.times), importWords: l.words, editTitle, wholeRewrite, indexes, blocks: { build: build.longestBlockMs, edits: edits.blockMs } }
    } finally {
      await largeServices.library.close()
      await baselineServices.library.close()
    }
  } finally {
    await rm(large, { recursive: true, force: true })
    await rm(baseline, { recursive: true, force: true })
  }
}

