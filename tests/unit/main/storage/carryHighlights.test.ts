// "Carry to the newest version" on a real report and its real changes: the saved Ars Technica page as a site
// served it over time (tests/e2e/changedPages.ts: a sentence reworded, a paragraph added, a quotation
// corrected; and here a sentence removed), each read as the app reads a page and kept as a version of the
// article. Highlights made on earlier versions stay where they were made (a start does not move them);
// carried, those found are bound to the newest version with their new words, in one append to the highlights
// file, and those whose words were removed or rewritten beyond recognition come back unplaced with their
// quote, note and reason, and stay on their version. A kill during the append leaves every highlight whole.

import { readFile, truncate } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Highlight } from '../../../../src/shared/domain/highlight'
import { parseInert } from '../../../../src/reading/inertDocument'
import { readSource } from '../../../../src/reading/source'
import { addArticle, getArticle } from '../../../../src/main/storage/articles'
import { carryHighlights, NOT_FOUND_REASON } from '../../../../src/main/storage/carryHighlights'
import { addComparison } from '../../../../src/main/storage/comparisons'
import type { Library } from '../../../../src/main/storage/library'
import { HIGHLIGHTS_FILE } from '../../../../src/main/storage/openStore'
import { recordVersion } from '../../../../src/main/storage/versions'
import { servedPages } from '../../../e2e/changedPages'
import { testClock, useTempLibraries } from './tempLibraries'

const URL_ = 'http://127.0.0.1/ars/minecraft-exploit'
const REMOVED = ' <em>Minecraft</em> items can also store arbitrary metadata in a file format known as <a href="http://wiki.vg/NBT">Named Binary Tag (NBT)</a>, which allows complex data structures to be kept in hierarchical nests.'

function reading(html: string): { title: string; extracted: string; dropped: number[]; source: string } {
  const draft = readSource('page.html', 'html', html, parseInert)
  if (draft.kind === 'refusal') throw new Error(draft.reason)
  return { title: draft.details.title, extracted: draft.extracted, dropped: [...draft.dropped], source: html }
}

const temp = useTempLibraries('carry')

/** The article imported from the first serving, highlights made, then each change kept as a version. */
async function articleWithVersions(): Promise<{ library: Library; comparisonId: string; articleId: string; made: Map<string, Highlight> }> {
  const pages = await servedPages()
  if (!pages.quote.includes(REMOVED)) throw new Error('The saved page no longer holds the sentence this test removes.')
  const clock = testClock('2026-03-01T12:00:00Z')
  const library = await temp.open(clock.now)
  const { article } = await addArticle(library.store, { ...reading(pages.first), byline: null, outlet: 'Ars Technica', url: URL_, publishedAt: null, tags: [], sourceFormat: 'html', fetched: { url: URL_, at: clock.now().toISOString() } })
  const other = await addArticle(library.store, { title: 'Minecraft servers at risk', extracted: 'A bug lets anyone crash Minecraft servers, a developer says.', byline: null, outlet: 'Wire', url: null, publishedAt: null, tags: [], sourceFormat: 'text' })
  const comparison = await addComparison(library.store, 'Minecraft exploit', [article.id, other.article.id])
  const made = new Map<string, Highlight>()
  const highlight = async (quote: string, note: string): Promise<void> => {
    const text = (await getArticle(library.store, article.id)).text
    const start = text.indexOf(quote)
    expect(start, quote).toBeGreaterThanOrEqual(0)
    made.set(quote, await library.highlights.add({ comparisonId: comparison.id, articleId: article.id, start, end: start + quote.length, color: 'yellow', note }))
  }
  const version = async (html: string): Promise<void> => {
    clock.advance(86_400_000)
    const { title, ...page } = reading(html)
    expect((await recordVersion(library.store, { articleId: article.id, title, byline: null, ...page, fetched: { url: URL_, at: clock.now().toISOString() } }, 1)).status).toBe('new-version')
  }
  await highlight('makes it easy for just about anyone', 'Who says it is easy?')
  await highlight('crash the server hosting the game', 'Any server, or only some?')
  await highlight('I thought a lot before writing this post,', 'Quote checked against the blog post.')
  await highlight('Pakistan-based developer Ammar Askar', '')
  await highlight('store arbitrary metadata in a file format', 'What is NBT?')
  await version(pages.reworded)
  await version(pages.paragraph)
  await highlight('a fix would ship with the next update', 'When is the next update?')
  await version(pages.quote)
  await version(pages.quote.replace(REMOVED, ''))
  return { library, comparisonId: comparison.id, articleId: article.id, made }
}

const journalLines = async (): Promise<string[]> => (await readFile(join(temp.dir, HIGHLIGHTS_FILE), 'utf8')).split('\n').filter(Boolean)

describe('carrying highlights to the newest version', () => {
  it('leaves highlights of earlier versions where they were made, however the library is opened again', async () => {
    const { comparisonId, made } = await articleWithVersions()
    const reopened = await temp.open()
    expect(reopened.startup.repairs).toEqual([])
    expect(reopened.highlights.list(comparisonId)).toEqual([...made.values()])
  })

  it('places what it can find in the newest text, with its new words, and lists the rest with their quote, note and reason', async () => {
    const { library, comparisonId, articleId, made } = await articleWithVersions()
    const before = await journalLines()
    const newest = await getArticle(library.store, articleId)
    const { carried, unplaced } = await carryHighlights(library.store, comparisonId, articleId)

    const quoteMade = new Map([...made.values()].map((h) => [h.id, h.anchor.quote.exact]))
    expect(carried.map((h) => `${quoteMade.get(h.id)} → ${newest.text.slice(h.anchor.position.start, h.anchor.position.end)}`)).toEqual([
      'crash the server hosting the game → down the server that hosts the game',
      'I thought a lot before writing this post, → I thought long and hard before writing this post,',
      'Pakistan-based developer Ammar Askar → Pakistan-based developer Ammar Askar',
      'a fix would ship with the next update → a fix would ship with the next update',
    ])
    for (const h of carried) {
      const was = [...made.values()].find((m) => m.id === h.id) as Highlight
      expect(h).toMatchObject({ versionHash: newest.extractedHash, note: was.note, color: was.color, createdAt: was.createdAt })
      expect(h.anchor.quote.exact).toBe(newest.text.slice(h.anchor.position.start, h.anchor.position.end))
    }
    expect(unplaced.map((u) => [u.highlight.anchor.quote.exact, u.highlight.note, u.reason])).toEqual([
      ['makes it easy for just about anyone', 'Who says it is easy?', NOT_FOUND_REASON],
      ['store arbitrary metadata in a file format', 'What is NBT?', NOT_FOUND_REASON],
    ])
    expect(unplaced.map((u) => u.highlight)).toEqual([made.get('makes it easy for just about anyone'), made.get('store arbitrary metadata in a file format')])
    // One line per highlight carried, appended together; nothing written for those left.
    expect((await journalLines()).slice(0, before.length)).toEqual(before)
    expect((await journalLines()).slice(before.length).map((line) => (JSON.parse(line) as { put: Highlight }).put)).toEqual(carried)

    // Opened again: the carried on the newest version, the others as they were; a second carry places nothing new.
    const reopened = await temp.open()
    const byId = new Map(reopened.highlights.list(comparisonId).map((h) => [h.id, h]))
    for (const h of carried) expect(byId.get(h.id)).toEqual(h)
    for (const u of unplaced) expect(byId.get(u.highlight.id)).toEqual(u.highlight)
    const again = await carryHighlights(reopened.store, comparisonId, articleId)
    expect(again.carried).toEqual([])
    expect(again.unplaced.map((u) => u.highlight.id)).toEqual(unplaced.map((u) => u.highlight.id))
  })

  it('killed while appending, leaves every highlight whole: on its earlier version, or carried', async () => {
    const { library, comparisonId, articleId, made } = await articleWithVersions()
    const size = (await readFile(join(temp.dir, HIGHLIGHTS_FILE))).length
    const { carried } = await carryHighlights(library.store, comparisonId, articleId)
    await library.close()
    // The append cut short inside its last line, as a kill during the write would leave it.
    const after = await readFile(join(temp.dir, HIGHLIGHTS_FILE))
    const lastLine = after.lastIndexOf('\n', after.length - 2) + 1
    expect(lastLine).toBeGreaterThan(size)
    await truncate(join(temp.dir, HIGHLIGHTS_FILE), lastLine + 40)

    const reopened = await temp.open()
    expect(reopened.startup.repairs.join(' ')).toMatch(/cut short/)
    const byId = new Map(reopened.highlights.list(comparisonId).map((h) => [h.id, h]))
    const torn = carried.at(-1) as Highlight
    expect(byId.get(torn.id)).toEqual([...made.values()].find((h) => h.id === torn.id))
    for (const h of carried.slice(0, -1)) expect(byId.get(h.id)).toEqual(h)
    expect(byId.size).toBe(made.size)
  })

  it('refuses an article that is not part of the comparison, changing nothing', async () => {
    const { library, comparisonId, articleId } = await articleWithVersions()
    const elsewhere = await addComparison(library.store, 'Elsewhere', library.store.data.comparisons[0]?.articleIds.slice().reverse() ?? [])
    const outsider = await addArticle(library.store, { title: 'Unrelated', extracted: 'Nothing to do with it.', byline: null, outlet: null, url: null, publishedAt: null, tags: [], sourceFormat: 'text' })
    const before = await journalLines()
    await expect(carryHighlights(library.store, comparisonId, outsider.article.id)).rejects.toMatchObject({ code: 'invalid-argument', message: 'That article is not part of this comparison.' })
    // Another comparison's highlights on the same article are that comparison's to carry.
    expect(await carryHighlights(library.store, elsewhere.id, articleId)).toEqual({ carried: [], unplaced: [] })
    expect(await journalLines()).toEqual(before)
  })
})
