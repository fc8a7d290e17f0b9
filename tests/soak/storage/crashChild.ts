// The process crash.test.ts kills: it loads the storage code, says "ready", waits for "go" on stdin, then
// opens the real library in the folder it is given (with journal compaction made frequent) and works on it
// without end, up to three calls in flight at once: imports, comparisons, highlights added, edited and
// deleted, label and title changes, new versions of fetched articles; an article delete runs alone. Before each call it prints
// "begin <n> <call>", and once the call is acknowledged (its promise resolved) "ack <n> <call>", or
// "fail <n>" when the library refused it; the parent requires every acknowledged call to survive the kill.
//
//   node --import tsx tests/soak/storage/crashChild.ts <library folder> <run number>

import { once } from 'node:events'
import type { Highlight } from '../../../src/shared/domain/highlight'
import { openLibrary } from '../../../src/main/storage/library'
import { addArticle, listArticles, updateArticle } from '../../../src/main/storage/articles'
import { setColorLabel } from '../../../src/main/storage/colorLabels'
import { addComparison, listComparisons } from '../../../src/main/storage/comparisons'
import { recordVersion } from '../../../src/main/storage/versions'

const [folder, runText] = process.argv.slice(2) as [string, string]
const run = Number(runText)
const say = (line: string): void => void process.stdout.write(`${line}\n`)
/** A journal compacted after every few changes, so kills land in compactions too. */
const COMPACT_SLACK = 6

/** A small seeded generator, so a run's choice of calls can be repeated. */
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

const library = await openLibrary(folder, undefined, { compactSlack: COMPACT_SLACK })
say('open')
const highlights = new Map<string, Highlight>()
for (const comparison of listComparisons(library.store)) for (const h of library.highlights.list(comparison.id)) highlights.set(h.id, h)

/** Numbers that grow from run to run, so a later label, title or note can be told from an earlier one. */
const number = (i: number): number => run * 100_000 + i

interface Call {
  line: string
  run: () => Promise<string | void>
  /** Runs alone, never beside another call. */
  alone?: boolean
  /** The highlight it touches: two calls in flight never touch the same one. */
  highlight?: string
}

/** One call, chosen at random, or null when the library has nothing for it to act on. */
function plan(i: number, busy: ReadonlySet<string>): Call | null {
  const roll = random()
  const articles = listArticles(library.store)
  const comparisons = listComparisons(library.store)
  const free = [...highlights.values()].filter((h) => !busy.has(h.id))
  if (roll < 0.2 || articles.length < 3) {
    return {
      line: 'article',
      run: async () => {
        const { article } = await addArticle(library.store, {
          title: `Report ${run}-${i}`,
          outlet: null,
          byline: null,
          url: null,
          publishedAt: null,
          tags: [],
          extracted: `Report ${run}-${i}: the river rose ${i} centimetres overnight.\n\nThe mayor spoke at ${run} o'clock.`,
          // Every other article as if fetched from a web address, so that it keeps versions.
          ...(i % 2 === 0 ? { fetched: { url: `https://news.example/${run}/${i}`, at: new Date().toISOString() } } : {}),
        })
        return article.id
      },
    }
  }
  if (roll < 0.28 || comparisons.length === 0) {
    const chosen = [...new Set([pick(articles), pick(articles), pick(articles)].map((a) => a?.id))].filter((id): id is string => id !== undefined)
    if (chosen.length < 2) return null
    return { line: 'comparison', run: async () => (await addComparison(library.store, `Comparison ${run}-${i}`, chosen)).id }
  }
  if (roll < 0.5) {
    const comparison = pick(comparisons)
    const articleId = comparison && pick(comparison.articleIds)
    if (!comparison || !articleId) return null
    return {
      line: 'highlight',
      run: async () => {
        const h = await library.highlights.add({ comparisonId: comparison.id, articleId, start: 0, end: 6, color: 'yellow', note: `N${number(i)}` })
        highlights.set(h.id, h)
        return h.id
      },
    }
  }
  if (roll < 0.65) {
    const h = pick(free)
    if (!h) return null
    return {
      line: `edit ${h.id} ${number(i)}`,
      highlight: h.id,
      run: async () => {
        highlights.set(h.id, await library.highlights.update({ id: h.id, note: `N${number(i)}` }))
      },
    }
  }
  if (roll < 0.74) {
    const h = pick(free)
    if (!h) return null
    return {
      line: `unhighlight ${h.id}`,
      highlight: h.id,
      run: async () => {
        await library.highlights.delete(h.id)
        highlights.delete(h.id)
      },
    }
  }
  if (roll < 0.84) return { line: `label ${number(i)}`, run: async () => void (await setColorLabel(library.store, 'yellow', `L${number(i)}`)) }
  if (roll < 0.89) {
    const article = pick(articles)
    if (!article) return null
    return { line: `title ${article.id} ${number(i)}`, run: async () => void (await updateArticle(library.store, article.id, { title: `T${number(i)}` })) }
  }
  if (roll < 0.94) {
    const article = pick(articles.filter((a) => a.fetched))
    if (!article) return null
    // A page changed since: a new version, its texts and the article with it in one save; its number of versions once acknowledged.
    return {
      line: `version ${article.id}`,
      run: async () => {
        const extracted = `Report ${run}-${i} revised ${number(i)}: the river rose overnight.\n\nThe mayor spoke again at ${run} o'clock.`
        const found = await recordVersion(library.store, { articleId: article.id, title: `Page ${number(i)}`, byline: null, extracted, source: `<p>${extracted}</p>`, fetched: { url: article.fetched?.url ?? '', at: new Date().toISOString() } }, 1)
        return String(found.article.versions?.length ?? 0)
      },
    }
  }
  const article = pick(articles)
  if (!article) return null
  // What the delete takes with it: its comparisons left with fewer than two reports, and their highlights and its own.
  const removed = comparisons.filter((c) => c.articleIds.includes(article.id) && c.articleIds.length <= 2).map((c) => c.id)
  const gone = [...highlights.values()].filter((h) => h.articleId === article.id || removed.includes(h.comparisonId)).map((h) => h.id)
  return {
    line: `delete ${article.id} ${removed.join(',') || '-'} ${gone.join(',') || '-'}`,
    alone: true,
    run: async () => {
      await library.deletions.delete(article.id)
      for (const id of gone) highlights.delete(id)
    },
  }
}

let sequence = 0
async function perform(call: Call): Promise<void> {
  const n = sequence++
  say(`begin ${n} ${call.line}`)
  try {
    const id = await call.run()
    say(`ack ${n} ${call.line}${id ? ` ${id}` : ''}`)
  } catch {
    say(`fail ${n}`)
  }
}

for (let i = 0; i < 100_000; ) {
  const batch: Call[] = []
  const busy = new Set<string>()
  const size = 1 + Math.floor(random() * 3)
  while (batch.length < size) {
    const call = plan(i++, busy)
    if (!call) continue
    if (call.alone) {
      if (batch.length === 0) batch.push(call)
      break
    }
    if (call.highlight) busy.add(call.highlight)
    batch.push(call)
  }
  await Promise.all(batch.map(perform))
}
await library.close()
