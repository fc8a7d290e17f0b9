// Turns an imported file's bytes into the text Parallax stores, or into a reason a person can act on.
// Which encoding, in order: a byte-order mark (UTF-8, UTF-16); the charset the source declared (an HTTP
// header), when the bytes are valid in it; for a web page, the charset its <meta> declares, on the same
// condition; UTF-8 when the bytes are valid UTF-8; else Windows-1252, for the older files. Any encoding of
// the WHATWG standard can be named (ISO-8859-x, Shift_JIS, GB18030, KOI8-R …); the platform's TextDecoder
// decodes them (encodings.ts). The same normalisation serves pasted text (normaliseText).

import { MAX_IMPORT_BYTES } from '../domain/article'
import { describeBinaryText, describeNulBytes, knownBinaryFormat, SNIFF_LENGTH } from './binary'
import { decodeWindows1252 } from './charsets'
import { decodeStrictly, encodingOfLabel, hasUtf8Bom, type TextEncodingName } from './encodings'
import { declaredHtmlEncoding } from './htmlCharset'

export type { TextEncodingName } from './encodings'

export type DecodeResult = { ok: true; text: string; encoding: TextEncodingName } | { ok: false; reason: string }

export interface DecodeOptions {
  /** The largest file accepted; MAX_IMPORT_BYTES unless a caller asks for less. */
  maxBytes?: number
  /**
   * The charset the source declared for these bytes (an HTTP header's, as "ISO-8859-1" or "utf-8"). Used
   * when the bytes are valid in it; a byte-order mark wins over it, and a label no standard encoding has,
   * or bytes not valid in it, leave the choice to the bytes, as if none had been declared.
   */
  charset?: string
}

/**
 * Line endings to \n (CRLF, lone CR, and the Unicode line and paragraph separators), NUL characters
 * removed, leading byte-order marks removed, and white space at the ends of lines removed. Nothing
 * else changes: no Unicode normalisation, no quote or dash folding, so every word stays as written.
 * Idempotent.
 */
export function normaliseText(text: string): string {
  const unified = text.replaceAll('\u0000', '').replace(/\r\n?|[\u2028\u2029]/g, '\n').replace(/^\uFEFF+/, '')
  // trimEnd per line rather than one /\s+$/gm: that regex backtracks quadratically over a long run of spaces.
  return unified
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
}

/** Rounded up, so a file just over the limit never reads as being at it ("20.1 MB", not "20.0 MB"). */
const megabytes = (bytes: number): string => (Math.ceil(bytes / 100_000) / 10).toFixed(1)

const refuse = (reason: string): DecodeResult => ({ ok: false, reason })
const binary = (why: string): DecodeResult => refuse(`This looks like a binary file (${why}), not text.`)

const hasPrefix = (bytes: Uint8Array, prefix: readonly number[]): boolean => prefix.every((b, i) => bytes[i] === b)

type Chosen = { encoding: TextEncodingName; text: string }

/** The encoding the source or else the page declares, with the text, when the bytes are valid in it. */
function declared(bytes: Uint8Array, charset: string | undefined): Chosen | null {
  for (const encoding of [charset === undefined ? null : encodingOfLabel(charset), declaredHtmlEncoding(bytes)]) {
    const text = encoding === null ? null : decodeStrictly(bytes, encoding)
    if (encoding !== null && text !== null) return { encoding, text }
  }
  return null
}

/** Bytes without a UTF-16 byte-order mark: their encoding as declared, else UTF-8 when valid, else Windows-1252. */
function choose(bytes: Uint8Array, charset: string | undefined): Chosen {
  const hasBom = hasUtf8Bom(bytes)
  const body = hasBom ? bytes.subarray(3) : bytes
  const utf8 = decodeStrictly(body, 'utf-8')
  if (hasBom && utf8 !== null) return { encoding: 'utf-8-bom', text: utf8 }
  // Not UTF-8 after its mark: the mark was a mistake, and the rest is read like unmarked bytes.
  const fromDeclaration = declared(body, charset)
  if (fromDeclaration !== null) return fromDeclaration
  if (utf8 !== null) return { encoding: 'utf-8', text: utf8 }
  // An older Windows or web file. Every byte means something in Windows-1252, so the binary checks
  // below are what still refuses data that is not text.
  return { encoding: 'windows-1252', text: decodeWindows1252(body) }
}

/** Decodes the bytes of a text file, or says why they are not one. Never throws. */
export function decodeBytes(bytes: Uint8Array, options: DecodeOptions = {}): DecodeResult {
  const maxBytes = options.maxBytes ?? MAX_IMPORT_BYTES
  if (bytes.length > maxBytes) {
    return refuse(`This file is ${megabytes(bytes.length)} MB; Parallax imports files of at most ${+(maxBytes / 1e6).toFixed(1)} MB.`)
  }
  if (bytes.length === 0) return refuse('The file is empty.')
  const format = knownBinaryFormat(bytes)
  if (format !== null) return binary(format)

  // UTF-32 marks begin with the UTF-16 LE one, so they are told apart first.
  if (hasPrefix(bytes, [0xff, 0xfe, 0x00, 0x00]) || hasPrefix(bytes, [0x00, 0x00, 0xfe, 0xff])) {
    return refuse('This is UTF-32 text, which Parallax does not read; save it as UTF-8 and import it again.')
  }
  let chosen: Chosen
  const marked = hasPrefix(bytes, [0xff, 0xfe]) ? 'utf-16le' : hasPrefix(bytes, [0xfe, 0xff]) ? 'utf-16be' : null
  if (marked !== null) {
    const name = `UTF-16${marked.slice(-2).toUpperCase()}`
    if (bytes.length % 2 !== 0) return refuse(`This is not valid ${name} text (it has an odd number of bytes).`)
    const text = decodeStrictly(bytes.subarray(2), marked)
    if (text === null) return refuse(`This is not valid ${name} text (it has an unpaired surrogate).`)
    chosen = { encoding: marked, text }
  } else {
    chosen = choose(bytes, options.charset)
    // NUL bytes are binary data, unless the source declared UTF-16, where every ASCII letter has one.
    const utf16 = chosen.encoding === 'utf-16le' || chosen.encoding === 'utf-16be'
    const nul = utf16 ? null : describeNulBytes(bytes.subarray(0, SNIFF_LENGTH))
    if (nul !== null) return binary(nul)
  }
  const notText = describeBinaryText(chosen.text)
  if (notText !== null) return binary(notText)
  const text = normaliseText(chosen.text)
  if (text === '') return refuse('The file is empty.')
  if (text.trim() === '') return refuse('The file contains only white space.')
  return { ok: true, text, encoding: chosen.encoding }
}
