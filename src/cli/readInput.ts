// Reads the files given to `parallax-compare` and turns their bytes into the text the engine aligns.
// Decoding is the app's own (src/shared/import/decode.ts): UTF-8 with or without a byte-order mark,
// UTF-16 with one, Windows-1252 when the bytes are not UTF-8; line endings normalised to LF.
// Anything that is not plausibly text is refused with the file's name and the reason.

import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { decodeBytes } from '../shared/import/decode'

export const MAX_FILE_BYTES = 20 * 1024 * 1024

export interface InputDocument {
  /** The path as given. */
  path: string
  /** The file's base name, used in reports. */
  name: string
  /** Decoded and normalised (LF line endings, no trailing white space on a line): the text all offsets refer to. */
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

/** Bytes to text, or the reason they are not text; this command's own size limit applies. */
export function decodeText(bytes: Uint8Array): Decoded {
  const decoded = decodeBytes(bytes, { maxBytes: MAX_FILE_BYTES })
  return decoded.ok ? { ok: true, text: decoded.text } : decoded
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
