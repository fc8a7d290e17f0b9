// Full-text search over the library: an in-memory inverted index from each word to the articles holding it
// in their title, outlet, byline or text. Opening the library must not wait for every body to be read, so
// the index is built in the background after open, and a search waits for it. Every change is one queued
// refresh of one article, run in order after the build, so the index ends up matching the library however
// changes and the build interleave. Words are the app's words (forEachWord), matched without regard to
// case, accents or inner punctuation.

import type { ArticleMeta } from '../../shared/domain/article'
import { forEachWord } from '../../shared/domain/text'
import { normalizeWord } from '../../shared/alignment/tokenize'
import { wordChunks } from '../../shared/import'
import { PIECE, pause } from './textInPieces'

export interface IndexSource {
  list(): readonly ArticleMeta[]
  find(id: string): ArticleMeta | undefined
  readBody(hash: string): Promise<string>
}

/** Bodies read at once while building: enough to keep the disk busy without flooding memory. */
const BUILD_CONCURRENCY = 8
/** Past this many words a query is cut: nobody types more, and the counts below stay small. */
const MAX_QUERY_WORDS = 64
/** Dropped documents (deleted or replaced articles) tolerated before the postings are rewritten. */
const COMPACT_AFTER = 1000
/** Spellings whose search form is remembered: words repeat, so most are normalised once. */
const MAX_REMEMBERED_SPELLINGS = 200_000

// The blocks of combining diacritical marks, each mark taken alone: that is the point, so the rule against
// combined characters in a class does not apply.
// eslint-disable-next-line no-misleading-character-class
const DIACRITICS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g
const NON_ASCII = /[^\p{ASCII}]/u

/** The form a word is indexed and searched under: normalised as for alignment, then without accents. */
export function searchForm(word: string): string {
  const normal = normalizeWord(word)
  if (!NON_ASCII.test(normal)) return normal
  const folded = normal.normalize('NFD').replace(DIACRITICS, '').normalize('NFC')
  return folded.length > 0 ? folded : normal
}


export interface ParsedQuery {
  /** Words that must occur whole. */
  words: string[]
  /** The last word while it is still being typed (no space after it): it may be the start of a word. */
  prefix: string | null
}

export function parseQuery(query: string): ParsedQuery {
  const spans: [number, number][] = []
  forEachWord(query, (start, end) => {
    if (spans.length < MAX_QUERY_WORDS) spans.push([start, end])
  })
  const forms = spans.map(([start, end]) => searchForm(query.slice(start, end)))
  const last = spans.at(-1)
  const typing = last !== undefined && last[1] === query.length
  const prefix = typing ? (forms.pop() as string) : null
  return { words: [...new Set(forms)], prefix }
}

export class SearchIndex {
  /** word → document numbers, ascending (documents are numbered in the order they were indexed). */
  private postings = new Map<string, number[]>()
  /** document number → article id; null once the article was removed or indexed again. */
  private documents: (string | null)[] = []
  private readonly documentOf = new Map<string, number>()
  private dropped = 0
  private queue: Promise<void> = Promise.resolve()
  private started = false
  private stopped = false
  private readonly formOf = new Map<string, string>()

  constructor(private readonly source: IndexSource) {}

  /** Starts building the index from every article's body, once; later calls do nothing. */
  start(): void {
    if (this.started) return
    this.started = true
    this.enqueue(() => this.build())
  }

  /** Brings one article's entry up to date with the library (added, changed or removed). */
  refresh(id: string, known?: { hash: string; text: string }): void {
    this.enqueue(async () => {
      this.remove(id)
      const meta = this.source.find(id)
      if (!meta) return
      const text = known?.hash === meta.textHash ? known.text : await this.readBody(meta.textHash)
      // Another change may have come while the body was read; its own refresh follows this one.
      const current = this.source.find(id)
      if (current) await this.add(current, text)
    })
  }

  /** The ids of the articles holding every word of the query; null when the query has no words (every article). */
  async search(query: string): Promise<Set<string> | null> {
    this.start()
    await this.queue
    const { words, prefix } = parseQuery(query)
    if (words.length === 0 && prefix === null) return null
    const lists = words.map((word) => this.postings.get(word) ?? [])
    const counts = new Uint8Array(this.documents.length)
    for (const list of lists) for (const document of list) counts[document] = (counts[document] as number) + 1
    let needed = lists.length
    if (prefix !== null) {
      needed++
      const seen = new Uint8Array(this.documents.length)
      for (const [word, list] of this.postings) {
        if (!word.startsWith(prefix)) continue
        for (const document of list) {
          if (seen[document]) continue
          seen[document] = 1
          counts[document] = (counts[document] as number) + 1
        }
      }
    }
    const found = new Set<string>()
    for (let document = 0; document < counts.length; document++) {
      const id = this.documents[document]
      if (counts[document] === needed && id !== null && id !== undefined) found.add(id)
    }
    return found
  }

  /** Stops reading bodies (the library is closing); searches after this answer from what was indexed. */
  stop(): void {
    this.stopped = true
  }

  private enqueue(task: () => Promise<void>): void {
    // A task that fails must not stop the ones after it; what it would have indexed is left out.
    this.queue = this.queue.then(task).catch(() => undefined)
  }

  /** A body that cannot be read still leaves the article findable by its details. */
  private readBody(hash: string): Promise<string> {
    return this.source.readBody(hash).catch(() => '')
  }

  private async build(): Promise<void> {
    const pending = [...this.source.list()]
    let next = 0
    const worker = async (): Promise<void> => {
      for (let meta = pending[next++]; meta && !this.stopped; meta = pending[next++]) {
        const text = await this.readBody(meta.textHash)
        const current = this.source.find(meta.id)
        if (current?.textHash === meta.textHash) await this.add(current, text)
      }
    }
    await Promise.all(Array.from({ length: BUILD_CONCURRENCY }, worker))
  }

  /**
   * Indexes an article: its words are read a piece of text at a time, with a pause between pieces (a long
   * body must not hold up the main process), then entered at once, so no search sees half of them.
   */
  private async add(meta: ArticleMeta, text: string): Promise<void> {
    const words = new Set<string>()
    for (const field of [meta.title, meta.outlet, meta.byline]) if (field) this.wordsOf(field, words)
    for (const piece of wordChunks(text, PIECE)) {
      this.wordsOf(piece, words)
      if (piece.length < text.length) await pause()
    }
    this.remove(meta.id)
    const document = this.documents.length
    this.documents.push(meta.id)
    this.documentOf.set(meta.id, document)
    for (const word of words) {
      const list = this.postings.get(word)
      if (list) list.push(document)
      else this.postings.set(word, [document])
    }
  }

  private wordsOf(text: string, into: Set<string>): void {
    forEachWord(text, (start, end) => {
      const spelling = text.slice(start, end)
      let form = this.formOf.get(spelling)
      if (form === undefined) {
        if (this.formOf.size >= MAX_REMEMBERED_SPELLINGS) this.formOf.clear()
        form = searchForm(spelling)
        this.formOf.set(spelling, form)
      }
      into.add(form)
    })
  }

  private remove(id: string): void {
    const document = this.documentOf.get(id)
    if (document === undefined) return
    this.documents[document] = null
    this.documentOf.delete(id)
    this.dropped++
    if (this.dropped > COMPACT_AFTER && this.dropped > this.documentOf.size) this.compact()
  }

  /** Renumbers the live documents and rewrites the postings without the dropped ones. */
  private compact(): void {
    const renumbered = new Int32Array(this.documents.length).fill(-1)
    const documents: string[] = []
    this.documents.forEach((id, document) => {
      if (id === null) return
      renumbered[document] = documents.length
      this.documentOf.set(id, documents.length)
      documents.push(id)
    })
    const postings = new Map<string, number[]>()
    for (const [word, list] of this.postings) {
      const kept: number[] = []
      for (const document of list) {
        const next = renumbered[document] as number
        if (next >= 0) kept.push(next)
      }
      if (kept.length > 0) postings.set(word, kept)
    }
    this.documents = documents
    this.postings = postings
    this.dropped = 0
  }
}
