// Reading a web page as the import dialog does, in Chromium under the renderer's CSP: parsed by DOMParser
// on the UI thread, Readability in the import worker on that document serialised and rebuilt with
// linkedom, then sanitised and written out on the UI thread. It must give exactly what extractHtml (all of
// it on the UI thread) gives: on every fixture page, every hostile page, a page with a paragraph styled
// hidden (styles do not apply under the app's CSP, so neither reader may skip it), and a heavy page.

import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import { extname, join, resolve } from 'node:path'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { build } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { HtmlExtraction } from '../../src/renderer/src/features/import/html'
import { FIXTURE_PAGES, fixturePage, NO_ARTICLE_PAGES } from '../unit/renderer/features/import/fixturePages'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './harness'
import { heavyPage } from './largeImportInput'

interface PageApi {
  bothWays: (html: string) => Promise<{ here: HtmlExtraction; split: HtmlExtraction }>
}

/** Both readings of a page, exposed to the test: extractHtml, and the steps with Readability given to linkedom. */
const ENTRY = (src: string): string => `import { extractHtml, extractHtmlInSteps } from ${JSON.stringify(`${src}/features/import/html.ts`)}
import { readArticleInWorker } from ${JSON.stringify(`${src}/features/import/pageArticle.ts`)}
window.bothWays = async (html) => ({
  here: extractHtml(html),
  split: await extractHtmlInSteps(html, { between: async () => {}, readArticle: async (serialised) => readArticleInWorker(serialised) }),
})
document.title = 'ready'
`

let folder: string
let server: Server
let context: BrowserContext
let page: Page

async function rendererCsp(): Promise<string> {
  const html = await readFile('src/renderer/index.html', 'utf8')
  const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1]
  if (!csp) throw new Error('No CSP found in src/renderer/index.html')
  return csp
}

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'parallax-html-worker-'))
  await writeFile(join(folder, 'entry.js'), ENTRY(resolve('src/renderer/src')))
  await build({ configFile: false, logLevel: 'warn', publicDir: false, build: { outDir: join(folder, 'out'), minify: false, lib: { entry: join(folder, 'entry.js'), formats: ['es'], fileName: () => 'both.js' } } })
  await writeFile(
    join(folder, 'out', 'index.html'),
    `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="${await rendererCsp()}"><title>loading</title></head><body><script type="module" src="./both.js"></script></body></html>`,
  )
  server = createServer((request, response) => {
    const name = (request.url ?? '/').split('?')[0]?.replace(/^\/+/, '') || 'index.html'
    readFile(join(folder, 'out', name.replace(/[^\w.-]/g, '')))
      .then((body) => response.writeHead(200, { 'content-type': extname(name) === '.js' ? 'text/javascript' : 'text/html' }).end(body))
      .catch(() => response.writeHead(404).end())
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const address = server.address()
  context = await chromium.launchPersistentContext(join(folder, 'profile'), { executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS })
  page = context.pages()[0] ?? (await context.newPage())
  await page.goto(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/index.html`)
  await page.waitForFunction(() => document.title === 'ready')
})

afterAll(async () => {
  await context?.close()
  await new Promise((done) => server?.close(done))
  if (folder) await rm(folder, { recursive: true, force: true })
})

const bothWays = (html: string) => page.evaluate((input) => (window as unknown as PageApi).bothWays(input), html)

async function hostilePages(): Promise<string[]> {
  return (await readdir('tests/fixtures/hostile')).filter((name) => name.endsWith('.html')).sort()
}

describe('Readability in the worker, on the page as Chromium parsed it', () => {
  it.each([...Object.keys(FIXTURE_PAGES), ...NO_ARTICLE_PAGES])('%s reads as on the UI thread', async (name) => {
    const { here, split } = await bothWays(fixturePage(name))
    expect(split).toEqual(here)
  })

  it('every hostile page reads as on the UI thread', async () => {
    for (const name of await hostilePages()) {
      const { here, split } = await bothWays(await readFile(join('tests/fixtures/hostile', name), 'utf8'))
      expect({ name, split }).toEqual({ name, split: here })
    }
  })

  it('a paragraph styled hidden is read by both, since the CSP keeps styles from applying in the parsed page', async () => {
    const words = 'The ferry timetable changes on Monday, with two more crossings each day and a later last boat on Fridays.'
    const html = `<!doctype html><html><head><title>Ferry timetable</title></head><body><article><p>${words}</p><p style="display:none">A paragraph styled hidden, read all the same where styles do not apply.</p><p>${words}</p></article></body></html>`
    const { here, split } = await bothWays(html)
    expect(here).toMatchObject({ ok: true, extracted: expect.stringContaining('A paragraph styled hidden') })
    expect(split).toEqual(here)
  })

  it('a heavy page of many paragraphs and much clutter reads as on the UI thread', async () => {
    const { here, split } = await bothWays(heavyPage(9, 400_000).html)
    expect(here.ok).toBe(true)
    expect(split).toEqual(here)
  })
})
