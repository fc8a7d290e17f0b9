// Byte decoders for the encodings Parallax reads, written by hand: src/shared compiles against ES2023
// alone, where TextDecoder is not declared, and the same code runs in the renderer, main process and CLI.
// Each strict decoder returns null for bytes that are not valid in its encoding, so the caller can
// fall back or refuse; a byte-order mark is decoded as U+FEFF and left to the caller.

/** String.fromCharCode takes its units as arguments: a bounded chunk keeps clear of the engine's argument limit. */
const CHUNK = 8192

function unitsToString(units: Uint16Array, length: number): string {
  if (length <= CHUNK) return String.fromCharCode.apply(null, units.subarray(0, length) as unknown as number[])
  const parts: string[] = []
  for (let i = 0; i < length; i += CHUNK) {
    parts.push(String.fromCharCode.apply(null, units.subarray(i, Math.min(i + CHUNK, length)) as unknown as number[]))
  }
  return parts.join('')
}

/**
 * Strict UTF-8 (the WHATWG decoder with fatal errors): no overlong forms, no encoded surrogates, nothing
 * above U+10FFFF, no truncated sequence. Pure ASCII, the common case, takes the short path.
 */
export function decodeUtf8(bytes: Uint8Array): string | null {
  const length = bytes.length
  // Never more UTF-16 units than bytes: 1 byte gives 1 unit, 2 or 3 give 1, 4 give 2.
  const units = new Uint16Array(length)
  let n = 0
  let i = 0
  while (i < length) {
    const first = bytes[i] as number
    if (first < 0x80) {
      units[n++] = first
      i++
      continue
    }
    let extra: number
    let codePoint: number
    // The allowed range of the second byte narrows for a few lead bytes (WHATWG "UTF-8 decoder").
    let lower = 0x80
    let upper = 0xbf
    if (first >= 0xc2 && first <= 0xdf) {
      extra = 1
      codePoint = first & 0x1f
    } else if (first >= 0xe0 && first <= 0xef) {
      extra = 2
      codePoint = first & 0x0f
      if (first === 0xe0) lower = 0xa0
      if (first === 0xed) upper = 0x9f
    } else if (first >= 0xf0 && first <= 0xf4) {
      extra = 3
      codePoint = first & 0x07
      if (first === 0xf0) lower = 0x90
      if (first === 0xf4) upper = 0x8f
    } else {
      return null
    }
    if (i + extra >= length) return null
    for (let k = 1; k <= extra; k++) {
      const next = bytes[i + k] as number
      if (next < lower || next > upper) return null
      lower = 0x80
      upper = 0xbf
      codePoint = (codePoint << 6) | (next & 0x3f)
    }
    if (codePoint >= 0x10000) {
      codePoint -= 0x10000
      units[n++] = 0xd800 + (codePoint >> 10)
      units[n++] = 0xdc00 + (codePoint & 0x3ff)
    } else {
      units[n++] = codePoint
    }
    i += extra + 1
  }
  return unitsToString(units, n)
}

/** UTF-16 of an even number of bytes; null when a surrogate is unpaired. */
export function decodeUtf16(bytes: Uint8Array, bigEndian: boolean): string | null {
  const count = bytes.length >> 1
  const units = new Uint16Array(count)
  const high = bigEndian ? 0 : 1
  for (let u = 0; u < count; u++) units[u] = ((bytes[2 * u + high] as number) << 8) | (bytes[2 * u + 1 - high] as number)
  for (let u = 0; u < count; u++) {
    const unit = units[u] as number
    if (unit < 0xd800 || unit > 0xdfff) continue
    const next = units[u + 1]
    if (unit > 0xdbff || next === undefined || next < 0xdc00 || next > 0xdfff) return null
    u++
  }
  return unitsToString(units, count)
}

/**
 * Windows-1252 bytes 0x80–0x9F; every other byte is the code point of the same number (Latin-1).
 * The five bytes the code page leaves undefined keep their C1 code points, as browsers do.
 */
const WINDOWS_1252_HIGH = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f,
  0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
]

/** Windows-1252 maps every byte to a character, so it never fails; the caller decides when to use it. */
export function decodeWindows1252(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length)
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] as number
    units[i] = byte >= 0x80 && byte <= 0x9f ? (WINDOWS_1252_HIGH[byte - 0x80] as number) : byte
  }
  return unitsToString(units, bytes.length)
}
