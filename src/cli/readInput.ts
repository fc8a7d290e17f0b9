// Reads the files given to `parallax-compare` with the app's own reading (src/reading): the same decoding
// (UTF-8 with or without a byte-order mark, UTF-16 with one, the charset a web page declares, Windows-1252
// when the bytes are not UTF-8; line endings made LF, lines trimmed, as for any import), the article read
// out of a web page by the same extraction over linkedom, Markdown made text, and the same clean-up of
// page clutter and of the headline a text repeats as its first paragraph. So the command line and the app give the same words and figures.
// Every offset the command line prints refers to `text` below, which its JSON carries for each document.

import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { MAX_IMPORT_BYTES } from '../shared/domain/article'
import { decodeBytes } from '../shared/import'
import type { ImportDraft } from '../reading/draft'
import { parseInert } from '../reading/inertDocument'
import { cleanedText, formatOf, IMPORT_EXTENSIONS, readSource } from '../reading/source'

export interface ReadOptions {
  /** Skip clean-up: compare the text as read (decoded; for a web page, extracted; for Markdown, made text). */
  raw?: boolean
}

export interface InputDocument {
  /** The path as given. */
  path: string
  /** The file's base name, used in reports. */
  name: string
  /** What is compared and what every offset refers to: the cleaned text (the app's), or with --raw the text as read. */
  text: string
  /** The reading: the extracted text, the details, and every block with clean-up's verdict. */
  draft: ImportDraft
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

async function readBytes(path: string): Promise<Uint8Array> {
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
  return bytes
}

/** Reads one file as the app imports it; throws InputError naming the file and the reason it cannot be used. */
export async function readDocument(path: string, { raw = false }: ReadOptions = {}): Promise<InputDocument> {
  const name = basename(path)
  const format = formatOf(name)
  if (format === null) throw new InputError(path, `not a file Parallax reads: give ${IMPORT_EXTENSIONS.join(', ')} files (or a name without an extension, read as text)`)
  const decoded = decodeBytes(await readBytes(path))
  if (!decoded.ok) throw new InputError(path, decoded.reason)
  const read = readSource(name, format, decoded.text, parseInert)
  if (read.kind === 'refusal') throw new InputError(path, read.reason)
  const text = raw ? read.extracted : cleanedText(read)
  if (text.trim() === '') throw new InputError(path, 'clean-up leaves no text to compare (try --raw to compare the text as read)')
  return { path, name, text, draft: read }
}
