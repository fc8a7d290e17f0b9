// The reading (src/reading over linkedom) in Chromium, under the renderer's own Content-Security-Policy,
// as the import worker runs it: the fixture pages read as under Node, the hostile page runs nothing and
// fetches nothing, and neither linkedom nor Readability trips the CSP: not even the page's own inline
// handlers and styles are reported, since no page is ever parsed into a document Chromium checks. On
// generated pages no word comes out that the page's text does not hold.

import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import { extname, join } from 'node:path'
import fc from 'fast-check'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { build } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseInert } from '../../src/reading/inertDocument'
import { readPage, type HtmlExtraction } from '../../src/reading/page'
import { FIXTURE_PAGES, fixturePage, HOSTILE_TEXT, NO_ARTICLE_PAGES } from '../unit/reading/fixturePages'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './harness'
import { afterPendingEvents } from './pendingEvents'

interface PageApi {
  extractHtml: (html: string) => HtmlExtraction
  pageWords: (html: string) => string[]
  violations: string[]
  __parallaxPwned?: string
}

let folder: string
let server: Server
let origin: string
let context: BrowserContext
let page: Page
const requests: string[] = []
const dialogs: string[] = []

/** The renderer's CSP, read from its index.html so that this page runs under the same rules. */
async function rendererCsp(): Promise<string> {
  const html = await readFile('src/renderer/index.html', 'utf8')
  const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1]
  if (!csp) throw new Error('No CSP found in src/renderer/index.html')
  return csp
}

const RUNNER = `import { parseInert, readPage } from './reading.js'
window.violations = []
document.addEventListener('securitypolicyviolation', (e) => window.violations.push(e.violatedDirective + ' ' + e.blockedURI))
window.extractHtml = (html) => readPage(html, parseInert)
window.pageWords = (html) => {
  const doc = new DOMParser().parseFromString(html, 'text/html')
  const walker = doc.createTreeWalker(doc, NodeFilter.SHOW_TEXT)
  const words = new Set()
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement && node.parentElement.closest('script, style, noscript, template, svg, math, iframe, object, embed')) continue
    for (const word of node.nodeValue.toLowerCase().split(/\\s+/)) if (word) words.add(word)
  }
  return [...words]
}
document.title = 'ready'
`

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'parallax-html-import-'))
  await build({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    build: { outDir: folder, emptyOutDir: false, minify: false, lib: { entry: 'src/reading/index.ts', formats: ['es'], fileName: () => 'reading.js' } },
  })
  await writeFile(join(folder, 'runner.js'), RUNNER)
  await writeFile(
    join(folder, 'index.html'),
    `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="${await rendererCsp()}"><title>loading</title></head><body><script type="module" src="./runner.js"></script></body></html>`,
  )
  server = createServer((request, response) => {
    const name = (request.url ?? '/').split('?')[0]?.replace(/^\/+/, '') || 'index.html'
    readFile(join(folder, name.replace(/[^\w.-]/g, '')))
      .then((body) => response.writeHead(200, { 'content-type': extname(name) === '.js' ? 'text/javascript' : 'text/html' }).end(body))
      .catch(() => response.writeHead(404).end())
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
  context = await chromium.launchPersistentContext(join(folder, 'profile'), { executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS })
  page = context.pages()[0] ?? (await context.newPage())
  page.on('request', (request) => requests.push(request.url()))
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  await page.goto(`${origin}/index.html`)
  await page.waitForFunction(() => document.title === 'ready')
})

afterAll(async () => {
  await context?.close()
  await new Promise((resolve) => server?.close(resolve))
  await rm(folder, { recursive: true, force: true })
})

const extractIn = (html: string): Promise<HtmlExtraction> => page.evaluate((input) => (window as unknown as PageApi).extractHtml(input), html)

describe('the reading in Chromium', () => {
  it.each(Object.keys(FIXTURE_PAGES))('%s reads as under Node', async (name) => {
    const expected = FIXTURE_PAGES[name]!
    // What the page's markup says of each block (captions, code ...) too, as the reading under Node gives it.
    const underNode = readPage(fixturePage(name), parseInert)
    const markup = underNode.ok ? underNode.markup : null
    expect(await extractIn(fixturePage(name))).toEqual({ ok: true, extracted: expected.paragraphs.join('\n\n'), details: expected.details, markup })
  })

  it.each(NO_ARTICLE_PAGES)('%s is refused', async (name) => {
    expect(await extractIn(fixturePage(name))).toMatchObject({ ok: false, reason: expect.stringMatching(/^No article text was found/) })
  })

  it('neither library needs eval or anything else the CSP forbids: a plain page raises no CSP violation at all', async () => {
    await page.evaluate(() => ((window as unknown as PageApi).violations.length = 0))
    expect(await extractIn(fixturePage('plain-title-only.html'))).toMatchObject({ ok: true })
    expect(await page.evaluate(() => (window as unknown as PageApi).violations)).toEqual([])
  })

  it('the hostile page, and an <svg> holding a <script>, run nothing and fetch nothing', async () => {
    const before = requests.length
    await page.evaluate(() => ((window as unknown as PageApi).violations.length = 0))
    const hostile = await extractIn(fixturePage('hostile.html'))
    const words = Array.from({ length: 30 }, (_, i) => `word${i}`).join(' ')
    const svg = await extractIn(`<article><p>${words}</p><svg onload="window.__parallaxPwned='svg'"><script>window.__parallaxPwned='svg script'</script><text>SVG TEXT</text></svg><img src=x onerror="window.__parallaxPwned='img'"></article>`)
    await afterPendingEvents(page)
    expect(hostile.ok && hostile.extracted).not.toMatch(HOSTILE_TEXT)
    expect(svg).toMatchObject({ ok: true, extracted: words })
    const state = await page.evaluate(() => ({ pwned: (window as unknown as PageApi).__parallaxPwned ?? null, body: document.body.innerHTML }))
    expect(state).toEqual({ pwned: null, body: '<script type="module" src="./runner.js"></script>' })
    expect(dialogs).toEqual([])
    expect(requests.slice(before)).toEqual([])
    // Chromium holds a DOMParser document to the window's CSP and reports the page's inline handlers, styles
    // and <base> as blocked; linkedom's documents are not Chromium's, so nothing at all is reported.
    expect(await page.evaluate(() => (window as unknown as PageApi).violations)).toEqual([])
  })

  it('never writes a word that is not in the page text, on generated pages with comments, frames and broken markup', async () => {
    const vocabulary = ['port', 'strike', 'union', 'caf&eacute;', 'r&amp;d', '6.5%', '“quoted”', 'a&nbsp;b', '&lt;tag&gt;', 'Öl']
    const text = fc.array(fc.oneof(fc.constantFrom(...vocabulary), fc.stringMatching(/^[a-z]{1,9}$/)), { minLength: 1, maxLength: 12 }).map((ws) => ` ${ws.join(' ')} `)
    const tag = fc.constantFrom('p', 'div', 'h2', 'li', 'pre', 'td', 'span', 'b', 'a', 'font')
    const { node } = fc.letrec<{ node: string }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        text,
        fc.tuple(tag, fc.array(tie('node'), { maxLength: 4 })).map(([t, children]) => `<${t}>${children.join('')}</${t}>`),
        fc.tuple(tag, tie('node')).map(([t, child]) => `<${t}>${child}`),
        fc.constantFrom('</div>', '</p>', '<br>', '<!-- commentword -->', '<img src=x onerror="window.__parallaxPwned=1">', '<iframe srcdoc="hiddenword"></iframe>'),
        // Inside a <span>, so that the element is in the body: a <noscript> in the head lets text out into
        // the body when scripting is off, as it is in a DOMParser document.
        fc.constantFrom('script', 'style', 'noscript', 'template', 'svg', 'textarea').map((t) => `<span><${t}> hiddenword </${t}></span>`),
      ),
    }))
    const pageHtml = fc.tuple(fc.array(node, { maxLength: 6 }), fc.array(text.map((t) => `<p>${t}${t}${t}</p>`), { maxLength: 5 })).map(([noise, paragraphs]) => [...noise, ...paragraphs].join('\n'))
    let articles = 0
    await fc.assert(
      fc.asyncProperty(pageHtml, async (html) => {
        const [result, words] = await page.evaluate((input) => [(window as unknown as PageApi).extractHtml(input), (window as unknown as PageApi).pageWords(input)] as const, html)
        if (!result.ok) return
        articles += 1
        const known = new Set(words)
        expect(result.extracted.toLowerCase().split(/\s+/).filter((w) => w !== '' && !known.has(w))).toEqual([])
        expect(result.extracted).not.toMatch(/hiddenword|commentword/)
      }),
      { numRuns: 150 },
    )
    expect(articles).toBeGreaterThan(15)
  })
})
