// Full-text search over the library: an in-memory inverted index from each word to the articles holding it
// in their title, outlet, byline or text. Opening the library must not wait for every body to be read, so
// the index is built in the background after open, and a search waits for it. Every change is one queued
// refresh of one article, run in order after the build, so the index ends up matching the library however
// changes and the build interleave. Words are the app's words (forEachWord), matched without regard to
// case, accents or inner punctuation (searchWords.ts).
//
// The index is kept in a file between runs (searchIndexFile.ts): at open it is loaded, and only the articles
// changed since it was written are read again, so a search of a large library answers within a moment of
// opening. It is written in the background once built, a while after changes, and when the library closes.

import type { ArticleMeta } from '../../shared/domain/article'
import { forEachWord } from '../../shared/domain/text'
import { wordChunks } from '../../shared/import/chunks'
import { decodeIndex, encodeIndex, indexSignature } from './searchIndexFile'
import { parseQuery, searchForm } from './searchWords'
import { SerialQueue } from './serialQueue'
import { PIECE, pause } from './textInPieces'

/** Where the index is kept between runs. */
export interface IndexFile {
  /** The bytes last saved; null when there are none (or they cannot be read). */
  load(): Promise<Uint8Array | null>
  save(bytes: Uint8Array): Promise<void>
}

export interface IndexSource {
  list(): readonly ArticleMeta[]
  find(id: string): ArticleMeta | undefined
  readBody(hash: string): Promise<string>
  /** Keeps the index between runs, when given. */
  file?: IndexFile
}

/** How long after a change the index is saved (changes meanwhile are saved with it). */
const SAVE_DELAY_MS = 20_000

/** Bodies read at once while building: enough to keep the disk busy without flooding memory. */
const BUILD_CONCURRENCY = 8
/** Dropped documents (deleted or replaced articles) tolerated before the postings are rewritten. */
const COMPACT_AFTER = 1000
/** Spellings whose search form is remembered: words repeat, so most are normalised once. */
const MAX_REMEMBERED_SPELLINGS = 200_000

type Postings = number[] | Uint32Array

export class SearchIndex {
  /** word → document numbers, ascending (documents are numbered in the order they were indexed); a loaded list is a view into the file's numbers. */
  private postings = new Map<string, Postings>()
  /** document number → article id; null once the article was removed or indexed again. */
  private documents: (string | null)[] = []
  /** document number → what it was made from (indexSignature); '' when its body could not be read. */
  private signatures: string[] = []
  /** The index holds every article (its build was not stopped), so it may be saved. */
  private complete = false
  /** Changed since it was loaded or last saved. */
  private dirty = false
  private saveTimer: ReturnType<typeof setTimeout> | null = null
  private readonly documentOf = new Map<string, number>()
  private dropped = 0
  private readonly queue = new SerialQueue()
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
    this.saveLater()
  }

  /** The ids of the articles holding every word of the query; null when the query has no words (every article). */
  async search(query: string): Promise<Set<string> | null> {
    this.start()
    await this.queue.idle()
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

  /** Stops, and saves the index if it is whole and changed (the library is closing). */
  async close(): Promise<void> {
    this.stop()
    if (this.saveTimer) clearTimeout(this.saveTimer)
    this.saveTimer = null
    // In the queue, after the work before it: nothing changes the index while it is written a piece at a time.
    await this.queue.run(() => this.save())
  }

  private saveLater(): void {
    if (!this.source.file || this.saveTimer || this.stopped) return
    this.saveTimer = setTimeout(() => {
      this.saveTimer = null
      this.enqueue(() => this.save())
    }, SAVE_DELAY_MS)
    // A save waiting never keeps the process alive; closing the library saves.
    this.saveTimer.unref?.()
  }

  /** Writes the index to its file if it is whole and has changed; a failure only means a longer next start. */
  private async save(): Promise<void> {
    const file = this.source.file
    if (!file || !this.complete || !this.dirty) return
    const documents = this.documents.map((id, n): [string, string] | null => (id === null ? null : [id, this.signatures[n] as string]))
    const bytes = await encodeIndex({ documents, postings: this.postings }, pause)
    this.dirty = false
    await file.save(bytes).catch(() => {
      this.dirty = true
    })
  }

  /** Takes the saved index, if there is one that reads; returns whether it did. */
  private async adopt(): Promise<boolean> {
    const bytes = await this.source.file?.load().catch(() => null)
    const saved = bytes ? await decodeIndex(bytes, pause) : null
    if (!saved) return false
    this.documents = saved.documents.map((d) => (d === null ? null : d[0]))
    this.signatures = saved.documents.map((d) => (d === null ? '' : d[1]))
    this.documentOf.clear()
    this.dropped = 0
    this.documents.forEach((id, n) => {
      if (id === null) this.dropped++
      else this.documentOf.set(id, n)
    })
    this.postings = saved.postings as Map<string, Postings>
    return true
  }

  private enqueue(task: () => Promise<void>): void {
    // A task that fails must not stop the ones after it; what it would have indexed is left out.
    void this.queue.run(task).catch(() => undefined)
  }

  /** A body that cannot be read still leaves the article findable by its details (and is read again next start). */
  private readBody(hash: string): Promise<string | null> {
    return this.source.readBody(hash).catch(() => null)
  }

  private async build(): Promise<void> {
    const adopted = await this.adopt()
    const articles = this.source.list()
    let pending: ArticleMeta[] = [...articles]
    if (adopted) {
      // Only what changed since the index was saved is read again; what is gone is dropped.
      const present = new Set(articles.map((a) => a.id))
      for (const id of [...this.documentOf.keys()]) if (!present.has(id)) this.remove(id)
      pending = articles.filter((meta) => {
        const document = this.documentOf.get(meta.id)
        return document === undefined || this.signatures[document] !== indexSignature(meta)
      })
      this.dirty = pending.length > 0 || this.dropped > 0
    } else this.dirty = true
    let next = 0
    const worker = async (): Promise<void> => {
      for (let meta = pending[next++]; meta && !this.stopped; meta = pending[next++]) {
        const text = await this.readBody(meta.textHash)
        const current = this.source.find(meta.id)
        if (current?.textHash === meta.textHash) await this.add(current, text)
      }
    }
    await Promise.all(Array.from({ length: BUILD_CONCURRENCY }, worker))
    this.complete = !this.stopped
    if (this.dirty) this.saveLater()
  }

  /**
   * Indexes an article: its words are read a piece of text at a time, with a pause between pieces (a long
   * body must not hold up the main process), then entered at once, so no search sees half of them.
   */
  private async add(meta: ArticleMeta, body: string | null): Promise<void> {
    const text = body ?? ''
    const words = new Set<string>()
    for (const field of [meta.title, meta.outlet, meta.byline]) if (field) this.wordsOf(field, words)
    for (const piece of wordChunks(text, PIECE)) {
      this.wordsOf(piece, words)
      if (piece.length < text.length) await pause()
    }
    this.remove(meta.id)
    const document = this.documents.length
    this.documents.push(meta.id)
    this.signatures.push(body === null ? '' : indexSignature(meta))
    this.documentOf.set(meta.id, document)
    this.dirty = true
    for (const word of words) {
      const list = this.postings.get(word)
      if (Array.isArray(list)) list.push(document)
      else this.postings.set(word, list ? [...list, document] : [document])
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
    this.signatures[document] = ''
    this.documentOf.delete(id)
    this.dropped++
    this.dirty = true
    if (this.dropped > COMPACT_AFTER && this.dropped > this.documentOf.size) this.compact()
  }

  /** Renumbers the live documents and rewrites the postings without the dropped ones. */
  private compact(): void {
    const renumbered = new Int32Array(this.documents.length).fill(-1)
    const documents: string[] = []
    const signatures: string[] = []
    this.documents.forEach((id, document) => {
      if (id === null) return
      renumbered[document] = documents.length
      this.documentOf.set(id, documents.length)
      documents.push(id)
      signatures.push(this.signatures[document] as string)
    })
    const postings = new Map<string, Postings>()
    for (const [word, list] of this.postings) {
      const kept: number[] = []
      for (const document of list) {
        const next = renumbered[document] as number
        if (next >= 0) kept.push(next)
      }
      if (kept.length > 0) postings.set(word, kept)
    }
    this.documents = documents
    this.signatures = signatures
    this.postings = postings
    this.dropped = 0
  }
}
