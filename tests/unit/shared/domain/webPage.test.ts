// What a person types as a web address to fetch: https:// assumed without a scheme, only http and https
// fetched, and pasted text split into addresses.

import { describe, expect, it } from 'vitest'
import { addressesIn, webAddressOf } from '../../../../src/shared/domain/webPage'

const read = (typed: string): string => {
  const checked = webAddressOf(typed)
  return checked.ok ? checked.url : `refused: ${checked.reason}`
}

describe('webAddressOf', () => {
  it('takes web addresses as they are, and gives https:// to one without a scheme', () => {
    expect(read(' https://example.org/news/story.html ')).toBe('https://example.org/news/story.html')
    expect(read('HTTP://Example.org')).toBe('http://example.org/')
    expect(read('example.org/news?id=5#top')).toBe('https://example.org/news?id=5#top')
    expect(read('www.example.org')).toBe('https://www.example.org/')
    expect(read('localhost:3000/story')).toBe('https://localhost:3000/story')
    expect(read('127.0.0.1:8080')).toBe('https://127.0.0.1:8080/')
  })

  it('refuses every other scheme in words', () => {
    for (const [typed, scheme] of [
      ['file:///etc/passwd', 'file'],
      ['javascript:alert(1)', 'javascript'],
      ['data:text/html,<p>hi</p>', 'data'],
      ['ftp://example.org/story.html', 'ftp'],
      ['mailto:editor@example.org', 'mailto'],
      ['about:blank', 'about'],
    ]) {
      expect(read(typed as string)).toBe(
        `refused: Parallax fetches only web addresses (http:// or https://), not “${scheme}:” addresses. To import a file, choose it with Choose files… or drop it here.`,
      )
    }
  })

  it('refuses what is not an address', () => {
    expect(read('')).toBe('refused: No address was given.')
    expect(read('http://')).toMatch(/^refused: This is not a web address/)
    expect(read('https://user:pw@example.org/')).toBe('refused: Parallax does not fetch addresses that carry a user name or password.')
    expect(read(`https://example.org/${'a'.repeat(2100)}`)).toMatch(/^refused: The address is too long/)
  })
})

describe('addressesIn', () => {
  it('splits on line breaks and spaces, each address once', () => {
    expect(addressesIn(' https://a.example/1\r\nhttps://b.example/2  https://a.example/1\n\n\tc.example ')).toEqual(['https://a.example/1', 'https://b.example/2', 'c.example'])
    expect(addressesIn('  \n ')).toEqual([])
  })
})
