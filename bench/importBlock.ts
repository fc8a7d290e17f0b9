// How long the main process is held up at a time while it imports very large articles: two articles of
// about 19 million characters each through the dispatcher, as the import dialog sends them, with a timer
// every 5 ms noting how late it fires. The baseline is the same timer with the process idle, in the same run.

import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createAppServices } from '../src/main/services/appServices'

export interface ImportBlockFigures {
  characters: number
  importMs: number
  /** The longest the timer fired late during the import. */
  longestBlockMs: number
  /** The same, with nothing running. */
  idleLongestBlockMs: number
}

const TICK_MS = 5

/** Runs `work` while a timer measures how late it fires; its value, and the worst lateness in ms. */
export async function withLongestBlock<T>(work: () => Promise<T>): Promise<{ value: T; blockMs: number }> {
  let worst = 0
  let last = performance.now()
  const timer = setInterval(() => {
    const now = performance.now()
    worst = Math.max(worst, now - last - TICK_MS)
    last = now
  }, TICK_MS)
  try {
    const value = await work()
    // The time since the last tick counts too: work that ends in a block would otherwise hide it.
    return { value, blockMs: Math.max(worst, performance.now() - last - TICK_MS) }
  } finally {
    clearInterval(timer)
  }
}

async function longestBlock(work: () => Promise<unknown>): Promise<number> {
  return (await withLongestBlock(work)).blockMs
}

export async function measureImportBlock(): Promise<ImportBlockFigures> {
  const folder = await mkdtemp(join(tmpdir(), 'parallax-bench-import-'))
  const services = await createAppServices({ dataFolder: folder, samplesFolder: 'resources/samples', checkBodies: false })
  try {
    const paragraph = 'The river rose overnight and the mayor said the levee held. Officials from both sides declined to comment on Tuesday. '
    const text = Array.from({ length: 155_000 }, (_, i) => `${paragraph}${i}`).join('\n\n')
    const item = (title: string, extracted: string) => ({ title, outlet: null, byline: null, url: null, publishedAt: null, tags: [], extracted })
    const idleLongestBlockMs = await longestBlock(() => new Promise((done) => setTimeout(done, 1500)))
    const started = performance.now()
    let ok = false
    const longestBlockMs = await longestBlock(async () => {
      const result = await services.dispatch('importArticles', { items: [item('A', text), item('B', `${text} b`)] })
      ok = result.ok
    })
    if (!ok) throw new Error('the import was refused')
    return { characters: 2 * text.length, importMs: performance.now() - started, longestBlockMs, idleLongestBlockMs }
  } finally {
    await services.library.close()
    await rm(folder, { recursive: true, force: true })
  }
}
