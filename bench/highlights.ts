// Saving a highlight as the library grows: the time from the IPC call to its answer (validated, anchored,
// written to disk), with an empty library as the baseline and with 1,000 articles and 4,000 highlights,
// and 5,000 articles and 20,000 highlights. The large libraries are written straight to the data folder
// (metadata file and highlight journal), so building them takes seconds, not the hour real imports would.

import { randomUUID } from 'node:crypto'
import { appendFile, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createAppServices } from '../src/main/services/appServices'
import { getArticle } from '../src/main/storage/articles'
import { listComparisons } from '../src/main/storage/comparisons'

export interface SaveFigures {
  articles: number
  highlights: number
  fileMB: number
  p50Ms: number
  p95Ms: number
}

const SAVES = 60

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] as number
}

async function measure(articles: number, highlights: number): Promise<SaveFigures> {
  const dataFolder = await mkdtemp(join(tmpdir(), 'parallax-save-bench-'))
  try {
    // First start: the sample. Then grow the metadata file to the size asked for.
    const first = await createAppServices({ dataFolder, samplesFolder: 'resources/samples' })
    const comparison = listComparisons(first.library.store)[0]
    if (!comparison) throw new Error('no sample comparison')
    const folder = join(dataFolder, 'library')
    const path = join(folder, 'library.json')
    const data = JSON.parse(await readFile(path, 'utf8')) as { articles: unknown[] }
    const model = data.articles[0] as Record<string, unknown>
    for (let i = data.articles.length; i < articles; i++) data.articles.push({ ...model, id: randomUUID(), title: `Report ${i}` })
    await writeFile(path, JSON.stringify(data))
    const articleId = comparison.articleIds[2] as string
    const text = (await getArticle(first.library.store, articleId)).text
    const template = await first.library.highlights.add({ comparisonId: comparison.id, articleId, start: 100, end: 180, color: 'yellow', note: 'A note of a typical length, a sentence or two about why this matters.' })
    const lines: string[] = []
    for (let i = 1; i < highlights; i++) lines.push(JSON.stringify({ put: { ...template, id: randomUUID() } }))
    await appendFile(join(folder, 'highlights.jsonl'), lines.map((l) => `${l}\n`).join(''))
    const fileMB = ((await stat(path)).size + (await stat(join(folder, 'highlights.jsonl'))).size) / 1e6

    const services = await createAppServices({ dataFolder, samplesFolder: 'resources/samples' })
    const times: number[] = []
    for (let i = 0; i < SAVES; i++) {
      const start = (i * 37) % (text.length - 100)
      const began = performance.now()
      const result = await services.dispatch('addHighlight', { comparisonId: comparison.id, articleId, start, end: start + 60, color: 'green', note: `Saved ${i}` })
      times.push(performance.now() - began)
      if (!result.ok) throw new Error(result.error.message)
    }
    await first.library.close()
    await services.library.close()
    return { articles, highlights, fileMB: Math.round(fileMB * 10) / 10, p50Ms: percentile(times, 0.5), p95Ms: percentile(times, 0.95) }
  } finally {
    await rm(dataFolder, { recursive: true, force: true })
  }
}

export async function measureSaves(): Promise<SaveFigures[]> {
  return [await measure(3, 1), await measure(1000, 4000), await measure(5000, 20_000)]
}
