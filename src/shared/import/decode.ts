// Turns an imported file's bytes into the text Parallax stores, or into a reason a person can act on.
// UTF-8 (with or without a byte-order mark), UTF-16 with a byte-order mark, and Windows-1252 for the
// older files that are not valid UTF-8. The same normalisation serves pasted text (normaliseText).

import { MAX_IMPORT_BYTES } from '../domain/article'
import { describeBinaryText, describeNulBytes, knownBinaryFormat, SNIFF_LENGTH } from './binary'
import { decodeUtf16, decodeUtf8, decodeWindows1252 } from './charsets'

/** 'declared': the charset the caller gave (DecodeOptions.charset), which the bytes decoded in. */
export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'declared'

export type DecodeResult = { ok: true; text: string; encoding: TextEncodingName } | { ok: false; reason: string }

export interface DecodeOptions {
  /** The largest file accepted; MAX_IMPORT_BYTES unless a caller asks for less. */
  maxBytes?: number
  /**
   * The charset the bytes are said to be in (a web page's Content-Type header): used when the bytes decode
   * in it without error; a byte-order mark wins over it, and an unknown label or bytes that do not fit it
   * leave the decoding to the usual checks.
   */
  charset?: string
}

/** TextDecoder, which every place Parallax runs has, though the ES2023 types shared/ compiles against do not declare it. */
declare const TextDecoder: new (label: string, options: { fatal: boolean }) => { decode: (bytes: Uint8Array) => string }

/**
 * The bytes in the declared charset, or null when the label is unknown or the bytes are not valid in it.
 * Text with C1 control characters is not taken: no page means them, and Node's TextDecoder reads
 * "windows-1252" as ISO-8859-1, which turns its quotation marks and dashes into them.
 */
function decodeDeclared(bytes: Uint8Array, charset: string): string | null {
  try {
    const text = new TextDecoder(charset, { fatal: true }).decode(bytes)
    return /[\u0080-\u009f]/.test(text) ? null : text
  } catch {
    return null
  }
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

/** Decodes the bytes of a text file, or says why they are not one. Never throws. */
export function decodeBytes(bytes: Uint8Array, options: DecodeOptions = {}): DecodeResult {
  const maxBytes = options.maxBytes ?? MAX_IMPORT_BYTES
  if (bytes.length > maxBytes) {
    return refuse(`This file is ${megabytes(bytes.length)} MB; Parallax imports files of at most ${+(maxBytes / 1e6).toFixed(1)} MB.`)
  }
  if (bytes.length === 0) return refuse('The file is empty.')
  const format = knownBinaryFormat(bytes)
  if (format !== null) return binary(format)

  let text: string
  let encoding: TextEncodingName
  // UTF-32 marks begin with the UTF-16 LE one, so they are told apart first.
  if (hasPrefix(bytes, [0xff, 0xfe, 0x00, 0x00]) || hasPrefix(bytes, [0x00, 0x00, 0xfe, 0xff])) {
    return refuse('This is UTF-32 text, which Parallax does not read; save it as UTF-8 and import it again.')
  }
  const utf16 = hasPrefix(bytes, [0xff, 0xfe]) ? 'le' : hasPrefix(bytes, [0xfe, 0xff]) ? 'be' : null
  if (utf16 !== null) {
    const name = `UTF-16${utf16.toUpperCase()}`
    if (bytes.length % 2 !== 0) return refuse(`This is not valid ${name} text (it has an odd number of bytes).`)
    const decoded = decodeUtf16(bytes, utf16 === 'be')
    if (decoded === null) return refuse(`This is not valid ${name} text (it has an unpaired surrogate).`)
    text = decoded
    encoding = utf16 === 'le' ? 'utf-16le' : 'utf-16be'
  } else {
    const nul = describeNulBytes(bytes.subarray(0, SNIFF_LENGTH))
    if (nul !== null) return binary(nul)
    const hasBom = hasPrefix(bytes, [0xef, 0xbb, 0xbf])
    const declared = options.charset === undefined || hasBom ? null : decodeDeclared(bytes, options.charset)
    const decoded = declared === null ? decodeUtf8(bytes) : null
    if (declared !== null) {
      text = declared
      encoding = 'declared'
    } else if (decoded !== null) {
      text = decoded
      encoding = hasBom ? 'utf-8-bom' : 'utf-8'
    } else {
      // Not UTF-8: an older Windows or web file. Every byte means something in Windows-1252, so the
      // binary checks below are what still refuses data that is not text.
      text = decodeWindows1252(hasBom ? bytes.subarray(3) : bytes)
      encoding = 'windows-1252'
    }
  }
  const notText = describeBinaryText(text)
  if (notText !== null) return binary(notText)
  text = normaliseText(text)
  if (text === '') return refuse('The file is empty.')
  if (text.trim() === '') return refuse('The file contains only white space.')
  return { ok: true, text, encoding }
}
