// The Content-Security-Policy of the page that ships (out/renderer/index.html): exactly these directives,
// nothing unsafe, and a page that needs nothing more (no inline script, style or handler). The app://
// handler sends the same policy as a header; the two must not drift apart.

import { readFile } from 'node:fs/promises'
import { Window } from 'happy-dom'
import { beforeAll, describe, expect, it } from 'vitest'
import { RENDERER_CSP, RENDERER_CSP_HEADER } from '../../../src/main/rendererProtocol'
import { ensureBuilt } from './builtApp'

const EXPECTED: Record<string, string[]> = {
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-src': ["'none'"],
}

/** A policy as directive name -> sources, failing on a directive given twice (browsers ignore the second). */
function directives(policy: string): Record<string, string[]> {
  const result: Record<string, string[]> = {}
  for (const part of policy.split(';').map((p) => p.trim()).filter(Boolean)) {
    const [name, ...sources] = part.split(/\s+/)
    if (!name || name in result) throw new Error(`directive ${name} given twice`)
    result[name.toLowerCase()] = sources
  }
  return result
}

function parse(html: string): Document {
  return new new Window().DOMParser().parseFromString(html, 'text/html') as unknown as Document
}

let built: Document
let builtHtml: string
let policy: string

beforeAll(async () => {
  ensureBuilt()
  builtHtml = await readFile('out/renderer/index.html', 'utf8')
  built = parse(builtHtml)
  const metas = [...built.querySelectorAll('meta[http-equiv]')].filter((m) => m.getAttribute('http-equiv')?.toLowerCase() === 'content-security-policy')
  expect(metas).toHaveLength(1)
  policy = metas[0]?.getAttribute('content') ?? ''
}, 120_000)

describe('the built page’s Content-Security-Policy', () => {
  it('has exactly the expected directives and sources', () => {
    expect(directives(policy)).toEqual(EXPECTED)
  })

  it('allows nothing unsafe: no unsafe-*, no wildcards, no remote or blob sources, no nonces or hashes', () => {
    expect(policy).not.toMatch(/unsafe/i)
    expect(policy).not.toMatch(/\*/)
    expect(policy).not.toMatch(/https?:|wss?:|blob:|filesystem:|'nonce-|'sha(256|384|512)-|'strict-dynamic'|'wasm/i)
    // data: only for images (the page's empty favicon); never for scripts, styles, fonts or frames.
    for (const [name, sources] of Object.entries(directives(policy))) {
      if (name !== 'img-src') expect({ name, sources }).toEqual({ name, sources: expect.not.arrayContaining(['data:']) })
    }
  })

  it('pins scripts to the app, and objects, base and forms to nothing', () => {
    const d = directives(policy)
    expect(d['script-src']).toEqual(["'self'"])
    expect(d['object-src']).toEqual(["'none'"])
    expect(d['base-uri']).toEqual(["'none'"])
    expect(d['default-src']).toEqual(["'none'"])
  })

  it('comes before every script and stylesheet, so that it governs them', () => {
    const head = [...built.head.children].map((e) => e.tagName.toLowerCase() + (e.getAttribute('http-equiv') ? '[csp]' : ''))
    const csp = head.indexOf('meta[csp]')
    expect(csp).toBeGreaterThanOrEqual(0)
    expect(head).toEqual(expect.arrayContaining(['script', 'link']))
    for (const tag of ['script', 'link']) expect(head.indexOf(tag)).toBeGreaterThan(csp)
  })

  it('is the page’s only need: no inline script, style, event handler or javascript: address', () => {
    for (const script of built.querySelectorAll('script')) {
      expect(script.getAttribute('src')).toMatch(/^\.\/assets\/[\w.-]+\.js$/)
      expect(script.textContent?.trim()).toBe('')
    }
    expect(built.querySelectorAll('style').length).toBe(0)
    for (const element of built.querySelectorAll('*')) {
      for (const attribute of element.getAttributeNames()) {
        expect(attribute).not.toMatch(/^on|^style$/i)
        expect(element.getAttribute(attribute) ?? '').not.toMatch(/^\s*javascript:/i)
      }
    }
  })

  it('is the policy the app:// handler sends as a header, which adds only frame-ancestors', async () => {
    expect(directives(RENDERER_CSP)).toEqual(directives(policy))
    expect(directives(RENDERER_CSP_HEADER)).toEqual({ ...directives(policy), 'frame-ancestors': ["'none'"] })
  })

  it('is the policy written in the source page (the build does not change it)', async () => {
    const source = parse(await readFile('src/renderer/index.html', 'utf8'))
    expect(source.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toBe(policy)
  })
})
