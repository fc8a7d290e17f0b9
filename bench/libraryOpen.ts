// One opening of the library in a fresh process (started by bench/library.ts), as at the app's start:
// nothing compiled or cached yet but the modules loaded. Times createAppServices until listArticles
// answers, then until a search for a word answers (it waits for the index built in the background; the
// empty search of the library view's first request does not, as it lists every article without the index);
// notes the process's resident memory then and the size of the listArticles reply; closes the library and
// prints one JSON line.
//
//   node --import tsx bench/libraryOpen.ts DATA_FOLDER

import { createAppServices } from '../src/main/services/appServices'
import { withLongestBlock } from './importBlock'

export interface OpenResult {
  openMs: number
  readyMs: number
  articles: number
  /** Resident memory once the index is ready, in MB. */
  rssMB: number
  /** The listArticles reply as JSON, in KB. */
  listReplyKB: number
  /** The longest event-loop block from the start until the index is ready, in ms. */
  blockMs?: number
}

const dataFolder = process.argv[2]
if (dataFolder === undefined) throw new Error('usage: libraryOpen.ts DATA_FOLDER')
const began = performance.now()
let openMs = 0
const {
  value: [listed, searched, services],
  blockMs,
} = await withLongestBlock(async () => {
  const opened = await createAppServices({ dataFolder, samplesFolder: 'resources/samples' })
  const list = await opened.dispatch('listArticles', undefined)
  openMs = performance.now() - began
  // "Kerry": a word of the sample, so of both libraries (the built-in sample is in each).
  return [list, await opened.dispatch('searchArticles', { query: 'kerry ' }), opened] as const
})
const readyMs = performance.now() - began
const rssMB = process.memoryUsage().rss / 1024 / 1024
await services.library.close()
if (!listed.ok || !searched.ok || (searched.value as unknown[]).length === 0) throw new Error('the library did not answer, or its search found nothing')
const result: OpenResult = { openMs, readyMs, articles: (listed.value as unknown[]).length, rssMB, listReplyKB: JSON.stringify(listed.value).length / 1024, blockMs }
process.stdout.write(`${JSON.stringify(result)}\n`)
