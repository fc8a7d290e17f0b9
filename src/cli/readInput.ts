// Reads the files given to `parallax-compare` and turns their bytes into the text the engine aligns.
// Which files are text, and in which encoding, is the app's own decision (src/shared/import/decode.ts):
// UTF-8 with or without a byte-order mark, UTF-16 with one, Windows-1252 when the bytes are not UTF-8;
// anything that is not plausibly text is refused with the file's name and the reason.
// The text itself is NOT the app's import text: that one also trims every line, drops NULs and turns
// U+2028/U+2029 into LF, for articles a person reads. The --json offsets promise the file as written,
// so here the same decoder runs again and only the byte-order mark goes and CRLF and CR become LF.
// Like the app, the command line takes the first line as the title and does not compare the headline
// the text repeats as its first paragraph (src/shared/import/headline.ts): that line is blanked out of
// the compared text, so every offset still counts in the file.

import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { MAX_IMPORT_BYTES } from '../shared/domain/article'
import { decodeUtf16, decodeUtf8, decodeWindows1252 } from '../shared/import/charsets'
import { decodeBytes, type TextEncodingName } from '../shared/import/decode'
import { repeatedHeadline, titleFromPlainText } from '../shared/import'

export interface InputDocument {
  /** The path as given. */
  path: string
  /** The file's base name, used in reports. */
  name: string
  /**
   * The text all offsets refer to: the file decoded, its byte-order mark removed, CRLF and lone CR
   * turned into LF, and nothing else changed (white space at the ends of lines stays).
   */
  text: string
  /**
   * What is compared: `text` with the headline it repeats as its first paragraph turned into spaces (the
   * same length, so offsets into it are offsets into `text`); `text` itself when there is none.
   */
  compared: string
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

const hasUtf8Bom = (bytes: Uint8Array): boolean => bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf

/** The bytes in an encoding decodeBytes chose for them, with U+FEFF for a byte-order mark as the decoders leave it. */
function decodeAs(bytes: Uint8Array, encoding: TextEncodingName): string | null {
  switch (encoding) {
    case 'utf-8':
    case 'utf-8-bom':
      return decodeUtf8(bytes)
    case 'utf-16le':
    case 'utf-16be':
      return decodeUtf16(bytes, encoding === 'utf-16be')
    case 'windows-1252':
      return decodeWindows1252(hasUtf8Bom(bytes) ? bytes.subarray(3) : bytes)
    case 'declared':
      // Only for a charset the caller declares, which the command line never does.
      return null
  }
}

/**
 * Bytes to text, or the reason they are not text; the app's size limit applies. The text is
 * the file as written: byte-order mark removed, CRLF and lone CR turned into LF, nothing else changed.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  const checked = decodeBytes(bytes)
  if (!checked.ok) return checked
  const decoded = decodeAs(bytes, checked.encoding)
  // decodeBytes has just decoded these bytes in this encoding with the same decoder.
  if (decoded === null) throw new Error(`the bytes decodeBytes read as ${checked.encoding} do not decode as ${checked.encoding}`)
  const text = decoded.startsWith('\uFEFF') ? decoded.slice(1) : decoded
  return { ok: true, text: text.replace(/\r\n?/g, '\n') }
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
  `too large: ${(bytes / 1_000_000).toFixed(1)} MB (${bytes} bytes), over the ${MAX_IMPORT_BYTES / 1_000_000} MB limit`

/** Reads and decodes one file; throws InputError naming the file and the reason it cannot be used. */
export async function readDocument(path: string): Promise<InputDocument> {
  let bytes: Uint8Array
  try {
    const info = await stat(path)
    if (info.isDirectory()) throw new InputError(path, 'is a directory, not a file')
    if (!info.isFile()) throw new InputError(path, 'not a regular file')
    if (info.size > MAX_IMPORT_BYTES) throw new InputError(path, tooLarge(info.size))
    if (info.size === 0) throw new InputError(path, 'empty file')
    bytes = await readFile(path)
  } catch (error) {
    if (error instanceof InputError) throw error
    throw new InputError(path, describeFsError(error))
  }
  // The file may have changed between stat and read.
  if (bytes.length > MAX_IMPORT_BYTES) throw new InputError(path, tooLarge(bytes.length))
  const decoded = decodeText(bytes)
  if (!decoded.ok) throw new InputError(path, decoded.reason)
  return { path, name: basename(path), text: decoded.text, compared: withoutHeadline(decoded.text, basename(path)) }
}

/** The text with the headline it repeats (its title, the first line, again as its first paragraph) blanked out. */
export function withoutHeadline(text: string, name: string): string {
  const headline = repeatedHeadline(text, titleFromPlainText(text, name))
  return headline === null ? text : `${text.slice(0, headline.start)}${' '.repeat(headline.end - headline.start)}${text.slice(headline.end)}`
}
