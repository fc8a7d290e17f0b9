// The hand-written byte decoders against the platform's own (Node's TextDecoder, which src/shared may
// not use): the same text for every input, and null exactly where the strict decoder throws.
// Windows-1252 is checked against its table, spelled out.

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decodeUtf16, decodeUtf8, decodeWindows1252 } from '../../../../src/shared/import/charsets'

const platform = (encoding: string, bytes: Uint8Array): string | null => {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    return null
  }
}

/** Bytes near UTF-8's edges: continuation bytes, lead bytes of every length, overlong and surrogate forms. */
const utf8ish = fc.array(
  fc.oneof(
    fc.integer({ min: 0x00, max: 0x7f }),
    fc.integer({ min: 0x80, max: 0xbf }),
    fc.constantFrom(0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xed, 0xee, 0xef, 0xf0, 0xf4, 0xf5, 0xff),
  ),
  { maxLength: 40 },
)

describe('decodeUtf8', () => {
  it('agrees with the strict platform decoder on arbitrary bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        expect(decodeUtf8(bytes)).toBe(platform('utf-8', bytes))
      }),
    )
    fc.assert(fc.property(utf8ish, (list) => {
        expect(decodeUtf8(Uint8Array.from(list))).toBe(platform('utf-8', Uint8Array.from(list)))
      }),
    )
  })

  it('round-trips any well-formed string, including astral characters', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        expect(decodeUtf8(new TextEncoder().encode(s))).toBe(s)
      }),
    )
  })

  it('decodes a text longer than one chunk of units', () => {
    const long = 'Кремль 😀 '.repeat(5000)
    expect(decodeUtf8(new TextEncoder().encode(long))).toBe(long)
  })

  it.each([
    ['an overlong slash', [0xc0, 0xaf]],
    ['an encoded surrogate', [0xed, 0xa0, 0x80]],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
    ['a truncated sequence', [0x61, 0xe2, 0x80]],
    ['a lone continuation byte', [0x80]],
  ])('refuses %s', (_name, bytes) => {
    expect(decodeUtf8(Uint8Array.from(bytes))).toBeNull()
  })
})

describe('decodeUtf16', () => {
  it('agrees with the platform decoder on arbitrary even-length bytes, in both byte orders', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (raw) => {
        const bytes = raw.subarray(0, raw.length - (raw.length % 2))
        expect(decodeUtf16(bytes, false)).toBe(platform('utf-16le', bytes))
        const swapped = bytes.map((_b, i) => bytes[i % 2 === 0 ? i + 1 : i - 1] as number)
        expect(decodeUtf16(swapped, true)).toBe(platform('utf-16le', bytes))
      }),
    )
  })
})

describe('decodeWindows1252', () => {
  it('maps every byte as the WHATWG index does: Latin-1, except 0x80–0x9F', () => {
    // Node's own windows-1252 decoder is Latin-1 in small-ICU builds, so the index is spelled out here.
    const high = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ'
    const all = Uint8Array.from({ length: 256 }, (_v, i) => i)
    const expected = Array.from(all, (b) => (b >= 0x80 && b <= 0x9f ? high[b - 0x80] : String.fromCharCode(b))).join('')
    expect(decodeWindows1252(all)).toBe(expected)
  })

  it('maps the typographic bytes of 0x80–0x9F', () => {
    expect(decodeWindows1252(Uint8Array.from([0x80, 0x85, 0x91, 0x92, 0x93, 0x94, 0x96, 0x97, 0x99]))).toBe('€…‘’“”–—™')
  })
})
