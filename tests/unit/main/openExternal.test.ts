// The one checked way to the system browser, with 'electron' mocked: which addresses pass (plain
// http(s), normalised), which never reach shell.openExternal (other schemes, credentials, overlong,
// disguised), and that a failure to open is reported, never thrown.

import fc from 'fast-check'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { MAX_URL_LENGTH } from '../../../src/shared/domain/article'

const openExternal = vi.hoisted(() => vi.fn(async (_url: string) => {}))
vi.mock('electron', () => ({ shell: { openExternal } }))

const { checkExternalUrl, openExternalSafely } = await import('../../../src/main/openExternal')

beforeEach(() => {
  openExternal.mockReset()
  openExternal.mockResolvedValue(undefined)
})

describe('checkExternalUrl', () => {
  it.each([
    ['https://example.com/story', 'https://example.com/story'],
    ['http://example.com', 'http://example.com/'],
    ['HTTPS://Example.COM/a?b=c#d', 'https://example.com/a?b=c#d'],
    ['https://www.bbc.co.uk/news/world-22433410', 'https://www.bbc.co.uk/news/world-22433410'],
    ['https://bücher.example/über', 'https://xn--bcher-kva.example/%C3%BCber'],
    ['https://example.com:8443/x', 'https://example.com:8443/x'],
  ])('lets %s through as %s', (raw, url) => {
    expect(checkExternalUrl(raw)).toEqual({ ok: true, url })
  })

  it.each([
    ['javascript:alert(1)', /scheme javascript/],
    ['JaVaScRiPt:alert(1)', /scheme javascript/],
    ['file:///etc/passwd', /scheme file/],
    ['file://server/share/x.exe', /scheme file/],
    ['data:text/html,<script>alert(1)</script>', /scheme data/],
    ['vbscript:msgbox(1)', /scheme vbscript/],
    ['app://parallax/index.html', /scheme app/],
    ['mailto:someone@example.com', /scheme mailto/],
    ['ms-msdt:/id%20PCWDiagnostic', /scheme ms-msdt/],
    ['smb://server/share', /scheme smb/],
    ['ftp://example.com/file', /scheme ftp/],
    ['about:blank', /scheme about/],
    ['blob:https://example.com/uuid', /scheme blob/],
    ['https://user:secret@example.com/', /credentials/],
    ['https://user@example.com/', /credentials/],
    ['https://:secret@example.com/', /credentials/],
    ['java\nscript:alert(1)', /control/],
    ['https://example.com/\u0000', /control/],
    [' https://example.com/', /spaces/],
    ['https://example.com/a b', /spaces/],
    ['https://example.com/\u2028', /spaces/],
    ['//example.com/story', /not an address/],
    ['example.com', /not an address/],
    ['/relative/path', /not an address/],
    ['', /not an address/],
    ['https://', /not an address/],
    [`https://example.com/${'a'.repeat(MAX_URL_LENGTH)}`, /too long/],
  ])('refuses %j', (raw, reason) => {
    const checked = checkExternalUrl(raw)
    expect(checked.ok).toBe(false)
    if (!checked.ok) expect(checked.reason).toMatch(reason)
  })

  it.each([undefined, null, 42, {}, ['https://example.com/'], new URL('https://example.com/')])('refuses the non-string %j', (raw) => {
    expect(checkExternalUrl(raw)).toEqual({ ok: false, reason: 'not an address' })
  })

  it('refuses an address that only grows too long once normalised', () => {
    const raw = `https://bücher.example/${'ü'.repeat(700)}`
    expect(raw.length).toBeLessThan(MAX_URL_LENGTH)
    expect(checkExternalUrl(raw)).toEqual({ ok: false, reason: 'address too long' })
  })

  it('whatever the input, lets through only http(s) addresses without credentials, and never longer than the limit', () => {
    fc.assert(
      fc.property(fc.oneof(fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.string(), fc.constantFrom('javascript:', 'file:', 'data:', 'https://a:b@c.d/')), (raw) => {
        const checked = checkExternalUrl(raw)
        if (!checked.ok) return
        const url = new URL(checked.url)
        expect(['http:', 'https:']).toContain(url.protocol)
        expect([url.username, url.password]).toEqual(['', ''])
        expect(checked.url.length).toBeLessThanOrEqual(MAX_URL_LENGTH)
      }),
      { numRuns: 1000 },
    )
  })
})

describe('openExternalSafely', () => {
  it('opens a checked address in the system browser, normalised', async () => {
    await expect(openExternalSafely('HTTPS://Example.com/a', vi.fn())).resolves.toBe(true)
    expect(openExternal).toHaveBeenCalledExactlyOnceWith('https://example.com/a')
  })

  it('never calls shell.openExternal for a refused address, and says why', async () => {
    const log = vi.fn()
    for (const raw of ['javascript:alert(1)', 'file:///etc/passwd', 'https://u:p@example.com/', 'custom-scheme://x']) {
      await expect(openExternalSafely(raw, log)).resolves.toBe(false)
    }
    expect(openExternal).not.toHaveBeenCalled()
    expect(log.mock.calls.map(([message]) => message)).toEqual([
      'Parallax did not open a link (scheme javascript:).',
      'Parallax did not open a link (scheme file:).',
      'Parallax did not open a link (credentials in the address).',
      'Parallax did not open a link (scheme custom-scheme:).',
    ])
  })

  it('reports, and does not throw, when the system cannot open the address', async () => {
    openExternal.mockRejectedValueOnce(new Error('No application knows how to open this'))
    const log = vi.fn()
    await expect(openExternalSafely('https://example.com/', log)).resolves.toBe(false)
    expect(log).toHaveBeenCalledExactlyOnceWith('The system could not open a link: No application knows how to open this')
  })
})
