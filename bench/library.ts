// The article library at 10,000 articles (issue targets): opening it, searching its full text, importing one
// article. Each is timed through services.dispatch, as the renderer's calls arrive, and against the same
// operation on a library holding only the built-in sample (the baseline in the same run). The large library
// is built through the real storage code (openLibrary, then importArticles in the renderer's batches of 50),
// so its metadata file and body files are exactly what the app writes; its texts are generated here.

import { spawnSync } from 'node:child_process'
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createAppServices, type AppServices } from '../src/main/services/appServices'
import { DurableJsonFile } from '../src/main/storage/durableJsonFile'
import { CHANGES_FILE, LIBRARY_FILE, openLibrary, SEARCH_INDEX_FILE } from '../src/main/storage/library'
import { LibraryFile } from '../src/main/storage/libraryFile'
import { libraryDataSchema } from '../src/main/storage/schema'
import type { ArticleMeta, NewArticle } from '../src/shared/domain/article'
import { applyCleanup } from '../src/shared/import'
import type { ImportOutcome } from '../src/shared/ipc/contract'
import { withLongestBlock } from './importBlock'
import type { OpenResult } from './libraryOpen'
import type { IndexFigures } from './searchLibraries'
import { generateParagraphs, HEAVY, normalisedWords, readSample, Rng, SentencePool, sentencesOf, type RewordRates } from './corpus'
import { importArticles, listArticles } from '../src/main/storage/articles'

export const LIBRARY_ARTICLES = 10_000
/** The renderer sends an import in batches of at most this many (the contract's limit). */
const IMPORT_BATCH = 50
const FRESH_OPEN_RUNS = 5
const WARM_OPEN_RUNS = 3
const SEARCH_RUNS = 30
const IMPORT_RUNS = 20
const SAMPLES_FOLDER = 'resources/samples'
const root = fileURLToPath(new URL('..', import.meta.url))

// ---- texts ------------------------------------------------------------------------------------------

/**
 * Words that are not in the sample, Zipf-distributed: the sample alone has under 1,000 distinct words,
 * while 10,000 news reports have on the order of 100,000 (names, places, rare terms). The index's size
 * and its prefix scan depend on that count, so about half the content words of the recombined prose are
 * swapped for words of this vocabulary: frequent ones shared by many articles, rare ones by a few.
 */
const VOCABULARY_SIZE = 120_000
/** Share of content words swapped for vocabulary words, and the share of those taken from the article's own topic words. */
const SWAP = 0.45
const TOPICAL = 0.3
const TOPIC_WORDS = 12
/** Prose recombined a little less than for the alignment cases: these are short and need not avoid repeats. */
const PROSE: RewordRates = { ...HEAVY, jump: 0.25 }

const ONSETS = ['b', 'c', 'd', 'f', 'g', 'h', 'j', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'w', 'z', 'br', 'ch', 'cl', 'dr', 'fl', 'gr', 'pl', 'pr', 'sh', 'st', 'th', 'tr']
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'ou', 'ie', 'y']
const CODAS = ['', '', '', 'n', 'r', 's', 'l', 't', 'm', 'nd', 'rt', 'st', 'ck', 'ng']

const OUTLETS = [
  'The Morning Ledger', 'Capital Courier', 'Northern Herald', 'The Evening Standard-Post', 'Harbour Times', 'Daily Dispatch',
  'The Continental', 'Metro Observer', 'World Wire', 'The Valley Gazette', 'Eastern Review', 'Coastal Chronicle',
  'The Public Record', 'Union Press', 'The Examiner', 'Frontier News', 'City Bulletin', 'The Sentinel',
  'National Tribune', 'Weekend Monitor', 'The Reporter', 'Lakeside Journal', 'Summit Daily', 'Global Briefing',
]
const TAGS = [
  'politics', 'diplomacy', 'Russia', 'United States', 'Syria', 'economy', 'security', 'elections', 'energy', 'trade',
  'Europe', 'Middle East', 'sanctions', 'military', 'courts', 'health', 'climate', 'technology', 'opinion', 'analysis',
  'interview', 'United Nations', 'migration', 'media', 'to read', 'follow-up', 'sources', 'background', 'timeline', 'archive',
]

/** Deterministic words, one per rank: frequent ranks short (one or two syllables), rare ones longer. */
function makeVocabulary(size: number, exclude: ReadonlySet<string>): string[] {
  const rng = new Rng(7)
  const syllable = (): string => rng.pick(ONSETS) + rng.pick(VOWELS) + rng.pick(CODAS)
  const seen = new Set<string>()
  const words: string[] = []
  while (words.length < size) {
    const rank = words.length
    const syllables = rank < 300 ? 1 + rng.int(2) : rank < 20_000 ? 2 + rng.int(2) : 3 + rng.int(2)
    let word = ''
    for (let i = 0; i < syllables; i++) word += syllable()
    if (word.length < 3 || seen.has(word) || exclude.has(word)) continue
    seen.add(word)
    words.push(word)
  }
  return words
}

/** Flattens the head of the distribution: without it the most frequent word would be in nearly every article. */
const ZIPF_OFFSET = 20

/** Cumulative Zipf-Mandelbrot weights (exponent 1), for drawing a rank by binary search. */
function zipfTable(size: number): Float64Array {
  const table = new Float64Array(size)
  let sum = 0
  for (let rank = 0; rank < size; rank++) table[rank] = sum += 1 / (rank + ZIPF_OFFSET)
  for (let rank = 0; rank < size; rank++) table[rank] = (table[rank] as number) / sum
  return table
}

function drawRank(table: Float64Array, rng: Rng): number {
  const x = rng.next()
  let low = 0
  let high = table.length - 1
  while (low < high) {
    const mid = (low + high) >> 1
    if ((table[mid] as number) < x) low = mid + 1
    else high = mid
  }
  return low
}

const capitalise = (word: string): string => (word[0] ?? '').toUpperCase() + word.slice(1)

export class ArticleMaker {
  private readonly pool: SentencePool
  private readonly vocabulary: string[]
  private readonly zipf: Float64Array
  /** The sample's most frequent words (function words, mostly), never swapped so sentences keep their frame. */
  private readonly frame: Set<string>
  /** A frequent sample word left in every article's prose, for the common-word search. */
  readonly commonWord: string

  constructor() {
    const sample = readSample()
    this.pool = new SentencePool(sample.flatMap(sentencesOf))
    const counts = new Map<string, number>()
    for (const word of sample.flatMap(normalisedWords)) counts.set(word, (counts.get(word) ?? 0) + 1)
    const byCount = [...counts].sort((a, b) => b[1] - a[1]).map(([word]) => word)
    this.frame = new Set(byCount.slice(0, 120))
    this.commonWord = byCount.find((word) => word.length >= 5 && /^[a-z]+$/.test(word)) ?? 'the'
    this.vocabulary = makeVocabulary(VOCABULARY_SIZE, new Set(counts.keys()))
    this.zipf = zipfTable(VOCABULARY_SIZE)
  }

  /** The vocabulary word of a rank (0 is the most frequent). */
  word(rank: number): string {
    return this.vocabulary[rank] as string
  }

  private swap(token: string, topic: readonly string[], rng: Rng): string {
    const match = /^([^\p{L}\p{N}]*)([\p{L}\p{N}][\p{L}\p{N}'’-]*?)([^\p{L}\p{N}]*)$/u.exec(token)
    if (!match) return token
    const [, lead, word, trail] = match as unknown as [string, string, string, string]
    if (/^\p{N}+$/u.test(word)) return `${lead}${1 + rng.int(rng.chance(0.5) ? 31 : 5000)}${trail}`
    if (word.length < 4 || this.frame.has(word.toLowerCase()) || !rng.chance(SWAP)) return token
    const replacement = rng.chance(TOPICAL) ? rng.pick(topic) : this.word(drawRank(this.zipf, rng))
    return `${lead}${/^\p{Lu}/u.test(word) ? capitalise(replacement) : replacement}${trail}`
  }

  private prose(rng: Rng, words: number, topic: readonly string[]): string[] {
    return generateParagraphs(this.pool, rng, { words, rates: PROSE }).map((paragraph) =>
      paragraph
        .split(' ')
        .map((token) => this.swap(token, topic, rng))
        .join(' '),
    )
  }

  /**
   * Article number n, the same on every run: 400 to 900 words (or about `words`), with details as an
   * import fills them in. One in three (or as `html` says) comes from a web page: the HTML kept as the source, and a line of
   * page furniture at the end of the extracted text that clean-up drops, so it has three bodies on disk.
   */
  article(n: number, options: { words?: number; html?: boolean } = {}): NewArticle {
    const rng = new Rng(1_000_003 * (n + 1))
    // Topic words: log-uniform over the ranks, so an article's own names are mostly rare ones.
    const topic = Array.from({ length: TOPIC_WORDS }, () => this.word(Math.floor(Math.exp(rng.next() * Math.log(VOCABULARY_SIZE)))))
    const paragraphs = this.prose(rng, options.words ?? 400 + rng.int(501), topic)
    const headline = this.prose(rng, 1, topic)[0]?.split(' ').slice(0, 6 + rng.int(8)).join(' ').replace(/[^\p{L}\p{N}]+$/u, '') ?? ''
    const title = capitalise(headline)
    const tags = [...new Set(Array.from({ length: rng.int(4) }, () => TAGS[Math.min(TAGS.length - 1, Math.floor(TAGS.length * rng.next() ** 2))] as string))]
    const outlet = rng.chance(0.9) ? rng.pick(OUTLETS) : null
    const byline = rng.chance(0.7) ? `${capitalise(this.word(drawRank(this.zipf, rng)))} ${capitalise(this.word(drawRank(this.zipf, rng)))}` : null
    const day = new Date(Date.UTC(2015, 0, 1) + rng.int(11 * 365) * 86_400_000).toISOString().slice(0, 10)
    const details = {
      title,
      outlet,
      byline,
      url: outlet === null ? null : `https://news.example/${outlet.toLowerCase().replace(/\W+/g, '-')}/${day}/${n}`,
      publishedAt: rng.chance(0.85) ? day : null,
      tags,
    }
    const text = paragraphs.join('\n\n')
    if (!(options.html ?? n % 3 === 0)) return { ...details, extracted: text, sourceFormat: 'text', sourceName: rng.chance(0.5) ? `report-${n}.txt` : null }
    const furniture = `Share this article · More from ${outlet ?? 'this site'} · Comments (${rng.int(400)})`
    const source = `<!doctype html><html><head><title>${title}</title></head><body><nav>Home · World · Politics</nav><article><h1>${title}</h1>${paragraphs
      .map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
      .join('\n')}</article><footer>${furniture}</footer></body></html>`
    return { ...details, extracted: `${text}\n\n${furniture}`, dropped: [paragraphs.length], source, sourceFormat: 'html', sourceName: `report-${n}.html` }
  }
}

// ---- building the libraries -----------------------------------------------------------------------------

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
async function seeded(dataFolder: string): Promise<void> {
  const first = await createAppServices({ dataFolder, samplesFolder: SAMPLES_FOLDER })
  await first.library.close()
}

/**
 * The large library: the sample, then `count` articles imported through the library's own import in the
 * renderer's batches, one batch a simulated day apart so imports have distinct times as in a real library.
 */
async function buildLarge(
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

// ---- measuring ------------------------------------------------------------------------------------------

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

// ---- the report -------------------------------------------------------------------------------------------

const count = (n: number): string => n.toLocaleString('en-GB')
const times = (ratio: number): string => `${ratio >= 100 ? Math.round(ratio) : ratio.toFixed(1)}×`

/** The report's lines; `ms` formats a duration as the rest of the report does. */
export function describeLibrary(f: LibraryFigures, ms: (value: number) => string): string[] {
  const b = f.build
  // The baseline's searches take microseconds, which the report's milliseconds would show as 0.0.
  const fine = (value: number): string => (value < 1 ? `${Math.round(value * 1000)} µs` : ms(value))
  const compared = (c: Compared): string => `median ${ms(c.large.medianMs)}, p95 ${ms(c.large.p95Ms)} (${times(c.ratio)} the sample-only library's ${fine(c.baseline.medianMs)})`
  const opened = (label: string, o: OpenTimes): string =>
    `  ${label} (${o.open.large.runs} runs): opened in median ${ms(o.open.large.medianMs)}, worst ${ms(o.open.large.p95Ms)} (${times(o.open.ratio)} the sample-only library's ${ms(o.open.baseline.medianMs)}); index ready after ${ms(o.indexReady.large.medianMs)}`
  return [
    `The article library at ${count(b.articles)} articles, against the library holding only the sample (the baseline, same run):`,
    `  built through the library's import in batches of ${IMPORT_BATCH}: ${count(b.words)} words, ${count(b.distinctWords)} distinct; library.json ${b.libraryFileMB} MB`,
    `  and the changes saved since it was last written ${b.changesFileMB} MB,`,
    `  ${count(b.bodyFiles)} body files, ${b.bodiesMB} MB; generating the texts took ${ms(b.generateMs)}, importing them ${ms(b.importMs)}`,
    'Opening: createAppServices until listArticles answers. Index ready: from the same start until a search for a word',
    'answers, which waits for the index built in the background:',
    opened('each in a new process, the saved search index loaded', f.open.fresh),
    `  resident memory of that process once the index is ready: median ${Math.round(f.open.fresh.rssMB.large)} MB (the sample-only library's ${Math.round(f.open.fresh.rssMB.baseline)} MB); the listArticles reply ${count(Math.round(f.open.fresh.listReplyKB))} KB`,
    opened('again in this process, warm', f.open.warm),
    `  longest event-loop block from the start until the index is ready: ${ms(f.open.freshBlockMs)} (the worst of the runs)`,
    `  once in a new process with no saved search index (the first start after an upgrade, every body read): index ready after ${ms(f.open.unsavedIndex.readyMs)}, resident memory then ${Math.round(f.open.unsavedIndex.rssMB)} MB, longest block ${ms(f.open.unsavedIndex.blockMs ?? 0)}`,
    `  the background check of every body file, which follows the index, done after ${ms(f.open.bodyCheckMs)} (searches and imports are timed after it)`,
    `Searching through the dispatcher once the index is ready (${f.searches[0]?.large.runs ?? 0} runs each):`,
    ...f.searches.map((s) => `  ${s.label}, ${s.tag === undefined ? `"${s.query}"` : `tag "${s.tag}"`}: ${count(s.hits)} found; ${compared(s)}`),
    `Importing one article (${count(f.importWords)} words from a web page: source, extracted text, one block dropped; ${f.importOne.large.runs} runs,`,
    'each once the backup the previous save started is written):',
    `  ${compared(f.importOne)}`,
    `Editing one article's title (a metadata save alone; ${f.editTitle.large.runs} runs, each after the previous backup):`,
    `  ${compared(f.editTitle)}`,
    `  writing the same library whole as one library.json, as every save did before the changes file: median ${ms(f.wholeRewrite.medianMs)}, p95 ${ms(f.wholeRewrite.p95Ms)}`,
    `  (that rewrite takes ${times(f.wholeRewrite.medianMs / f.editTitle.large.medianMs)} as long as a title edit now, median against median)`,
    `Longest event-loop block: ${ms(f.blocks.build)} while building (imports of ${IMPORT_BATCH}, library.json rewritten as the changes file fills), ${ms(f.blocks.edits)} over the title edits and the backups between them`,
    'The search index: the library\'s own against MiniSearch on the same articles and words (each in a process of its own):',
    ...f.indexes.map(
      (i) =>
        `  ${i.name}: built in ${ms(i.buildMs)}, heap ${Math.round(i.heapMB)} MB; saved form ${i.savedMB.toFixed(1)} MB, saved in ${ms(i.saveMs)}, loaded in ${ms(i.loadMs)}; ` +
        i.searches.map((q) => `"${q.query}" ${ms(q.medianMs)} (${count(q.found)})`).join(', '),
    ),
  ]
}

interface Target {
  name: string
  pass: boolean
  measured: string
}

export function libraryTargets(f: LibraryFigures | { error: string }, ms: (value: number) => string): Target[] {
  if ('error' in f) return [{ name: `library, ${count(LIBRARY_ARTICLES)} articles: measured`, pass: false, measured: f.error }]
  const at = `library, ${count(f.build.articles)} articles`
  const open = f.open.fresh.open.large
  const slowest = f.searches.reduce((worst, s) => (s.large.p95Ms > worst.large.p95Ms ? s : worst))
  const imports = f.importOne.large
  const ready = f.open.fresh.indexReady.large
  return [
    { name: `${at}: usable (listArticles answers, new process) within 1 s, median`, pass: open.medianMs <= 1000, measured: ms(open.medianMs) },
    { name: `${at}: search ready within 3 s of opening, median`, pass: ready.medianMs <= 3000, measured: ms(ready.medianMs) },
    { name: `${at}: a search answers in ≤ 200 ms, p95 of every query`, pass: slowest.large.p95Ms <= 200, measured: `slowest ${ms(slowest.large.p95Ms)} (${slowest.label})` },
    { name: `${at}: a metadata save (editing a title) p95 ≤ 50 ms`, pass: f.editTitle.large.p95Ms <= 50, measured: `p95 ${ms(f.editTitle.large.p95Ms)} (median ${ms(f.editTitle.large.medianMs)})` },
    // Importing one article writes its three bodies as well as the library's metadata.
    { name: `${at}: importing one article p95 ≤ 50 ms`, pass: imports.p95Ms <= 50, measured: `p95 ${ms(imports.p95Ms)} (median ${ms(imports.medianMs)})` },
    { name: `${at}: no event-loop block over 100 ms in imports, saves and backups`, pass: Math.max(f.blocks.build, f.blocks.edits) <= 100, measured: `${ms(f.blocks.build)} building, ${ms(f.blocks.edits)} editing` },
    { name: `${at}: resident memory ≤ 300 MB once opened and indexed`, pass: f.open.fresh.rssMB.large <= 300, measured: `${Math.round(f.open.fresh.rssMB.large)} MB` },
  ]
}
