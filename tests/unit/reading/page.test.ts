// Reading an HTML page into an article, under Node on linkedom as the app's import worker and the command
// line do: the details and text of each fixture page (one
// with JSON-LD, one with meta tags only, one with neither, one broken), the refusals, and properties
// over arbitrary input: extraction never throws and never writes a word that is not in the page.

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseInert } from '../../../src/reading/inertDocument'
import { readPage, type HtmlDetails, type HtmlExtraction, type PageStep } from '../../../src/reading/page'
import { FIXTURE_PAGES, fixturePage, HOSTILE_TEXT, NO_ARTICLE_PAGES } from './fixturePages'

const extractHtml = (html: string): HtmlExtraction => readPage(html, parseInert)

/** The details as one line per field, so a failure reads like the page's card. */
function card(details: HtmlDetails): string {
  return (['title', 'outlet', 'byline', 'publishedAt', 'url'] as const).map((field) => `${field}: ${details[field] ?? '—'}`).join('\n')
}

function article(result: HtmlExtraction): Extract<HtmlExtraction, { ok: true }> {
  if (!result.ok) throw new Error(`expected an article, got the refusal: ${result.reason}`)
  return result
}

describe('each fixture page', () => {
  describe.each(Object.entries(FIXTURE_PAGES))('%s', (name, expected) => {
    it(`details: ${expected.about}`, () => {
      expect(card(article(extractHtml(fixturePage(name))).details)).toBe(card(expected.details))
    })

    it('text: one paragraph per block, a blank line between', () => {
      expect(article(extractHtml(fixturePage(name))).extracted).toBe(expected.paragraphs.join('\n\n'))
    })
  })

  it('the simple page, exactly', () => {
    expect(article(extractHtml(fixturePage('plain-title-only.html'))).extracted).toBe(
      [
        'More than forty container ships were still anchored off Valmere on Tuesday night, even after the dockworkers who had walked out on Friday voted to go back to work.',
        '',
        'Harbour pilots said the first vessels would be brought in at dawn. The port expects to clear the queue within a week.',
        '',
        'We will work around the clock,',
        'but it will not happen overnight.',
        '',
        'Local fishing boats, which use a separate quay, were not affected by the strike.',
      ].join('\n'),
    )
  })

  it('no entity, tag or page furniture left in any text', () => {
    for (const name of Object.keys(FIXTURE_PAGES)) {
      expect(article(extractHtml(fixturePage(name))).extracted).not.toMatch(/&[a-z]+;|&#|[<>]|Privacy|Related|Share|dataLayer|Subscribe|Sign up/)
    }
  })
})

describe('refusals', () => {
  const noArticle = /^No article text was found in this page.*paste it instead\.$/

  it.each([
    ['an empty file', ''],
    ['whitespace only', '  \n\t \r\n '],
  ])('%s', (_, html) => {
    const result = extractHtml(html)
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(/^This page is empty\..*paste it instead\.$/) })
  })

  it.each(NO_ARTICLE_PAGES)('%s (a navigation/index page)', (name) => {
    expect(extractHtml(fixturePage(name))).toEqual({ ok: false, reason: expect.stringMatching(noArticle) })
  })

  it.each([
    ['a short note', '<html><body><p>Back in five minutes.</p></body></html>'],
    ['twenty-four words', `<p>${Array.from({ length: 24 }, (_, i) => `word${i}`).join(' ')}</p>`],
    ['only a script', '<script>document.write("lots and lots of words ".repeat(100))</script>'],
    ['text that is not HTML', 'just a line of plain text'],
  ])('%s', (_, html) => {
    expect(extractHtml(html)).toEqual({ ok: false, reason: expect.stringMatching(noArticle) })
  })

  it('twenty-five words are enough', () => {
    const result = extractHtml(`<p>${Array.from({ length: 25 }, (_, i) => `word${i}`).join(' ')}</p>`)
    expect(result.ok).toBe(true)
  })
})

const HIDDEN = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed'])

/** Words of the page's own text (text nodes outside scripts, styles and the like), lower-cased. Adjacent text nodes are one text (linkedom splits text at entities). */
function pageWords(html: string): Set<string> {
  let text = ''
  const visit = (node: Node): void => {
    if (node.nodeType === 3) text += node.nodeValue ?? ''
    if (node.nodeType === 1) {
      text += ' '
      if (HIDDEN.has((node as Element).localName.toLowerCase())) return
    }
    node.childNodes.forEach((child) => visit(child))
  }
  visit(parseInert(html))
  return new Set(text.toLowerCase().split(/\s+/).filter((word) => word !== ''))
}

const outputWords = (text: string): string[] => text.toLowerCase().split(/\s+/).filter((word) => word !== '')

describe('properties', () => {
  it('never throws on arbitrary strings, and answers with text or a reason', () => {
    const htmlish = fc
      .array(fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('<p>', '</p>', '<div>', '</div>', '<br>', '<script>', '</script>', '<svg>', '<!--', '-->', '&amp;', '&#x1F600;', '&bogus;', '<![CDATA[', '<a href="javascript:x">', '<meta property="og:title" content="', '">', '<script type="application/ld+json">{"@type":"NewsArticle","headline":')), { maxLength: 60 })
      .map((parts) => parts.join(''))
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), htmlish), (input) => {
        const result = extractHtml(input)
        if (result.ok) expect(result.extracted.trim()).not.toBe('')
        else expect(result.reason.length).toBeGreaterThan(10)
      }),
      { numRuns: 300 },
    )
  })

  const vocabulary = ['port', 'strike', 'ship', 'union', 'deal', 'caf&eacute;', 'r&amp;d', '6.5%', '“quoted”', 'naïve', 'a&nbsp;b', '&lt;tag&gt;', 'Öl', 'x']
  const word = fc.oneof(fc.constantFrom(...vocabulary), fc.stringMatching(/^[a-z]{1,9}$/))
  // Text always has whitespace on both sides, so no two text nodes can run together into a new word.
  const text = fc.array(word, { minLength: 1, maxLength: 12 }).map((words) => ` ${words.join(' ')} `)
  const block = fc.constantFrom('p', 'div', 'h2', 'li', 'blockquote', 'pre', 'section', 'td', 'figcaption')
  const inline = fc.constantFrom('span', 'b', 'em', 'a', 'font', 'time')
  const skipped = fc.constantFrom('script', 'style', 'noscript', 'template', 'svg', 'object', 'textarea', 'iframe')
  const { node } = fc.letrec<{ node: string }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      text,
      fc.tuple(fc.oneof(block, inline), fc.array(tie('node'), { maxLength: 4 })).map(([tag, children]) => `<${tag}>${children.join('')}</${tag}>`),
      fc.tuple(block, tie('node')).map(([tag, child]) => `<${tag}>${child}`),
      fc.constantFrom('</div>', '</p>', '</span>', '<br>', '<hr>', '<img src=x onerror=hiddenword>'),
      // Inside a <span>, so that the element is in the body: a <noscript> in the head lets text out into
      // the body when scripting is off, as it is in a DOMParser document.
      skipped.map((tag) => `<span><${tag}> hiddenword alert(1) </${tag}></span>`),
    ),
  }))
  const page = fc.tuple(fc.array(node, { maxLength: 6 }), fc.array(text.map((t) => `<p>${t}${t}${t}</p>`), { maxLength: 5 }), fc.boolean()).map(
    ([noise, paragraphs, whole]) => {
      const body = [...noise, ...paragraphs].join('\n')
      return whole ? `<!doctype html><html><head><title> the title </title></head><body>${body}</body></html>` : body
    },
  )

  it('never writes a word that is not in the page text', () => {
    let articles = 0
    fc.assert(
      fc.property(page, (html) => {
        const result = extractHtml(html)
        if (!result.ok) return
        articles += 1
        const words = pageWords(html)
        expect(outputWords(result.extracted).filter((w) => !words.has(w))).toEqual([])
        expect(result.extracted).not.toMatch(/hiddenword|alert/)
      }),
      { numRuns: 300 },
    )
    // The property must have been tried on pages that do hold an article.
    expect(articles).toBeGreaterThan(30)
  })
})

describe('the reading as steps', () => {
  it('names each part as it begins, in order', () => {
    const steps: PageStep[] = []
    expect(readPage(fixturePage('jsonld-newsarticle.html'), parseInert, (step) => void steps.push(step)).ok).toBe(true)
    expect(steps).toEqual(['parse', 'article', 'sanitise', 'text'])
  })

  it('a paragraph styled hidden is read all the same: styles never apply to a page being read', () => {
    const words = 'The ferry timetable changes on Monday, with two more crossings each day and a later last boat on Fridays.'
    const html = `<!doctype html><html><head><title>Ferry timetable</title></head><body><article><p>${words}</p><p style="display:none">A paragraph styled hidden, read all the same where styles do not apply.</p><p>${words}</p></article></body></html>`
    expect(extractHtml(html)).toMatchObject({ ok: true, extracted: expect.stringContaining('A paragraph styled hidden') })
  })

  it('the hostile page gives nothing of its scripts, handlers, SVG, frames, objects or forms', () => {
    const result = article(extractHtml(fixturePage('hostile.html')))
    expect(result.extracted).not.toMatch(HOSTILE_TEXT)
    expect(result.details).toEqual(FIXTURE_PAGES['hostile.html']?.details)
  })
})
