// Windows-1252 decoded from its table. Everything else is decoded by the platform's TextDecoder
// (encodings.ts); this one is kept because Node's TextDecoder decodes windows-1252 as Latin-1 (measured
// on Node 20.20.2: 27 of the 32 bytes 0x80–0x9F, the curly quotes, dashes and €, come out as invisible
// C1 controls), and both the CLI and the main process run on Node. Browsers decode it as below.

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
