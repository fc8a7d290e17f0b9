// Reading a page in parts, as the import dialog does: with Readability here, and with Readability in the
// worker (linkedom, on the page as the browser parsed and serialised it), each part gives exactly what
// extractHtml gives on every fixture page, refusals included. Run in happy-dom; tests/e2e/htmlWorkerImport
// checks the same in Chromium, under the app's CSP.

import { describe, expect, it } from 'vitest'
import { extractHtml, extractHtmlInSteps, type HtmlStep } from '../../../../../src/renderer/src/features/import/html'
import { readArticleInWorker } from '../../../../../src/renderer/src/features/import/pageArticle'
import { FIXTURE_PAGES, fixturePage, NO_ARTICLE_PAGES } from './fixturePages'

// As in html.test.ts: happy-dom tries to load stylesheets linked from a DOMParser document.
;(window as unknown as { happyDOM: { settings: { handleDisabledFileLoadingAsSuccess: boolean } } }).happyDOM.settings.handleDisabledFileLoadingAsSuccess = true

const PAGES = [...Object.keys(FIXTURE_PAGES), ...NO_ARTICLE_PAGES]
const inWorker = async (serialised: string) => readArticleInWorker(serialised)

describe('extractHtmlInSteps', () => {
  it.each(PAGES)('%s: Readability here gives what extractHtml gives, in three more steps', async (name) => {
    const steps: HtmlStep[] = []
    const result = await extractHtmlInSteps(fixturePage(name), { between: async (step) => void steps.push(step) })
    expect(result).toEqual(extractHtml(fixturePage(name)))
    expect(steps).toEqual(['article', 'sanitise', 'text'])
  })

  it.each(PAGES)('%s: Readability in the worker (linkedom) gives what extractHtml gives', async (name) => {
    expect(await extractHtmlInSteps(fixturePage(name), { between: async () => {}, readArticle: inWorker })).toEqual(extractHtml(fixturePage(name)))
  })

  it('an empty page is refused before any step', async () => {
    const steps: HtmlStep[] = []
    expect(await extractHtmlInSteps('  ', { between: async (step) => void steps.push(step), readArticle: inWorker })).toEqual(extractHtml('  '))
    expect(steps).toEqual([])
  })

  it('a stop between steps ends the read with the stop, not with a refusal', async () => {
    const stop = new DOMException('Stopped', 'AbortError')
    await expect(extractHtmlInSteps(fixturePage('jsonld-newsarticle.html'), { between: (step) => (step === 'sanitise' ? Promise.reject(stop) : Promise.resolve()) })).rejects.toBe(stop)
  })

  it('a failure in the worker is a refusal that says the page could not be read', async () => {
    const result = await extractHtmlInSteps(fixturePage('jsonld-newsarticle.html'), { between: async () => {}, readArticle: async () => ({ error: 'out of memory' }) })
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(/^This page could not be read \(out of memory\)\. Open the article in a browser/) })
  })
})
