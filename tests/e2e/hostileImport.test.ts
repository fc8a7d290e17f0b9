// Hostile HTML through the real import path, in Chromium: the pages in tests/fixtures/hostile (scripts,
// event handlers, javascript: and data: addresses, SVG, MathML, mutation payloads, CSS, base and meta
// refresh, srcdoc) are chosen in the app's file chooser, previewed, imported, and compared side by side.
// Throughout, nothing may run (every payload tries window.__pwned or alert), nothing may be fetched from
// anywhere but the app's own origin, and the articles must keep their text and none of the payloads.

import { readdirSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Request } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startApp, type RunningApp } from './harness'
import { afterPendingEvents } from './pendingEvents'
import { getArticleTexts, listArticles } from '../../src/main/storage/articles'

const FOLDER = resolve('tests/fixtures/hostile')
const FILES = readdirSync(FOLDER).filter((name) => name.endsWith('.html')).sort()

/** The title and the opening words of each paragraph that must come through, per page. */
const ARTICLES: Record<string, { title: string; paragraphs: string[] }> = {
  'css.html': { title: 'Bus company restores rural Sunday routes', paragraphs: ['Sunday buses will return to six villages', 'The routes will run every two hours', 'A spokesman said the company had found the money'] },
  'handlers.html': { title: 'Library extends weekend opening hours', paragraphs: ['The town library will open on Sunday afternoons', 'The librarian said the change would cost nothing extra', 'Regular readers welcomed the news'] },
  'mathml.html': { title: 'School adds evening classes in mathematics', paragraphs: ['The secondary school on the lake road', 'Classes will cover fractions, percentages', 'Each class will last ninety minutes'] },
  'meta-base.html': { title: 'Lighthouse museum reopens after restoration', paragraphs: ['The lighthouse museum on the headland reopened', 'Visitors can now climb to the gallery again', 'The trust that runs the museum said'] },
  'mxss.html': { title: 'Market square to get new drinking fountain', paragraphs: ['A drinking fountain will be installed', 'The new fountain will be made of cast iron', 'Water for the fountain will come from the mains'] },
  'scripts.html': { title: 'Harbour council approves new ferry timetable', paragraphs: ['The harbour council voted on Thursday', 'Councillors said the extra crossings', 'The ferry operator told the meeting'] },
  'srcdoc.html': { title: 'Allotment waiting list falls as new plots open', paragraphs: ['The waiting list for allotments in the town', 'Plot holders pay twenty-five pounds a year', 'A new water tank and a shared tool shed'] },
  'svg.html': { title: 'Orchard growers expect early apple harvest', paragraphs: ['Growers across the county expect', 'The association warned that the same dry weather', 'Several farms said they would open their orchards'] },
  'urls.html': { title: 'Cycle lane on river road to open in spring', paragraphs: ['Work on a protected cycle lane', 'The county engineer said the lane', 'Shops on the road had worried about losing parking'] },
}

/** What no imported text or detail may hold: the payloads' code, addresses and markup. */
const PAYLOAD = /__pwned|alert\(|evil\.invalid|javascript:|vbscript:|data:text|onerror|onload|expression\(|<\s*[a-z!/?]/i

/** Installed before the page's own scripts, outside its CSP: records any attempt to run code or leave. */
const TRAPS = () => {
  const attempts: string[] = []
  Object.defineProperty(window, '__hostileAttempts', { value: attempts })
  Object.defineProperty(window, '__pwned', { configurable: false, get: () => undefined, set: (value: unknown) => void attempts.push(`__pwned=${String(value)}`) })
  for (const name of ['alert', 'confirm', 'prompt'] as const) {
    const original = window[name]
    Object.defineProperty(window, name, { value: (...args: unknown[]) => (attempts.push(`${name}(${args.map(String).join(',')})`), Reflect.apply(original, window, args)) })
  }
  const violations: string[] = []
  Object.defineProperty(window, '__violations', { value: violations })
  document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`))
}

interface PageState {
  attempts: string[]
  pwned: unknown
  /** Elements no article may bring into the app: frames, objects, bases, refreshes, MathML, foreign SVG parts. */
  foreign: string[]
  /** Elements with an on* attribute, scripts other than the app's, and links or sources to other schemes. */
  live: string[]
}

/** What the live document holds now: anything an article could have brought in that runs or loads. */
function readPageState(): PageState {
  const w = window as unknown as { __hostileAttempts: string[]; __pwned: unknown }
  const describe = (e: Element) => e.outerHTML.slice(0, 160)
  const all = [...document.querySelectorAll('*')]
  // The app's own policy is the one <meta http-equiv> allowed: the first in the head.
  const ownPolicy = document.head.querySelector('meta[http-equiv="Content-Security-Policy"]')
  const foreign = [...document.querySelectorAll('iframe, frame, frameset, object, embed, base, meta[http-equiv], math, portal, fencedframe, svg script, svg foreignObject, svg image, svg use, svg a, noscript, template')]
    .filter((e) => e !== ownPolicy)
    .map(describe)
  // The app's scripts come from /assets/; the test bridge adds its window.api from its own path.
  const ownScript = /^\/(?:assets\/[\w.-]+\.js|__parallax_bridge__\/api\.js)$/
  const live = [
    ...all.filter((e) => e.getAttributeNames().some((name) => /^on/i.test(name))),
    ...[...document.scripts].filter((s) => !s.src || new URL(s.src).origin !== location.origin || !ownScript.test(new URL(s.src).pathname) || s.textContent?.trim()),
    ...all.filter((e) => ['href', 'src', 'action', 'formaction', 'xlink:href', 'srcdoc', 'data', 'poster', 'srcset'].some((name) => {
      const value = e.getAttribute(name)
      if (value === null) return false
      if (name === 'srcdoc') return true
      try {
        const url = new URL(value, location.href)
        return url.origin !== location.origin && !(url.protocol === 'data:' && e.tagName === 'LINK' && e.getAttribute('rel') === 'icon') && url.protocol !== 'blob:'
      } catch {
        return true
      }
    })),
  ].map(describe)
  return { attempts: [...w.__hostileAttempts], pwned: w.__pwned, foreign, live }
}

describe('hostile HTML imported through the app', () => {
  let app: RunningApp
  let origin: string
  const requests: string[] = []
  const outside: string[] = []
  const dialogs: string[] = []
  const popups: string[] = []

  beforeAll(async () => {
    app = await startApp({ viewport: { width: 1500, height: 950 } })
    origin = new URL(app.bridge.url).origin
    const context = app.page.context()
    await context.addInitScript(TRAPS)
    const record = (request: Request) => void requests.push(request.url())
    context.on('request', record)
    context.on('page', (page) => void popups.push(page.url()))
    app.page.on('dialog', (dialog) => {
      dialogs.push(dialog.message())
      void dialog.dismiss()
    })
    // Anything addressed elsewhere is noted and cut off here, so that a leak fails the test, not the network.
    await context.route(
      (url) => url.origin !== origin,
      (route) => {
        outside.push(route.request().url())
        return route.abort('blockedbyclient')
      },
    )
    await app.page.goto(`${app.bridge.url}#/library`)
    await app.page.getByRole('heading', { name: /^Articles/ }).waitFor()
  })
  afterAll(async () => {
    await app?.close()
  })

  /** Nothing ran, nothing opened, nothing left: checked after every step. */
  async function expectNothingHappened(): Promise<void> {
    // Late loads, timers and animations have had their turn once the same kinds of event have fired after them.
    await afterPendingEvents(app.page)
    const state = await app.page.evaluate(readPageState)
    expect(state).toEqual({ attempts: [], pwned: undefined, foreign: [], live: [] })
    expect(dialogs).toEqual([])
    expect(popups).toEqual([])
    expect(outside).toEqual([])
    expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([])
    expect(app.page.url().startsWith(`${origin}/`)).toBe(true)
  }

  it('has a hostile page for every kind of attack, each a plausible article', () => {
    expect(FILES).toEqual(Object.keys(ARTICLES))
  })

  it('would notice a payload that ran or a request that left (the traps work)', async () => {
    const { page } = app
    await page.evaluate(() => {
      ;(window as unknown as { __pwned: string }).__pwned = 'probe'
      window.alert('probe')
    })
    expect(await page.evaluate(readPageState)).toMatchObject({ attempts: ['__pwned=probe', 'alert(probe)'], pwned: undefined })
    expect(dialogs).toEqual(['probe'])
    // A page without the app's CSP, in the same browser: its request to elsewhere is seen and cut off.
    const probe = await page.context().newPage()
    await probe.evaluate(() => fetch('https://evil.invalid/probe').catch(() => null))
    expect(outside).toEqual(['https://evil.invalid/probe'])
    expect(requests).toContain('https://evil.invalid/probe')
    await probe.close()
    await page.evaluate(() => void ((window as unknown as { __hostileAttempts: string[] }).__hostileAttempts.length = 0))
    for (const list of [dialogs, outside, requests, popups]) list.length = 0
  })

  it('previews every page as plain text, with its title found and no payload, and runs nothing', async () => {
    const { page } = app
    await page.getByRole('toolbar', { name: 'Articles' }).getByRole('button', { name: 'Import…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Import articles' })
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), dialog.getByRole('button', { name: 'Choose files…' }).click()])
    await chooser.setFiles(FILES.map((name) => resolve(FOLDER, name)))
    await expect.poll(() => dialog.getByRole('button', { name: `Import ${FILES.length} articles` }).isEnabled(), { timeout: 20_000 }).toBe(true)
    for (const name of FILES) {
      await expect(dialog.getByRole('textbox', { name: `Title of ${name}` }).inputValue()).resolves.toBe(ARTICLES[name]?.title)
    }
    expect(await dialog.locator('.import-refusal').count()).toBe(0)
    // The preview lists every block of text the page had, as text. Text that looks like a payload (a split
    // <script> tag reads as words, an unknown SVG element keeps its text) may be listed, but dropped.
    const blocks = await dialog.locator('.draft-blocks li').evaluateAll((items) => items.map((li) => ({ text: li.textContent ?? '', kept: !li.classList.contains('block-dropped') })))
    expect(blocks.length).toBeGreaterThanOrEqual(3 * FILES.length)
    expect(blocks.filter((b) => b.kept && PAYLOAD.test(b.text))).toEqual([])
    await expectNothingHappened()
  })

  it('imports every page with its paragraphs and none of its payloads', async () => {
    const { page } = app
    const dialog = page.getByRole('dialog', { name: 'Import articles' })
    await dialog.getByRole('button', { name: `Import ${FILES.length} articles` }).click()
    await expect.poll(() => dialog.locator('[data-outcome="imported"]').count(), { timeout: 20_000 }).toBe(FILES.length)
    await dialog.getByRole('button', { name: 'Done' }).click()
    const { library } = app.bridge.services
    for (const name of FILES) {
      const expected = ARTICLES[name] as { title: string; paragraphs: string[] }
      const article = listArticles(library.store).find((a) => a.title === expected.title)
      expect(article, name).toBeDefined()
      const { text } = await getArticleTexts(library.store, article?.id ?? '')
      for (const opening of expected.paragraphs) expect(text, name).toContain(opening)
      expect({ name, text }).toEqual({ name, text: expect.not.stringMatching(PAYLOAD) })
      const details = JSON.stringify({ title: article?.title, outlet: article?.outlet, byline: article?.byline, url: article?.url, publishedAt: article?.publishedAt })
      expect({ name, details }).toEqual({ name, details: expect.not.stringMatching(PAYLOAD) })
    }
    await expectNothingHappened()
  })

  it('compares all of them side by side, each column plain text, and runs nothing', async () => {
    const { page } = app
    for (const name of FILES) await page.getByRole('checkbox', { name: `Select “${ARTICLES[name]?.title}”` }).check()
    await page.getByRole('textbox', { name: 'Title of the new comparison' }).fill('Hostile pages')
    await page.getByRole('button', { name: 'Compare selected' }).click()
    await page.getByRole('heading', { level: 1, name: 'Hostile pages' }).waitFor()
    await page.locator(`[data-doc="${FILES.length - 1}"]`).first().waitFor()
    for (const [index, name] of FILES.entries()) {
      const column = (await page.locator(`[data-doc="${index}"]`).first().textContent()) ?? ''
      // The columns follow the order of selection, which is the order of FILES.
      expect(column, name).toContain((ARTICLES[name] as { paragraphs: string[] }).paragraphs[0])
      expect({ name, column }).toEqual({ name, column: expect.not.stringMatching(PAYLOAD) })
    }
    await expectNothingHappened()
  })

  it('raised no error in the page beyond the CSP refusing what the parser met', async () => {
    // Chromium holds even the inert DOMParser documents to the page's CSP and reports what it refused.
    const unexpected = app.pageErrors.filter((message) => !/Content Security Policy/i.test(message))
    expect(unexpected).toEqual([])
    const violations = await app.page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)
    expect(violations.filter((v) => !/^(?:script-src-attr inline|style-src-attr inline|style-src-elem inline|base-uri \S+)$/.test(v))).toEqual([])
  })
})
