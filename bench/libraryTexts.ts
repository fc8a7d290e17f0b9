// The articles of the library benchmark, generated: news-like prose recombined from the sample's
// sentences, with words of a large made-up vocabulary swapped in so that 10,000 of them have as many distinct
// words as real reports, plus details, tags and the furniture of a web page. Deterministic: the same
// numbers give the same articles.

import type { NewArticle } from '../src/shared/domain/article'
import { generateParagraphs, HEAVY, normalisedWords, readSample, Rng, SentencePool, sentencesOf, type RewordRates } from './corpus'

/**
 * Words that are not in the sample, Zipf-distributed: the sample alone has under 1,000 distinct words,
 * while 10,000 news reports have on the order of 100,000 (names, places, rare terms). The index's size
 * and its prefix scan depend on that count, so about half the content words of the recombined prose are
 * swapped for words of this vocabulary: frequent ones shared by many articles, rare ones by a few.
 */
export const VOCABULARY_SIZE = 120_000
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
