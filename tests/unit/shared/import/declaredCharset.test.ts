// Declared charsets: the one a source gives (an HTTP header, as decodeBytes's `charset`) and the one a web
// page gives itself in a <meta>. Bytes in each encoding are spelled out here from its table (Python's
// codecs agree), so a decoder that misreads them fails the test.

import { describe, expect, it } from 'vitest'
import { decodeBytes, type DecodeResult } from '../../../../src/shared/import'
import { decodeWindows1252 } from '../../../../src/shared/import/charsets'

const ascii = (s: string): number[] => Array.from(s, (c) => c.charCodeAt(0))
const bytes = (...parts: (readonly number[] | string)[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? ascii(p) : [...p])))
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s)
const utf16le = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'utf16le'))

// "Путин" in KOI8-R and in windows-1251, "Łódź" in ISO-8859-2, "日本の首相" in Shift_JIS, "普京说" in GB18030.
const PUTIN_KOI8 = [0xf0, 0xd5, 0xd4, 0xc9, 0xce]
const PUTIN_1251 = [0xcf, 0xf3, 0xf2, 0xe8, 0xed]
const LODZ_LATIN2 = [0xa3, 0xf3, 0x64, 0xbc]
const PRIME_MINISTER_SJIS = [0x93, 0xfa, 0x96, 0x7b, 0x82, 0xcc, 0x8e, 0xf1, 0x91, 0x8a]
const PUTIN_SAID_GB18030 = [0xc6, 0xd5, 0xbe, 0xa9, 0xcb, 0xb5]
// “Kerry’s” – €5 as Windows-1252 writes it.
const WINDOWS_QUOTES = bytes([0x93], 'Kerry', [0x92], 's', [0x94], ' ', [0x96], ' ', [0x80], '5')

const read = (input: Uint8Array, charset?: string): string => {
  const result: DecodeResult = decodeBytes(input, charset === undefined ? {} : { charset })
  return result.ok ? `${result.encoding}: ${result.text}` : `refused: ${result.reason}`
}

describe('a charset the source declares', () => {
  it.each([
    ['KOI8-R', bytes('President ', PUTIN_KOI8, ' spoke.'), 'koi8-r: President Путин spoke.'],
    ['windows-1251', bytes(PUTIN_1251, ' arrived.'), 'windows-1251: Путин arrived.'],
    ['iso-8859-2', bytes('Talks in ', LODZ_LATIN2, '.'), 'iso-8859-2: Talks in Łódź.'],
    ['Shift_JIS', bytes(PRIME_MINISTER_SJIS, ' (Tokyo)'), 'shift_jis: 日本の首相 (Tokyo)'],
    ['GB18030', bytes(PUTIN_SAID_GB18030, ': yes'), 'gb18030: 普京说: yes'],
  ])('%s is honoured', (charset, input, expected) => {
    expect(read(input, charset)).toBe(expected)
  })

  it('maps labels as the standard does: ISO-8859-1, latin1 and ascii are Windows-1252, with its quotes and dashes', () => {
    for (const label of ['ISO-8859-1', 'latin1', ' us-ascii ', 'windows-1252']) expect(read(WINDOWS_QUOTES, label)).toBe('windows-1252: “Kerry’s” – €5')
  })

  it('wins over UTF-8 validity: bytes valid in both are read in the declared encoding', () => {
    expect(read(utf8('café'), 'iso-8859-1')).toBe('windows-1252: cafÃ©')
  })

  it('reads UTF-16 declared without a byte-order mark, whose ASCII letters carry NUL bytes', () => {
    expect(read(utf16le('Kerry met Путин.'), 'utf-16le')).toBe('utf-16le: Kerry met Путин.')
    // Undeclared, the same bytes are refused: NULs are binary data then.
    expect(read(utf16le('Kerry met Путин.'))).toMatch(/^refused: This looks like a binary file \(it contains NUL bytes/)
  })

  it('is set aside, with no error, when the bytes are not valid in it or the label names no encoding', () => {
    // Declared UTF-8 but written by an older Windows program.
    expect(read(WINDOWS_QUOTES, 'utf-8')).toBe('windows-1252: “Kerry’s” – €5')
    // Shift_JIS that is cut in the middle of a character.
    expect(read(bytes('Tokyo ', PRIME_MINISTER_SJIS.slice(0, 3)), 'shift_jis')).toBe('windows-1252: Tokyo “ú–')
    for (const label of ['utf-7', 'x-unknown', '', 'iso-2022-kr']) expect(read(utf8('Путин spoke.'), label)).toBe('utf-8: Путин spoke.')
  })

  it('gives way to a byte-order mark', () => {
    expect(read(bytes([0xef, 0xbb, 0xbf], [...utf8('Путин')]), 'koi8-r')).toBe('utf-8-bom: Путин')
    expect(read(bytes([0xff, 0xfe], [...utf16le('Łódź')]), 'iso-8859-2')).toBe('utf-16le: Łódź')
  })
})

describe('a charset the page declares in its <meta>', () => {
  const page = (head: string, body: readonly number[]): Uint8Array =>
    bytes(`<!DOCTYPE html>\n<html><head>${head}<title>Talks</title></head><body><p>`, body, '</p></body></html>')

  it.each([
    ['<meta charset="shift_jis">', PRIME_MINISTER_SJIS, 'shift_jis', '日本の首相'],
    ["<meta charset='KOI8-R'/>", PUTIN_KOI8, 'koi8-r', 'Путин'],
    ['<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-2">', LODZ_LATIN2, 'iso-8859-2', 'Łódź'],
    ['<META HTTP-EQUIV=content-type CONTENT="text/html;charset=gb18030">', PUTIN_SAID_GB18030, 'gb18030', '普京说'],
    // The standard reads a page that claims UTF-16 in its own ASCII bytes as UTF-8.
    ['<meta charset="utf-16">', [...utf8('Путин')], 'utf-8', 'Путин'],
  ])('%s', (head, body, encoding, words) => {
    const result = decodeBytes(page(head, body))
    expect(result).toMatchObject({ ok: true, encoding })
    expect(result.ok && result.text).toContain(`<p>${words}</p>`)
  })

  it('is read only in the first 1024 bytes, and not from a comment', () => {
    const late = page(`<!--${' '.repeat(1100)}--><meta charset="koi8-r">`, PUTIN_KOI8)
    expect(decodeBytes(late)).toMatchObject({ ok: true, encoding: 'windows-1252' })
    const commented = page('<!-- <meta charset="koi8-r"> -->', PUTIN_KOI8)
    expect(decodeBytes(commented)).toMatchObject({ ok: true, encoding: 'windows-1252' })
  })

  it('follows the standard’s prescan: a content charset needs its http-equiv, and other tags’ attributes declare nothing', () => {
    // "content" before "http-equiv" in the same tag still counts; without http-equiv it does not.
    expect(decodeBytes(page('<meta content="text/html; charset=koi8-r" http-equiv="content-type">', PUTIN_KOI8))).toMatchObject({ encoding: 'koi8-r' })
    expect(decodeBytes(page('<meta name="x" content="text/html; charset=koi8-r">', PUTIN_KOI8))).toMatchObject({ encoding: 'windows-1252' })
    // A <meta charset> written inside another tag's attribute value is that attribute's text.
    expect(decodeBytes(page('<link title=\'<meta charset="koi8-r">\' rel="x">', PUTIN_KOI8))).toMatchObject({ encoding: 'windows-1252' })
    // The first declaration wins; an unknown label is passed over for a later one.
    expect(decodeBytes(page('<meta charset="no-such-charset"><meta charset="koi8-r"><meta charset="windows-1251">', PUTIN_KOI8))).toMatchObject({ encoding: 'koi8-r' })
    // A quoted charset in the content, and a charset attribute with no quotes and spaces around "=".
    expect(decodeBytes(page('<meta http-equiv=Content-Type content="text/html; charset=\'koi8-r\'">', PUTIN_KOI8))).toMatchObject({ encoding: 'koi8-r' })
    expect(decodeBytes(page('<meta charset = koi8-r>', PUTIN_KOI8))).toMatchObject({ encoding: 'koi8-r' })
  })

  it('gives way to the charset the source declares, and is set aside when the bytes are not valid in it', () => {
    expect(decodeBytes(page('<meta charset="windows-1251">', PUTIN_KOI8), { charset: 'koi8-r' })).toMatchObject({ ok: true, encoding: 'koi8-r' })
    expect(decodeBytes(page('<meta charset="utf-8">', WINDOWS_QUOTES as unknown as number[]))).toMatchObject({ ok: true, encoding: 'windows-1252' })
  })

  it('is not looked for in text that does not open as markup', () => {
    const prose = bytes('To declare it, write <meta charset="koi8-r"> in the head. ', PUTIN_KOI8)
    expect(decodeBytes(prose)).toMatchObject({ ok: true, encoding: 'windows-1252' })
  })
})

describe('decodeWindows1252, kept from its table', () => {
  it('maps every byte as the WHATWG index does: Latin-1, except 0x80–0x9F', () => {
    const high = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ'
    const all = Uint8Array.from({ length: 256 }, (_v, i) => i)
    const expected = Array.from(all, (b) => (b >= 0x80 && b <= 0x9f ? high[b - 0x80] : String.fromCharCode(b))).join('')
    expect(decodeWindows1252(all)).toBe(expected)
  })

  it('decodes a text longer than one chunk of units', () => {
    const long = bytes(...Array.from({ length: 5000 }, () => WINDOWS_QUOTES as unknown as number[]))
    expect(decodeWindows1252(long)).toBe('“Kerry’s” – €5'.repeat(5000))
  })
})
