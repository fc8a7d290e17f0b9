// Web Annotation export and import in Chromium through the test bridge: the person's name set in Settings,
// highlights on a report whose web address is known and whose text opens with an emoji, the file the
// Notes tab's "Export annotations" downloads checked against the W3C model's MUSTs, and the same file
// brought back with "Import annotations…" giving the same highlights, positions, colours and notes.

import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import type { ComparisonSummary } from '../../src/shared/domain/comparison'
import type { Highlight, HighlightPage } from '../../src/shared/domain/highlight'
import type { ImportOutcome } from '../../src/shared/ipc/contract'
import { creatorAssertions, failedAssertions } from '../unit/shared/export/annotationModel'
import { useSampleApp, type RunningApp } from './harness'
import { playMenu } from './playMenu'

const ADDRESS = 'https://news.example/2013/05/06/kerry-moscow'

/** The value of a successful call made straight to the services (setting up what a test needs). */
async function call<T>(app: RunningApp, channel: string, input?: unknown): Promise<T> {
  const result = await app.bridge.services.dispatch(channel, input)
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`)
  return result.value as T
}

const kept = (h: Highlight) => ({ articleId: h.articleId, anchor: h.anchor, color: h.color, note: h.note })
const inPlaceOrder = (list: Highlight[]) => list.map(kept).sort((a, b) => a.articleId.localeCompare(b.articleId) || a.anchor.position.start - b.anchor.position.start)

describe('Web Annotation export and import', () => {
  const running = useSampleApp()

  it('downloads annotations that meet the model, naming the person, and imports them back as they were', async () => {
    const app = running.current
    const { page } = app
    await playMenu(page, { command: 'openSettings' })
    const settings = page.getByRole('dialog', { name: 'Settings' })
    await settings.getByRole('textbox', { name: 'Your name' }).fill('Reader One')
    await settings.getByRole('button', { name: 'Done' }).click()
    await expect.poll(() => call<{ authorName: string }>(app, 'getSettings').then((s) => s.authorName)).toBe('Reader One')

    // Two reports of the sample, the first with its address and an emoji and a flag before its text.
    const sample = (n: number) => readFile(`resources/samples/kerry-moscow-2013/${n}.txt`, 'utf8')
    const first = `🔴 Live 🇷🇺\n\n${await sample(1)}`
    const item = (text: string, url: string | null) => ({ title: `Report with ${url ? 'an address' : 'no address'}`, outlet: null, byline: null, url, publishedAt: null, tags: [], extracted: text })
    const outcomes = await call<ImportOutcome[]>(app, 'importArticles', { items: [item(first, ADDRESS), item(await sample(2), null)] })
    const articleIds = outcomes.map((o) => o.article?.id as string)
    const comparison = await call<ComparisonSummary>(app, 'createComparison', { title: 'Two reports with notes', articleIds })
    const texts = await Promise.all(articleIds.map((id) => call<{ text: string }>(app, 'getArticle', { id }).then((a) => a.text)))
    const at = (doc: number, phrase: string) => ({ articleId: articleIds[doc], start: texts[doc]!.indexOf(phrase), end: texts[doc]!.indexOf(phrase) + phrase.length })
    await call(app, 'addHighlight', { comparisonId: comparison.id, ...at(0, 'Focus of trip'), color: 'orange', note: 'After the emoji.' })
    await call(app, 'addHighlight', { comparisonId: comparison.id, ...at(1, 'more than 70,000 people'), color: 'purple' })
    const listed = async () => (await call<HighlightPage>(app, 'listHighlights', { comparisonId: comparison.id })).highlights
    const before = inPlaceOrder(await listed())

    await page.goto(`${app.bridge.url}#/comparison/${comparison.id}`)
    await page.locator('[data-doc="1"] mark[data-highlight]').first().waitFor()
    await page.getByRole('tab', { name: /Notes/ }).click()
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export annotations' }).click()])
    expect(download.suggestedFilename()).toBe('Two-reports-with-notes-annotations.jsonld')
    const file = await readFile((await download.path()) as string, 'utf8')
    const annotations = JSON.parse(file).first.items as { creator: unknown; target: { source: string } }[]
    expect(annotations.map((a) => a.target.source)).toEqual([ADDRESS, `urn:parallax:article:${articleIds[1]}`])
    for (const annotation of annotations) {
      expect(failedAssertions(annotation)).toEqual([])
      expect(failedAssertions(annotation, creatorAssertions)).toEqual([])
      expect(annotation.creator).toEqual({ type: 'Person', name: 'Reader One' })
    }

    for (const h of await listed()) await call(app, 'deleteHighlight', { id: h.id })
    await page.reload()
    await page.locator('[data-doc="1"] [data-paragraph]').first().waitFor()
    await page.getByRole('tab', { name: /Notes/ }).click()
    await page.getByLabel('Annotations file to import').setInputFiles({ name: 'notes.jsonld', mimeType: 'application/ld+json', buffer: Buffer.from(file) })
    await expect.poll(() => page.locator('mark[data-highlight]').count()).toBe(2)
    expect(inPlaceOrder(await listed())).toEqual(before)
    expect(app.pageErrors).toEqual([])
  })
})
