// What a page's markup says of its text, carried into clean-up: captions and credits dropped with their
// reason, text restating an image's alt text taken as its caption, code samples and tables kept whole.
// Each page is read as the app and the command line read it (readSource over linkedom), and shown as the
// preview lists it: kept ("  ") or dropped ("✗ … ← reason").

import { describe, expect, it } from 'vitest'
import { parseInert, readSource, type ImportDraft } from '../../../src/reading'
import { textWithMarkupOf } from '../../../src/reading/pageText'
import { splitBlocks } from '../../../src/shared/import'

const BODY = [
  'Gunmen opened fire on visitors at the national museum on Wednesday, killing at least 19 people, officials said.',
  'It was the most deadly attack in the country in more than a decade, and no group claimed responsibility for it.',
  'The museum is a major tourist draw and stands near the heavily guarded national parliament in the capital.',
]
const paragraphs = (lines: readonly string[]): string => lines.map((line) => `<p>${line}</p>`).join('')

function preview(article: string): string {
  const html = `<!doctype html><html><head><title>Attack at the museum</title></head><body><article><h1>Attack at the museum</h1>${article}</article></body></html>`
  const draft = readSource('page.html', 'html', html, parseInert) as ImportDraft
  expect(draft.kind).toBe('draft')
  return draft.blocks.map((b) => (draft.dropped.has(b.index) ? `✗ ${b.text} ← ${b.clutter}` : `  ${b.text}`)).join('\n')
}

const kept = (lines: readonly string[]): string[] => lines.map((line) => `  ${line}`)

describe('captions and credits the markup names', () => {
  it('drops a <figcaption> as a caption and a credit inside it as a credit, however long the caption', () => {
    const caption = 'United Nations peacekeepers at a refugee camp in Sudan on Monday. In exchange for the lifting of sanctions, Sudan has said it will improve access for aid groups.'
    const figure = `<figure><span>Photo</span><img src="a.jpg" alt=""><figcaption><span>${caption}</span></figcaption></figure><figure><img src="b.jpg"><figcaption><span>Ashraf Shazly/AFP</span></figcaption></figure>`
    expect(preview(paragraphs(BODY.slice(0, 1)) + figure + paragraphs(BODY.slice(1)))).toBe(
      [...kept(BODY.slice(0, 1)), '✗ Photo ← a media placeholder', `✗ ${caption} ← a photo caption`, '✗ Ashraf Shazly/AFP ← a photo credit', ...kept(BODY.slice(1))].join('\n'),
    )
  })

  it('drops elements whose class or itemprop says caption or credit, and keeps a wrapper too long to be one', () => {
    const video = 'Gunmen in military uniforms stormed the national museum, killing at least 19 people, most of them foreign tourists. (Reuters)'
    const html = `${paragraphs(BODY.slice(0, 1))}<div><span class="pb-caption">${video}</span></div><p><span itemprop="caption">A guard outside the museum on Thursday.</span></p><p><span class="image-credit">Erin Cunningham for The Gazette</span></p><div class="has-caption">${paragraphs(BODY.slice(1))}</div>`
    expect(preview(html)).toBe(
      [
        ...kept(BODY.slice(0, 1)),
        `✗ ${video} ← a photo caption`,
        '✗ A guard outside the museum on Thursday. ← a photo caption',
        '✗ Erin Cunningham for The Gazette ← a photo credit',
        ...kept(BODY.slice(1)),
      ].join('\n'),
    )
  })

  it('drops text just after an image that restates its alt text, and keeps the report that follows', () => {
    const caption = 'Hori Parata at his Pātaua farm, the place where he was born and grew up'
    const html = `${paragraphs(BODY.slice(0, 1))}<figure><img src="a.jpg" alt="Hori Parata at his Pātaua farm, where he was born and grew up."></figure><ul><li><p>${caption}</p></li></ul>${paragraphs(BODY.slice(1))}`
    expect(preview(html)).toBe([...kept(BODY.slice(0, 1)), `✗ ${caption} ← a photo caption`, ...kept(BODY.slice(1))].join('\n'))
  })
})

describe('code samples and tables kept whole', () => {
  it('keeps every line of a <pre>, brackets and ellipses included', () => {
    const code = ['rekt: {', 'list: [', 'list: [', ']', ']', '...', '}']
    expect(preview(`${paragraphs(BODY.slice(0, 2))}<pre>${code.join('\n')}</pre>${paragraphs(BODY.slice(2))}`)).toBe([...kept(BODY.slice(0, 2)), ...kept(code), ...kept(BODY.slice(2))].join('\n'))
  })

  it('keeps every row of a data table, and judges a layout table’s text as any other', () => {
    const rows = ['1. Finland', '2. Norway', '10. United States']
    const table = `<table>${rows.map((r) => `<tr><td>${r}</td></tr>`).join('')}</table>`
    expect(preview(`${paragraphs(BODY)}${table}`)).toBe([...kept(BODY), ...kept(rows)].join('\n'))
    const layout = `<table><tr><td><p>${BODY[0]}</p><p>]</p></td></tr></table>`
    expect(textWithMarkupOf(parseInert(layout).body).markup).toEqual([null, null])
  })
})

describe('the markup names every line', () => {
  it('gives one hint per block of the text, lines within a paragraph included', () => {
    const body = parseInert(`<p>one<br>two</p><pre>a\n\n  b\n</pre><figure><figcaption>cap<br>tion</figcaption></figure><table><tr><td>x</td><td>y</td></tr></table>`).body
    const { text, markup } = textWithMarkupOf(body)
    expect(markup).toEqual([null, null, 'code', 'code', null, null, 'table'])
    expect(markup).toHaveLength(splitBlocks(text).length)
  })
})
