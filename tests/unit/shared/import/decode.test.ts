// Decoding imported files: each encoding from bytes built here, line endings and other normalisation,
// the refusals a person sees (each with what to do), and properties over arbitrary bytes and strings.

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MAX_IMPORT_BYTES } from '../../../../src/shared/domain/article'
import { decodeBytes, normaliseText, type DecodeResult } from '../../../../src/shared/import'

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s)
const utf16le = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'utf16le'))
const utf16be = (s: string): Uint8Array => utf16le(s).map((_b, i, le) => le[i % 2 === 0 ? i + 1 : i - 1] as number)
const bytes = (...parts: (ArrayLike<number> | string)[]): Uint8Array =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? Array.from(utf8(p)) : Array.from(p))))

const text = 'Kerry met Putin — “we share common interests”. ﬁ 😀 Путин 普京 بوتين\nNext line.'
const reasonOf = (result: DecodeResult): string => (result.ok ? `decoded as ${result.encoding}` : result.reason)

describe('decodeBytes reads each encoding', () => {
  it.each([
    ['utf-8', utf8(text)],
    ['utf-8-bom', bytes([0xef, 0xbb, 0xbf], text)],
    ['utf-16le', bytes([0xff, 0xfe], utf16le(text))],
    ['utf-16be', bytes([0xfe, 0xff], utf16be(text))],
  ])('%s, to the same text without the byte-order mark', (encoding, input) => {
    expect(decodeBytes(input)).toEqual({ ok: true, text, encoding })
  })

  it('reads Windows-1252 when the bytes are not UTF-8: curly quotes, apostrophe, dashes, euro, accents', () => {
    // “Russia’s cooperation” – a €5 café — … as an older Windows editor saves it.
    const windows = bytes([0x93], 'Russia', [0x92], 's cooperation', [0x94], ' ', [0x96], ' a ', [0x80], '5 caf', [0xe9], ' ', [0x97], ' ', [0x85])
    expect(decodeBytes(windows)).toEqual({ ok: true, text: '“Russia’s cooperation” – a €5 café — …', encoding: 'windows-1252' })
  })

  it('keeps ASCII text as UTF-8, and prefers UTF-8 whenever the bytes are valid UTF-8', () => {
    expect(decodeBytes(utf8('plain words'))).toEqual({ ok: true, text: 'plain words', encoding: 'utf-8' })
    // "Ã©" in Windows-1252 is the same two bytes as "é" in UTF-8: valid UTF-8 wins.
    expect(decodeBytes(bytes([0xc3, 0xa9]))).toEqual({ ok: true, text: 'é', encoding: 'utf-8' })
  })

  it('drops a UTF-8 byte-order mark before Windows-1252 text', () => {
    expect(decodeBytes(bytes([0xef, 0xbb, 0xbf], 'caf', [0xe9]))).toEqual({ ok: true, text: 'café', encoding: 'windows-1252' })
  })
})

describe('decodeBytes normalises', () => {
  it('CRLF, lone CR and the Unicode line and paragraph separators to LF', () => {
    expect(reasonOf(decodeBytes(utf8('one\r\ntwo\rthree\n\r\nfour\u2028five\u2029six')))).toBe('decoded as utf-8')
    expect(decodeBytes(utf8('one\r\ntwo\rthree\n\r\nfour\u2028five\u2029six'))).toMatchObject({ text: 'one\ntwo\nthree\n\nfour\nfive\nsix' })
    expect(decodeBytes(bytes([0xff, 0xfe], utf16le('a\r\nb\rc')))).toMatchObject({ text: 'a\nb\nc' })
  })

  it('white space at the ends of lines, and nothing inside them', () => {
    expect(decodeBytes(utf8('  Kerry \t\nsaid\u00a0 \n\n'))).toMatchObject({ text: '  Kerry\nsaid\n\n' })
  })
})

describe('normaliseText (also for pasted text)', () => {
  it.each([
    ['\uFEFFtitle\r\nbody', 'title\nbody'],
    ['a\u0000b', 'ab'],
    ['a \u0000\r\u0000\nb', 'a\nb'],
    ['tabs\t \nkept\tinside', 'tabs\nkept\tinside'],
    ['“quotes” and ﬁ ligatures and e\u0301 stay as written', '“quotes” and ﬁ ligatures and e\u0301 stay as written'],
  ])('%j → %j', (input, expected) => {
    expect(normaliseText(input)).toBe(expected)
  })

  it('is idempotent', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => normaliseText(normaliseText(s)) === normaliseText(s)))
  })

  it('changes no word character: removing white space and NULs from both sides gives the same string', () => {
    const visible = (s: string): string => s.replaceAll('\u0000', '').replace(/\s/g, '')
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => visible(normaliseText(s)) === visible(s)))
  })
})

describe('decodeBytes refuses, saying what to do', () => {
  const png = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], Array.from({ length: 500 }, (_v, i) => (i * 7919) % 256))

  it.each([
    ['an empty file', new Uint8Array(0), 'The file is empty.'],
    ['a byte-order mark and nothing else', bytes([0xef, 0xbb, 0xbf]), 'The file is empty.'],
    ['white space only', utf8(' \n\t\r\n  '), 'The file contains only white space.'],
    ['white space only, in UTF-16', bytes([0xff, 0xfe], utf16le('  \r\n ')), 'The file contains only white space.'],
    ['a PNG image', png, 'This looks like a binary file (a PNG image), not text.'],
    ['a PDF', utf8('%PDF-1.4\n%âãÏÓ\n1 0 obj'), 'This looks like a binary file (a PDF document; copy its text into a .txt file, or paste it), not text.'],
    ['a .docx (a ZIP archive)', bytes([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]), 'This looks like a binary file (a ZIP archive, which is also what .docx, .odt and .epub files are), not text.'],
    ['NUL bytes', bytes('text', [0, 1, 2], 'more'), 'This looks like a binary file (it contains NUL bytes), not text.'],
    [
      'UTF-16 without a byte-order mark',
      utf16le('Kerry met Putin in Moscow.'),
      'This looks like a binary file (it contains NUL bytes: it may be UTF-16 text without a byte-order mark, which Parallax cannot tell from binary data; save it as UTF-8), not text.',
    ],
    ['many control characters', utf8('ab\x01\x02\x03\x04\x05\x06cd'), 'This looks like a binary file (it has too many control characters), not text.'],
    ['UTF-16 with an odd byte count', bytes([0xff, 0xfe], utf16le('abc'), [0x41]), 'This is not valid UTF-16LE text (it has an odd number of bytes).'],
    ['UTF-16 with an unpaired surrogate', bytes([0xfe, 0xff, 0xd8, 0x00, 0x00, 0x41]), 'This is not valid UTF-16BE text (it has an unpaired surrogate).'],
    ['UTF-32', bytes([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]), 'This is UTF-32 text, which Parallax does not read; save it as UTF-8 and import it again.'],
  ])('%s', (_name, input, reason) => {
    expect(decodeBytes(input)).toEqual({ ok: false, reason })
  })

  it('a file over 20 MB, with its size rounded up so it never reads as being at the limit', () => {
    expect(MAX_IMPORT_BYTES).toBe(20_000_000)
    expect(decodeBytes(new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0x61))).toEqual({
      ok: false,
      reason: 'This file is 20.1 MB; Parallax imports files of at most 20 MB.',
    })
    expect(reasonOf(decodeBytes(new Uint8Array(23_400_000)))).toBe('This file is 23.4 MB; Parallax imports files of at most 20 MB.')
  })

  it('accepts a file of exactly 20 MB, and a few stray control characters in real text', () => {
    expect(reasonOf(decodeBytes(new Uint8Array(MAX_IMPORT_BYTES).fill(0x61)))).toBe('decoded as utf-8')
    expect(reasonOf(decodeBytes(utf8(`Page one.\fPage two \x1b[1m bold.${' words'.repeat(20)}`)))).toBe('decoded as utf-8')
  })

  it('takes a caller’s own limit', () => {
    expect(reasonOf(decodeBytes(new Uint8Array(1_600_000).fill(0x61), { maxBytes: 1_500_000 }))).toBe(
      'This file is 1.6 MB; Parallax imports files of at most 1.5 MB.',
    )
  })
})

describe('decodeBytes properties', () => {
  it('never throws on arbitrary bytes, and returns text or a sentence of reason', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), (input) => {
        const result = decodeBytes(input)
        if (result.ok) expect(result.text.trim()).not.toBe('')
        else expect(result.reason).toMatch(/^[A-Z].*\.$/)
      }),
    )
  })

  it('refuses random binary data (a PNG header and random bytes)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 200, maxLength: 2000 }), (noise) => {
        expect(decodeBytes(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], noise)).ok).toBe(false)
      }),
    )
  })

  it('for any string, UTF-8 encoding then decoding gives normaliseText of it (or a refusal)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const result = decodeBytes(utf8(s))
        if (result.ok) expect(result.text).toBe(normaliseText(s))
      }),
    )
  })

  it('decodes every string of printable text, in UTF-8 and in both UTF-16s with a byte-order mark', () => {
    const printable = fc.string({ unit: 'grapheme', minLength: 1 }).filter((s) => s.trim() !== '' && !/[\p{Cc}\p{Cs}]/u.test(s))
    fc.assert(
      fc.property(printable, (s) => {
        const expected = normaliseText(s)
        expect(decodeBytes(utf8(s))).toMatchObject({ ok: true, text: expected })
        expect(decodeBytes(bytes([0xff, 0xfe], utf16le(s)))).toMatchObject({ ok: true, text: expected, encoding: 'utf-16le' })
        expect(decodeBytes(bytes([0xfe, 0xff], utf16be(s)))).toMatchObject({ ok: true, text: expected, encoding: 'utf-16be' })
      }),
    )
  })
})
