// The process crash.test.ts kills: it loads the storage code, says "ready", waits for "go" on stdin, then
// opens the real library in the folder it is given and writes to it without end (articles, comparisons,
// highlights, label and title changes, deletes), one write at a time. Before each write it prints
// "begin <write>", and once the write is acknowledged (its promise resolved) "ack <write>"; the parent
// requires every acknowledged write to survive the kill.
//
//   node --import tsx tests/unit/main/storage/crashChild.ts <library folder> <run number>

import { once } from 'node:events'
import type { Highlight } from '../../../src/shared/domain/highlight'
import { openLibrary } from '../../../src/main/storage/library'

const [folder, runText] = process.argv.slice(2) as [string, string]
const run = Number(runText)
const say = (line: string): void => void process.stdout.write(`${line}\n`)

/** A small seeded generator, so a run's choice of writes can be repeated. */
let seed = run * 2654435761
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}
const pick = <T>(list: readonly T[]): T | undefined => list[Math.floor(random() * list.length)]

// A parent that dies closes stdin: stop then rather than write forever.
process.stdin.on('end', () => process.exit(0))
say('ready')
const [go] = (await once(process.stdin, 'data')) as [Buffer]
if (go.toString().trim() !== 'go') process.exit(2)

const library = await openLibrary(folder)
say('open')
const highlights = new Map<string, Highlight>()
for (const comparison of library.listComparisons()) for (const h of library.listHighlights(comparison.id)) highlights.set(h.id, h)

/** Numbers that grow from run to run, so a later label or title can be told from an earlier one. */
const number = (i: number): number => run * 10_000 + i

async function write(i: number): Promise<void> {
  const roll = random()
  const articles = library.listArticles()
  const comparisons = library.listComparisons()
  if (roll < 0.25 || articles.length < 3) {
    say(`begin article`)
    const { article } = await library.addArticle({
      title: `Report ${run}-${i}`,
      outlet: null,
      byline: null,
      url: null,
      publishedAt: null,
      tags: [],
      extracted: `Report ${run}-${i}: the river rose ${i} centimetres overnight.\n\nThe mayor spoke at ${run} o'clock.`,
    })
    say(`ack article ${article.id}`)
  } else if (roll < 0.35 || comparisons.length === 0) {
    const chosen = [...new Set([pick(articles), pick(articles), pick(articles)].map((a) => a?.id))].filter((id): id is string => id !== undefined)
    if (chosen.length < 2) return
    say(`begin comparison`)
    const comparison = await library.addComparison(`Comparison ${run}-${i}`, chosen)
    say(`ack comparison ${comparison.id}`)
  } else if (roll < 0.6) {
    const comparison = pick(comparisons)
    const articleId = comparison && pick(comparison.articleIds)
    if (!comparison || !articleId) return
    say(`begin highlight`)
    const h = await library.addHighlight({ comparisonId: comparison.id, articleId, start: 0, end: 6, color: 'yellow', note: `note ${run}-${i}`, passageId: null })
    highlights.set(h.id, h)
    say(`ack highlight ${h.id}`)
  } else if (roll < 0.75) {
    say(`begin label ${number(i)}`)
    await library.setColorLabel('yellow', `L${number(i)}`)
    say(`ack label ${number(i)}`)
  } else if (roll < 0.85) {
    const article = pick(articles)
    if (!article) return
    say(`begin title ${article.id} ${number(i)}`)
    await library.updateArticle(article.id, { title: `T${number(i)}` })
    say(`ack title ${article.id} ${number(i)}`)
  } else if (roll < 0.93) {
    const h = pick([...highlights.values()])
    if (!h) return
    say(`begin unhighlight ${h.id}`)
    await library.deleteHighlight(h.id)
    highlights.delete(h.id)
    say(`ack unhighlight ${h.id}`)
  } else {
    const article = pick(articles)
    if (!article) return
    // What the delete takes with it: its comparisons left with fewer than two reports, and their highlights and its own.
    const removed = comparisons.filter((c) => c.articleIds.includes(article.id) && c.articleIds.length <= 2).map((c) => c.id)
    const gone = [...highlights.values()].filter((h) => h.articleId === article.id || removed.includes(h.comparisonId)).map((h) => h.id)
    const line = `delete ${article.id} ${removed.join(',') || '-'} ${gone.join(',') || '-'}`
    say(`begin ${line}`)
    await library.deleteArticle(article.id)
    for (const id of gone) highlights.delete(id)
    say(`ack ${line}`)
  }
}

for (let i = 0; i < 5000; i++) await write(i)
await library.close()
