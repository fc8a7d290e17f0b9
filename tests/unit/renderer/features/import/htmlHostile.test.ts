// A hostile page: scripts, event handlers, javascript: links, SVG, frames, objects and forms. Its text
// must come out without any of their content, its details without any of their values, and reading it
// must run nothing and leave the live document alone. happy-dom's script evaluation is switched on here
// so that a script which reached the live document would run (a canary proves it would). happy-dom
// loads no images, so handlers such as onerror are checked in Chromium (tests/e2e/htmlImport.test.ts),
// which is also where DOMPurify is tested for real: it is not reliable under happy-dom.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { extractHtml } from '../../../../../src/renderer/src/features/import/html'
import { FIXTURE_PAGES, fixturePage, HOSTILE_TEXT } from './fixturePages'

interface HappyDom {
  settings: { enableJavaScriptEvaluation: boolean; suppressInsecureJavaScriptEnvironmentWarning: boolean }
  waitUntilComplete(): Promise<void>
}
type Flags = { __parallaxPwned?: string; __canary?: string; alert?: (message?: unknown) => void }

const happyDOM = (window as unknown as { happyDOM: HappyDom }).happyDOM
const flags = window as unknown as Flags
const hostile = fixturePage('hostile.html')

describe('a hostile page', () => {
  beforeEach(() => {
    happyDOM.settings.suppressInsecureJavaScriptEnvironmentWarning = true
    happyDOM.settings.enableJavaScriptEvaluation = true
    delete flags.__parallaxPwned
    delete flags.__canary
  })
  afterEach(() => {
    happyDOM.settings.enableJavaScriptEvaluation = false
    delete flags.alert
  })

  it('its text holds nothing of the scripts, handlers, SVG, frames, objects or forms (the whole text: see fixturePages.ts)', () => {
    const result = extractHtml(hostile)
    if (!result.ok) throw new Error(result.reason)
    expect(result.extracted).not.toMatch(HOSTILE_TEXT)
    expect(result.details).toEqual(FIXTURE_PAGES['hostile.html']?.details)
  })

  it('runs nothing and leaves the live document as it was', async () => {
    // happy-dom has no alert(); give the page's scripts one to call.
    const alert = vi.fn()
    flags.alert = alert
    const before = document.documentElement.outerHTML
    extractHtml(hostile)
    // Every timer, load and script happy-dom has pending has run by now.
    await happyDOM.waitUntilComplete()
    expect(flags.__parallaxPwned).toBeUndefined()
    expect(alert).not.toHaveBeenCalled()
    expect(document.documentElement.outerHTML).toBe(before)

    // The canary: the same kind of script does run once it is in the live document.
    const script = document.createElement('script')
    script.textContent = "window.__canary = 'ran'"
    document.body.appendChild(script)
    script.remove()
    expect(flags.__canary).toBe('ran')
  })

  it('an <svg> holding a <script> adds nothing either', () => {
    const words = Array.from({ length: 30 }, (_, i) => `word${i}`).join(' ')
    const result = extractHtml(`<article><p>${words}</p><svg onload="window.__parallaxPwned='svg'"><script>window.__parallaxPwned='svg script'</script><text>SVG TEXT</text></svg></article>`)
    expect(result).toEqual({ ok: true, extracted: words, details: expect.anything() })
    expect(flags.__parallaxPwned).toBeUndefined()
  })
})
