// Which IPC senders count as Parallax's own page: only the top frame at the renderer's address.

import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { createSenderCheck, type SenderFrame } from '../../../../src/main/ipc/senderCheck'

const top = (url: string): SenderFrame => ({ url, parent: null })
const sub = (url: string): SenderFrame => ({ url, parent: top(url) })

describe('a sender check for a page loaded from a file', () => {
  const path = '/opt/Parallax/resources/app.asar/out/renderer/index.html'
  const pageUrl = pathToFileURL(path).href
  const isTrusted = createSenderCheck({ kind: 'file', path })

  it('accepts the top frame at that file', () => {
    expect(pageUrl).toBe('file:///opt/Parallax/resources/app.asar/out/renderer/index.html')
    expect(isTrusted(top(pageUrl))).toBe(true)
  })

  it('refuses a subframe, even at the same file', () => {
    expect(isTrusted(sub(pageUrl))).toBe(false)
    expect(isTrusted({ url: pageUrl, parent: {} })).toBe(false)
  })

  it.each([
    'file:///opt/Parallax/resources/app.asar/out/renderer/other.html',
    'file:///opt/Parallax/resources/app.asar/out/renderer/',
    'file:///etc/passwd',
    'file:///opt/Parallax/resources/app.asar/out/renderer/index.html/../../../../../../etc/passwd',
    'file://evil.example/opt/Parallax/resources/app.asar/out/renderer/index.html',
    'http://localhost/opt/Parallax/resources/app.asar/out/renderer/index.html',
    'https://evil.example/',
    'about:blank',
    'data:text/html,<p>hi</p>',
  ])('refuses the top frame at %s', (url) => {
    expect(isTrusted(top(url))).toBe(false)
  })

  it.each(['', 'not a url', '://', 'index.html'])('refuses the unparsable address %j', (url) => {
    expect(isTrusted(top(url))).toBe(false)
  })

  it('refuses a missing frame', () => {
    expect(isTrusted(null)).toBe(false)
    expect(isTrusted(undefined)).toBe(false)
  })
})

describe('a sender check for a page served from a url', () => {
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
