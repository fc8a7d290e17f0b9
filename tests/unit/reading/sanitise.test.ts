// The allow-list walk that cuts an article to text-bearing elements without attributes, on linkedom's inert
// DOM: shown on small fragments (what is unwrapped, what goes with its content), then on every hostile page
// in tests/fixtures/hostile, whole (the walk alone: no element off the list, no attribute, no comment
// survives) and through the reading (Readability first, then clean-up): the text keeps the article, and
// none of the payloads. Text that looks like a payload may be read (a split <script> tag is words in a
// browser too), but clean-up drops it, as the app's preview shows.

import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseInert } from '../../../src/reading/inertDocument'
import { cleanedText, readSource } from '../../../src/reading/source'
import { KEPT_TAGS, sanitiseInPlace } from '../../../src/reading/sanitise'

const HOSTILE = 'tests/fixtures/hostile'
const PAGES = readdirSync(HOSTILE).filter((name) => name.endsWith('.html')).sort()

/** What the payloads would leave in a text: their code, addresses and markup. */
const PAYLOAD = /__pwned|alert\(|evil\.invalid|javascript:|vbscript:|data:text|onerror|onload|expression\(|<\s*[a-z!/?]/i

const sanitised = (html: string): Element => {
  const body = parseInert(html).body
  sanitiseInPlace(body)
  return body
}

/** Everything in `root` the walk must not leave: elements off the list, attributes, comments and other nodes. */
function leftovers(root: Node): string[] {
  const found: string[] = []
  const visit = (node: Node): void => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 1) {
        const element = child as Element
        const name = element.localName.toLowerCase()
        if (!KEPT_TAGS.has(name)) found.push(`<${name}>`)
        for (const attribute of element.getAttributeNames()) found.push(`${name}[${attribute}]`)
        visit(element)
      } else if (child.nodeType !== 3) found.push(`node of type ${child.nodeType}`)
    }
  }
  visit(root)
  return found
}

describe('sanitiseInPlace', () => {
  it.each([
    ['<p onclick="x()" class="lead" style="color:red">one <b id=a>two</b></p>', '<p>one <b>two</b></p>'],
    ['<p>keep <button>pressed</button> <font>old</font> <select><option>choice</option></select></p>', '<p>keep pressed old choice</p>'],
    ['<p>a<script>alert(1)</script><style>p{}</style><noscript>ns</noscript>b</p>', '<p>ab</p>'],
    ['<p>a<svg onload=x><text>svg</text><foreignObject><p>fo</p></foreignObject></svg>b<math><mi>x</mi></math>c</p>', '<p>abc</p>'],
    ['<p>a<iframe srcdoc="<p>inner</p>">frame</iframe><template><p>t</p></template><video>v</video>b</p>', '<p>ab</p>'],
    ['<p>a<!-- comment -->b<object data=x><embed src=y>fallback</object></p>', '<p>abfallback</p>'],
    ['<div><unknown-element x=1><span title=t>deep <a href="javascript:alert(1)">link</a></span></unknown-element></div>', '<div><span>deep <a>link</a></span></div>'],
  ])('%s → %s', (html, expected) => {
    expect(sanitised(html).innerHTML).toBe(expected)
  })

  it('walks very deep nesting of unwrapped elements without overflowing the stack', () => {
    const depth = 20_000
    const body = sanitised(`${'<font>'.repeat(depth)}deep${'</font>'.repeat(depth)}`)
    expect(body.innerHTML).toBe('deep')
  })

  it.each(PAGES)('%s, whole: only listed elements, no attribute, no comment', (name) => {
    expect(leftovers(sanitised(readFileSync(join(HOSTILE, name), 'utf8')))).toEqual([])
  })

  it.each(PAGES)('%s, read and cleaned up: the article comes through without any payload', (name) => {
    const result = readSource(name, 'html', readFileSync(join(HOSTILE, name), 'utf8'), parseInert)
    if (result.kind !== 'draft') throw new Error(`${name}: ${result.reason}`)
    const text = cleanedText(result)
    expect(text.split('\n\n').length).toBeGreaterThanOrEqual(3)
    expect(text).not.toMatch(PAYLOAD)
    expect(Object.values(result.details).filter((value) => typeof value === 'string' && PAYLOAD.test(value))).toEqual([])
  })
})
