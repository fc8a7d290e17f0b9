// The library's own search index against MiniSearch, the kept library for it, on the same articles (the
// bench's library of 10,000), in a process of its own so that each one's memory can be measured alone
// (run with --expose-gc; started by bench/library.ts). Both are given the same words: the app's word
// splitting and search forms, so they find the same articles. Measured for each: building from the texts
// in memory, the heap it then holds, the size of its saved form, saving it and loading it back, and the
// same searches as the library benchmark (every word required, the last one perhaps unfinished).
//
//   node --expose-gc --import tsx bench/searchLibraries.ts LIBRARY_FOLDER

import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import MiniSearch from 'minisearch'
import { CHANGES_FILE, LIBRARY_FILE } from '../src/main/storage/library'
import { LibraryFile } from '../src/main/storage/libraryFile'
import { SearchIndex } from '../src/main/storage/searchIndex'
import { searchForm } from '../src/main/storage/searchWords'
import { decodeIndex } from '../src/main/storage/searchIndexFile'
import { forEachWord } from '../src/shared/domain/text'

export interface IndexFigures {
  name: string
  buildMs: number
  heapMB: number
  savedMB: number
  saveMs: number
  loadMs: number
  /** Query → median ms over the runs, and articles found. */
  searches: { query: string; medianMs: number; found: number }[]
}

export const SEARCH_QUERIES = ['kerry', 'kerry flaitrour', 'clai', 's']
const RUNS = 9

const collect = (): void => (globalThis as { gc?: () => void }).gc?.()
const heap = (): number => process.memoryUsage().heapUsed / 1e6
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[values.length >> 1] as number

async function timeSearches(search: (query: string) => Promise<number> | number): Promise<IndexFigures['searches']> {
  const out: IndexFigures['searches'] = []
  for (const query of SEARCH_QUERIES) {
    const times: number[] = []
    let found = 0
    for (let i = 0; i < RUNS; i++) {
      const began = performance.now()
      found = await search(query)
      times.push(performance.now() - began)
    }
    out.push({ query, medianMs: median(times), found })
  }
  return out
}

const folder = process.argv[2]
if (folder === undefined) throw new Error('usage: searchLibraries.ts LIBRARY_FOLDER')
const file = new LibraryFile(join(folder, LIBRARY_FILE), join(folder, CHANGES_FILE))
const data = await file.read()
await file.close()
if (data === null) throw new Error(`no library in ${folder}`)
const texts = new Map<string, string>()
for (const article of data.articles) texts.set(article.textHash, await readFile(join(folder, 'bodies', `${article.textHash}.txt`), 'utf8'))
const byId = new Map(data.articles.map((a) => [a.id, a]))
const figures: IndexFigures[] = []

{
  let saved: Uint8Array | null = null
  let saveMs = 0
  const source = {
    list: () => data.articles,
    find: (id: string) => byId.get(id),
    readBody: async (hash: string) => texts.get(hash) ?? '',
    file: {
      load: async () => null,
      save: async (bytes: Uint8Array) => {
        saved = bytes
      },
    },
  }
  collect()
  const before = heap()
  const began = performance.now()
  const index = new SearchIndex(source)
  await index.search('x')
  const buildMs = performance.now() - began
  collect()
  const heapMB = heap() - before
  const searches = await timeSearches(async (query) => (await index.search(query))?.size ?? 0)
  const saving = performance.now()
  await index.close()
  saveMs = performance.now() - saving
  const bytes = saved as Uint8Array | null
  if (bytes === null) throw new Error('the index was not saved')
  const loading = performance.now()
  if ((await decodeIndex(bytes)) === null) throw new Error('the saved index did not read back')
  const loadMs = performance.now() - loading
  figures.push({ name: 'Parallax index', buildMs, heapMB, savedMB: bytes.length / 1e6, saveMs, loadMs, searches })
}

{
  const tokenize = (text: string): string[] => {
    const words: string[] = []
    forEachWord(text, (start, end) => words.push(text.slice(start, end)))
    return words
  }
  const options = { fields: ['title', 'outlet', 'byline', 'text'], tokenize, processTerm: (term: string) => searchForm(term) }
  collect()
  const before = heap()
  const began = performance.now()
  let mini = new MiniSearch(options)
  for (const a of data.articles) mini.add({ id: a.id, title: a.title, outlet: a.outlet ?? '', byline: a.byline ?? '', text: texts.get(a.textHash) ?? '' })
  const buildMs = performance.now() - began
  collect()
  const heapMB = heap() - before
  const saving = performance.now()
  const json = JSON.stringify(mini)
  const saveMs = performance.now() - saving
  const loading = performance.now()
  mini = MiniSearch.loadJSON(json, options)
  const loadMs = performance.now() - loading
  // Every word required, the last one as a prefix: the library's own rule.
  const searches = await timeSearches(
    (query) => mini.search(query, { combineWith: 'AND', prefix: (_term: string, i: number, terms: string[]) => i === terms.length - 1 }).length,
  )
  figures.push({ name: 'MiniSearch 7', buildMs, heapMB, savedMB: json.length / 1e6, saveMs, loadMs, searches })
}

process.stdout.write(`${JSON.stringify(figures)}\n`)
