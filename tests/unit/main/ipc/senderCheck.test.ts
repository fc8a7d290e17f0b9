// Which IPC senders count as Parallax's own page: only the top frame at the renderer's address
// (app://parallax/index.html, or the dev server's origin in development).

import { describe, expect, it } from 'vitest'
import { createSenderCheck, type SenderFrame } from '../../../../src/main/ipc/senderCheck'

const top = (url: string): SenderFrame => ({ url, parent: null })
const sub = (url: string): SenderFrame => ({ url, parent: top(url) })

describe('a sender check for the page served at app://parallax/', () => {
  const isTrusted = createSenderCheck({ kind: 'app' })

  it.each(['app://parallax/index.html', 'app://parallax/index.html#/comparison/abc', 'app://parallax/index.html#/print/c1?paper=a4', 'app://parallax/index.html?x=1'])(
    'accepts the top frame at %s',
    (url) => {
      expect(isTrusted(top(url))).toBe(true)
    },
  )

  it('refuses a subframe, even at the same page', () => {
    expect(isTrusted(sub('app://parallax/index.html'))).toBe(false)
    expect(isTrusted({ url: 'app://parallax/index.html', parent: {} })).toBe(false)
  })

  it.each([
    // The same origin, but not the page: app:// serves scripts and styles, never as a page that may call.
    'app://parallax/',
    'app://parallax/assets/index.js',
    'app://parallax/other.html',
    'app://parallax/index.html/',
    // Other origins that look alike.
    'app://parallax.evil.example/index.html',
    'app://evil/index.html',
    'app://parallax:8080/index.html',
    'app://user:pass@parallax/index.html',
    'app://user@parallax/index.html',
    'apps://parallax/index.html',
    'parallax://app/index.html',
    // The page as it was before the custom scheme, and everything else a window could be steered to.
    'file:///opt/Parallax/resources/app.asar/out/renderer/index.html',
    'file:///etc/passwd',
    'http://parallax/index.html',
    'https://evil.example/?app://parallax/index.html',
    'about:blank',
    'data:text/html,<p>hi</p>',
    'blob:app://parallax/4f3c-uuid',
  ])('refuses the top frame at %s', (url) => {
    expect(isTrusted(top(url))).toBe(false)
  })

  it.each(['', 'not a url', '://', 'index.html', 'app:'])('refuses the unparsable or partial address %j', (url) => {
    expect(isTrusted(top(url))).toBe(false)
  })

  it('refuses a missing frame', () => {
    expect(isTrusted(null)).toBe(false)
    expect(isTrusted(undefined)).toBe(false)
  })
})

describe('a sender check for a page served from a url (the dev server)', () => {
  const isTrusted = createSenderCheck({ kind: 'url', url: 'http://localhost:5173/' })

  it.each(['http://localhost:5173/', 'http://localhost:5173', 'http://localhost:5173/index.html'])(
    'accepts the top frame at %s',
    (url) => {
      expect(isTrusted(top(url))).toBe(true)
    },
  )

  it('refuses a subframe, even at the same address', () => {
    expect(isTrusted(sub('http://localhost:5173/'))).toBe(false)
  })

  it.each([
    'http://localhost:5174/',
    'https://localhost:5173/',
    'http://127.0.0.1:5173/',
    'http://localhost.evil.example:5173/',
    'http://evil.example/?http://localhost:5173/',
    'http://user:pass@localhost:5173/',
    'app://parallax/index.html',
    'file:///index.html',
    'about:blank',
    'data:text/html,hi',
  ])('refuses the top frame at another origin, %s', (url) => {
    expect(isTrusted(top(url))).toBe(false)
  })

  it.each(['', 'localhost:5173', 'http://', 'http://[::1'])('refuses the unparsable address %j', (url) => {
    expect(isTrusted(top(url))).toBe(false)
  })

  it('refuses a missing frame', () => {
    expect(isTrusted(null)).toBe(false)
    expect(isTrusted(undefined)).toBe(false)
  })
})
