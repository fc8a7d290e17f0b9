// The character encodings Parallax reads, decoded by the platform's WHATWG TextDecoder (present in the
// main process, the renderer, workers and Node). src/shared compiles with no DOM and no Node types, so the
// little of TextDecoder used here is declared below and taken from globalThis. Windows-1252 alone is
// decoded from its table (charsets.ts): Node's TextDecoder gets it wrong, and the CLI and main run on Node.

import { decodeWindows1252 } from './charsets'

/** The names the WHATWG Encoding Standard gives its encodings, as TextDecoder's `encoding` reports them. */
export const ENCODING_NAMES = [
  'utf-8', 'utf-16le', 'utf-16be',
  'ibm866', 'iso-8859-2', 'iso-8859-3', 'iso-8859-4', 'iso-8859-5', 'iso-8859-6', 'iso-8859-7', 'iso-8859-8',
  'iso-8859-8-i', 'iso-8859-10', 'iso-8859-13', 'iso-8859-14', 'iso-8859-15', 'iso-8859-16', 'koi8-r', 'koi8-u',
  'macintosh', 'windows-874', 'windows-1250', 'windows-1251', 'windows-1252', 'windows-1253', 'windows-1254',
  'windows-1255', 'windows-1256', 'windows-1257', 'windows-1258', 'x-mac-cyrillic',
  'gbk', 'gb18030', 'big5', 'euc-jp', 'iso-2022-jp', 'shift_jis', 'euc-kr',
] as const

export type EncodingName = (typeof ENCODING_NAMES)[number]

/** An encoding as decodeBytes reports it: 'utf-8-bom' tells UTF-8 that began with a byte-order mark. */
export type TextEncodingName = EncodingName | 'utf-8-bom'

interface PlatformTextDecoder {
  readonly encoding: string
  decode(input: Uint8Array): string
}
type TextDecoderClass = new (label: string, options?: { fatal?: boolean; ignoreBOM?: boolean }) => PlatformTextDecoder

const PlatformDecoder = (globalThis as unknown as { TextDecoder: TextDecoderClass }).TextDecoder

const isEncodingName = (name: string): name is EncodingName => (ENCODING_NAMES as readonly string[]).includes(name)

/**
 * The encoding a label names ("ISO-8859-1", "latin1", "Shift_JIS", " utf8 "), as the standard maps labels,
 * or null for a label it does not know or one that names no readable encoding ("replacement", UTF-7).
 */
export function encodingOfLabel(label: string): EncodingName | null {
  try {
    const name = new PlatformDecoder(label.trim()).encoding
    return isEncodingName(name) ? name : null
  } catch {
    // TextDecoder throws a RangeError for a label it does not know.
    return null
  }
}

/** The bytes in the encoding, or null when they are not valid in it. A byte-order mark stays as U+FEFF. */
export function decodeStrictly(bytes: Uint8Array, encoding: EncodingName): string | null {
  if (encoding === 'windows-1252') return decodeWindows1252(bytes)
  try {
    return new PlatformDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    return null
  }
}

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const

export const hasUtf8Bom = (bytes: Uint8Array): boolean => UTF8_BOM.every((b, i) => bytes[i] === b)

/** The byte-order mark's length, for the encodings that begin with one when decodeBytes chose them. */
function markLength(bytes: Uint8Array, encoding: TextEncodingName): number {
  if (encoding === 'utf-16le') return bytes[0] === 0xff && bytes[1] === 0xfe ? 2 : 0
  if (encoding === 'utf-16be') return bytes[0] === 0xfe && bytes[1] === 0xff ? 2 : 0
  // A UTF-8 mark also stands before text that turned out not to be UTF-8 after it.
  return hasUtf8Bom(bytes) ? 3 : 0
}

/**
 * The text of bytes in the encoding decodeBytes chose for them, as written: the byte-order mark gone,
 * nothing normalised. Null only when the bytes are not valid in it, which decodeBytes never reports.
 */
export function textIn(bytes: Uint8Array, encoding: TextEncodingName): string | null {
  return decodeStrictly(bytes.subarray(markLength(bytes, encoding)), encoding === 'utf-8-bom' ? 'utf-8' : encoding)
}
