// Reads the files given to `parallax-compare` and turns their bytes into the text the engine aligns:
// UTF-8 (with or without a byte-order mark) or UTF-16 with one, line endings normalised to LF.
// Anything that is not plausibly text is refused with the file's name and the reason.

import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'

export const MAX_FILE_BYTES = 20 * 1024 * 1024
/** How much of a file the binary checks look at. */
const SNIFF_LENGTH = 8192
/** Above this share of control characters in the sniffed part, a file is taken for binary. */
const MAX_CONTROL_SHARE = 0.1

export interface InputDocument {
  /** The path as given. */
  path: string
  /** The file's base name, used in reports. */
  name: string
  /** Decoded, with CRLF and CR turned into LF: the text all offsets refer to. */
  text: string
}

/** A file that cannot be compared; the message names the file and says why. */
export class InputError extends Error {
  override readonly name = 'InputError'
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${path}: ${reason}`)
  }
}

export type Decoded = { ok: true; text: string } | { ok: false; reason: string }

export function normaliseLineEndings(text: string): string {
  return text.replace(/\r\n?/g, '\n')
}

/** Control characters other than tab, line feed, form feed and carriage return (C0 and DEL). */
function isControl(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) || code === 0x7f
}

function looksBinary(text: string): string | null {
  const sample = text.slice(0, SNIFF_LENGTH)
  let controls = 0
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i)
    if (code === 0) return 'binary file (contains NUL characters)'
    if (isControl(code)) controls++
  }
  if (sample.length > 0 && controls / sample.length > MAX_CONTROL_SHARE) return 'binary file (too many control characters)'
  return null
}

function decodeUtf16(bytes: Uint8Array, bigEndian: boolean): Decoded {
  const body = bytes.subarray(2)
  if (body.length % 2 !== 0) return { ok: false, reason: `not valid UTF-16${bigEndian ? 'BE' : 'LE'} text (odd number of bytes)` }
  let littleEndian = body
  if (bigEndian) {
    littleEndian = new Uint8Array(body.length)
    for (let i = 0; i < body.length; i += 2) {
      littleEndian[i] = body[i + 1] as number
      littleEndian[i + 1] = body[i] as number
    }
  }
  try {
    return { ok: true, text: new TextDecoder('utf-16le', { fatal: true }).decode(littleEndian) }
  } catch {
    return { ok: false, reason: `not valid UTF-16${bigEndian ? 'BE' : 'LE'} text` }
  }
}

/**
 * Bytes to text, or the reason they are not text. UTF-16 is recognised by its byte-order mark only;
 * without one, its NUL bytes make it read as binary, and the message says UTF-16 may be the cause.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  let decoded: Decoded
  if (bytes[0] === 0xff && bytes[1] === 0xfe) decoded = decodeUtf16(bytes, false)
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) decoded = decodeUtf16(bytes, true)
  else {
    const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
    const body = hasBom ? bytes.subarray(3) : bytes
    if (body.subarray(0, SNIFF_LENGTH).includes(0)) {
      return { ok: false, reason: 'binary file (contains NUL bytes; UTF-16 text needs a byte-order mark)' }
    }
    try {
      decoded = { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body) }
    } catch {
      return { ok: false, reason: 'not text: neither valid UTF-8 nor UTF-16 with a byte-order mark' }
    }
  }
  if (!decoded.ok) return decoded
  const binary = looksBinary(decoded.text)
  if (binary !== null) return { ok: false, reason: binary }
  if (decoded.text.trim() === '') return { ok: false, reason: decoded.text === '' ? 'empty file' : 'contains only white space' }
  return { ok: true, text: normaliseLineEndings(decoded.text) }
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  switch (code) {
    case 'ENOENT':
      return 'no such file'
    case 'EACCES':
    case 'EPERM':
      return 'permission denied'
    case 'EISDIR':
      return 'is a directory, not a file'
    case 'ENOTDIR':
      return 'a part of the path is not a directory'
    case 'ELOOP':
      return 'too many symbolic links'
    default:
      return `cannot be read (${code ?? (error instanceof Error ? error.message : String(error))})`
  }
}

const tooLarge = (bytes: number): string =>
  `too large: ${(bytes / (1024 * 1024)).toFixed(1)} MB (${bytes} bytes), over the ${MAX_FILE_BYTES / (1024 * 1024)} MB limit`

/** Reads and decodes one file; throws InputError naming the file and the reason it cannot be used. */
export async function readDocument(path: string): Promise<InputDocument> {
  let bytes: Uint8Array
  try {
    const info = await stat(path)
    if (info.isDirectory()) throw new InputError(path, 'is a directory, not a file')
    if (!info.isFile()) throw new InputError(path, 'not a regular file')
    if (info.size > MAX_FILE_BYTES) throw new InputError(path, tooLarge(info.size))
    if (info.size === 0) throw new InputError(path, 'empty file')
    bytes = await readFile(path)
  } catch (error) {
    if (error instanceof InputError) throw error
    throw new InputError(path, describeFsError(error))
  }
  // The file may have changed between stat and read.
  if (bytes.length > MAX_FILE_BYTES) throw new InputError(path, tooLarge(bytes.length))
  const decoded = decodeText(bytes)
  if (!decoded.ok) throw new InputError(path, decoded.reason)
  return { path, name: basename(path), text: decoded.text }
}
