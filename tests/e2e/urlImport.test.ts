// Importing articles by web address, in Chromium through the test bridge: two addresses served from
// 127.0.0.1 are pasted into the import dialog and fetched with Enter. The saved news page is read,
// previewed and cleaned as an HTML file is, and imported with its details and the address it was fetched
// from; the missing page is named with its reason, and does not stop the other.

import { readFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getArticleTexts, listArticles } from '../../src/main/storage/articles'
import { normaliseText } from '../../src/shared/import/decode'
import { screenshot, startApp, type RunningApp } from './harness'

const PAGE = resolve('tests/fixtures/import/e2e/ars-minecraft-exploit.html')
const TITLE = 'Just-released Minecraft exploit makes it easy to crash game servers'

describe('importing articles by web address', () => {
  let app: RunningApp
  let news: Server
  let origin: string
  const asked: string[] = []

  beforeAll(async () => {
    const page = await readFile(PAGE)
    news = createServer((request, response) => {
      asked.push(request.url ?? '')
      // The story sits behind one redirect, as a shortened or moved link does.
      if (request.url === '/s/minecraft') return void response.writeHead(301, { location: '/2015/04/minecraft-exploit.html' }).end()
      if (request.url === '/2015/04/minecraft-exploit.html') return void response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page)
      response.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>')
    })
    await new Promise<void>((done) => news.listen(0, '127.0.0.1', done))
    origin = `http://127.0.0.1:${(news.address() as AddressInfo).port}`
    app = await startApp({ viewport: { width: 1400, height: 950 } })
    await app.page.goto(`${app.bridge.url}#/library`)
    await app.page.getByRole('heading', { name: /^Articles/ }).waitFor()
  })
  afterAll(async () => {
    await app?.close()
    await new Promise<void>((done) => news?.close(() => done()))
  })

  it('fetches two pasted addresses: the page is previewed and imported with its source address, the 404 is named with its reason', async () => {
    const { page } = app
    const good = `${origin}/s/minecraft`
    const missing = `${origin}/2015/04/no-such-story.html`
    await page.getByRole('toolbar', { name: 'Articles' }).getByRole('button', { name: 'Import…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Import articles' })
    const field = dialog.getByRole('textbox', { name: 'Or fetch web pages by address' })
    await field.focus()
    await field.fill(`${good}\n${missing}`)
    await field.press('Enter')
    // The field is emptied and keeps the focus, ready for more.
    await expect.poll(() => field.inputValue()).toBe('')
    await expect(field.evaluate((node) => node === document.activeElement)).resolves.toBe(true)

    await expect.poll(() => dialog.getByRole('button', { name: 'Import 1 article' }).isEnabled()).toBe(true)
    await expect(dialog.getByRole('textbox', { name: `Title of ${good}` }).inputValue()).resolves.toBe(TITLE)
    await expect(dialog.getByRole('textbox', { name: `Byline of ${good}` }).inputValue()).resolves.toBe('Dan Goodin')
    await expect(dialog.getByRole('textbox', { name: `URL of ${good}` }).inputValue()).resolves.toBe(
      'https://arstechnica.com/information-technology/2015/04/just-released-minecraft-exploit-makes-it-easy-to-crash-game-servers/',
    )
    const refusal = dialog.locator('.import-refusal')
    await expect.poll(() => refusal.count()).toBe(1)
    await expect(refusal.textContent()).resolves.toBe(
      `${missing} cannot be imported: The site has no page at this address (404 Not Found). Check the address, or whether the article was moved or taken down.Dismiss`,
    )
    await expect(dialog.getByRole('list', { name: 'Web pages on their way' }).count()).resolves.toBe(0)
    await refusal.scrollIntoViewIfNeeded()
    await screenshot(page, 'import-by-address')

    await dialog.getByRole('button', { name: 'Import 1 article' }).click()
    await expect.poll(() => dialog.locator('[data-outcome="imported"]').count()).toBe(1)
    await expect(dialog.locator('[data-outcome="refused"]').textContent()).resolves.toContain('The site has no page at this address (404 Not Found)')
    await expect(dialog.locator('[data-outcome="imported"]').textContent()).resolves.toBe(`${origin}/2015/04/minecraft-exploit.html: imported as “${TITLE}”`)
    await dialog.getByRole('button', { name: 'Done' }).click()

    const { store } = app.bridge.services.library
    const article = listArticles(store).find((a) => a.title === TITLE)
    expect(article).toMatchObject({ byline: 'Dan Goodin', sourceFormat: 'html', sourceName: null, fetched: { url: `${origin}/2015/04/minecraft-exploit.html` } })
    expect(Date.now() - Date.parse(article?.fetched?.at ?? '')).toBeLessThan(10 * 60_000)
    const texts = await getArticleTexts(store, article?.id ?? '')
    // The page as a saved file would be kept: decoded, line endings and trailing spaces tidied.
    expect(texts.source).toBe(normaliseText(await readFile(PAGE, 'utf8')))
    expect(texts.text).toContain('Minecraft')
    expect(texts.text).not.toContain('<script')
    expect([...asked].sort()).toEqual(['/2015/04/minecraft-exploit.html', '/2015/04/no-such-story.html', '/s/minecraft'])
    // Chromium reports each <style> of the page it declines to apply under the app's CSP in the inert
    // document the page is parsed into (as for a page file, see largeImport.test.ts); nothing else may show.
    // The article editor says where and when the page was fetched.
    await page.getByRole('button', { name: `Edit “${TITLE}”` }).click()
    const editor = page.getByRole('dialog', { name: `Edit “${TITLE}”` })
    await expect(editor.locator('.article-fetched').textContent()).resolves.toMatch(new RegExp(`^Fetched from ${origin}/2015/04/minecraft-exploit\\.html on .*\\d`))
    await editor.getByRole('button', { name: 'Cancel' }).click()
    expect(app.pageErrors.filter((message) => !/^Applying inline style violates the following Content Security Policy directive 'style-src 'self''/.test(message))).toEqual([])
  })

  it('names an address that is not a web page at once, without fetching it', async () => {
    const { page } = app
    await page.getByRole('toolbar', { name: 'Articles' }).getByRole('button', { name: 'Import…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Import articles' })
    const field = dialog.getByRole('textbox', { name: 'Or fetch web pages by address' })
    await field.fill('file:///etc/passwd')
    await dialog.getByRole('button', { name: 'Fetch pages' }).click()
    await expect.poll(() => dialog.locator('.import-refusal').textContent()).toContain('Parallax fetches only web addresses (http:// or https://), not “file:” addresses.')
    await dialog.getByRole('button', { name: 'Cancel' }).click()
  })
})
