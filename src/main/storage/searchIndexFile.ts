// The search index as a file (search-index.bin beside library.json), so a library of 10,000 articles is
// searchable within a moment of opening instead of after every body has been read again (6 s here). It is a
// cache: written in the background, atomically, and never trusted beyond what it says it was built from.
// Each document carries the signature of what it was made from (the article's text hash and details); at
// open, an article whose signature differs, or that has none, is indexed again from its body, and a file
// that cannot be read as a whole is ignored and the index built from the bodies, as without it.
//
// Layout: "PXSI", a format number (u32, little-endian), the length of a JSON header (u32) and the header
// ({ documents: [id, signature][], terms: string[] }), padding to a multiple of 4, then for each term in
// order its number of documents and their numbers (u32 each). Numbers are checked on reading.

import { createHash } from 'node:crypto'
import type { ArticleMeta } from '../../shared/domain/article'
import { bytesInPieces, jsonPieces } from './jsonInPieces'

const MAGIC = 'PXSI'
/** Raised whenever what is indexed, or how words are normalised for search, changes: older files are then rebuilt. */
export const INDEX_FORMAT = 1

export interface IndexSnapshot {
  /** Document number → [article id, signature]; null for a dropped document. */
  documents: ([string, string] | null)[]
  /** word → document numbers, ascending. */
  postings: Map<string, ArrayLike<number>>
}

/** What an article's index entry is made from: its text and its details. */
export function indexSignature(meta: Pick<ArticleMeta, 'textHash' | 'title' | 'outlet' | 'byline'>): string {
  return createHash('sha1').update(JSON.stringify([meta.textHash, meta.title, meta.outlet, meta.byline])).digest('base64')
}

/** Words read or written between pauses: reading the index of 10,000 articles at once held the main process for 60–90 ms. */
const TERMS_PER_PIECE = 20_000

/**
 * The index as the file's bytes. `pause` is awaited between pieces of the work (the header's text, then the
 * words' numbers), so a large index does not hold up the process: made at once, 10,000 articles' took 60 ms.
 * The index must not change meanwhile (its saves run in its queue).
 */
export async function encodeIndex({ documents, postings }: IndexSnapshot, pause: () => Promise<void> = async () => undefined): Promise<Buffer> {
  const terms = [...postings.keys()]
  const header = await bytesInPieces(jsonPieces({ documents, terms }), pause)
  const headerEnd = 12 + header.length
  const start = headerEnd + ((4 - (headerEnd % 4)) % 4)
  let numbers = 0
  for (const list of postings.values()) numbers += 1 + list.length
  const bytes = Buffer.alloc(start + numbers * 4)
  bytes.write(MAGIC, 0, 'latin1')
  bytes.writeUInt32LE(INDEX_FORMAT, 4)
  bytes.writeUInt32LE(header.length, 8)
  header.copy(bytes, 12)
  const out = new Uint32Array(bytes.buffer, bytes.byteOffset + start, numbers)
  let at = 0
  let inPiece = 0
  // In the order of `terms`: a Map gives its values in the order of its keys.
  for (const list of postings.values()) {
    out[at++] = list.length
    for (let i = 0; i < list.length; i++) out[at++] = list[i] as number
    if (++inPiece === TERMS_PER_PIECE) {
      inPiece = 0
      await pause()
    }
  }
  return bytes
}

function isDocuments(value: unknown): value is ([string, string] | null)[] {
  return Array.isArray(value) && value.every((d) => d === null || (Array.isArray(d) && d.length === 2 && typeof d[0] === 'string' && typeof d[1] === 'string'))
}

/**
 * The index these bytes hold, or null when they are not a whole, valid index of this format. The postings
 * are views into one copy of the bytes (a word's list is copied out only when a document is added to it).
 * `pause` is awaited between pieces of the work, so a large index does not hold up the process.
 */
export async function decodeIndex(bytes: Uint8Array, pause: () => Promise<void> = async () => undefined): Promise<IndexSnapshot | null> {
  if (bytes.length < 12) return null
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (buffer.toString('latin1', 0, 4) !== MAGIC || buffer.readUInt32LE(4) !== INDEX_FORMAT) return null
  const headerLength = buffer.readUInt32LE(8)
  const headerEnd = 12 + headerLength
  if (headerEnd > buffer.length) return null
  let header: { documents?: unknown; terms?: unknown }
  try {
    header = JSON.parse(buffer.toString('utf8', 12, headerEnd)) as typeof header
  } catch {
    return null
  }
  const { documents, terms } = header
  if (!isDocuments(documents) || !Array.isArray(terms) || !terms.every((t) => typeof t === 'string')) return null
  const start = headerEnd + ((4 - (headerEnd % 4)) % 4)
  if ((buffer.length - start) % 4 !== 0 || start > buffer.length) return null
  // One aligned copy, which the views share.
  const numbers = new Uint32Array((buffer.length - start) / 4)
  new Uint8Array(numbers.buffer).set(buffer.subarray(start))
  const postings = new Map<string, ArrayLike<number>>()
  let at = 0
  let read = 0
  for (const term of terms as string[]) {
    if (++read % TERMS_PER_PIECE === 0) await pause()
    const count = numbers[at]
    if (count === undefined || at + 1 + count > numbers.length) return null
    const list = numbers.subarray(at + 1, at + 1 + count)
    for (let i = 0; i < list.length; i++) if ((list[i] as number) >= documents.length || (i > 0 && (list[i] as number) <= (list[i - 1] as number))) return null
    postings.set(term, list)
    at += 1 + count
  }
  if (at !== numbers.length) return null
  return { documents, postings }
}
