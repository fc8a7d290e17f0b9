// Messages between the import dialog and the import worker, and the packed form a draft crosses in: a
// 20 MB text has some 70,000 blocks, and copying as many small objects back to the UI thread would block
// it for as long as the work saved. A packed draft is its text once plus the blocks' offsets in typed
// arrays (moved, not copied); the UI thread slices the block texts out of the text again.

import type { SourceFormat } from '../../../../shared/domain/article'
import type { DraftBlock, ImportDraft, ImportPreparation, ImportRefusal } from '../../../../reading/draft'
import type { ReadingStep } from '../../../../reading/source'
import { knowStoredTextHash } from './storedTextHash'

/** The stages of reading one input, in the order they run; the worker reports those it runs. */
export type ImportStep = 'decode' | ReadingStep

/** The jobs of the import worker (see importJobs.ts): every input is read there, web pages included. */
export type ImportJob =
  /**
   * Read and decode a file (or a fetched page's bytes, with the charset its headers named), and read it as
   * text, Markdown or a web page.
   */
  | { type: 'read'; name: string; format: SourceFormat; file: Blob; charset?: string }
  /** Pasted text: normalised, then read as text, or as a web page when it is a page's source. */
  | { type: 'paste'; text: string }
  /** The name the library would give a draft's text with these blocks dropped (storedTextHash.ts). */
  | { type: 'hash'; extracted: string; dropped: number[] }

export type ImportRequest = ImportJob & { id: number }

export interface PackedDraft extends Omit<ImportDraft, 'blocks' | 'dropped' | 'source'> {
  /** Null when the source is the extracted text itself (plain text), so that it crosses once. */
  source: string | null
  /** Where each block starts and ends in `extracted`. */
  starts: Uint32Array
  ends: Uint32Array
  /** The blocks clean-up takes for clutter, ascending, and why. */
  clutterAt: Uint32Array
  reasons: string[]
  /** The SHA-256 of the text the import would store with those blocks dropped, when the worker worked it out. */
  storedHash?: string
}

export type PackedPreparation = PackedDraft | ImportRefusal

/** A job's result: a draft or a refusal; for a hash job, the hash. */
export type ImportAnswer = { type: 'done'; result: PackedPreparation } | { type: 'hashed'; hash: string }

export type ImportResponse = ({ id: number } & ImportAnswer) | { id: number; type: 'progress'; step: ImportStep } | { id: number; type: 'error'; message: string }

/** A draft in packed form. Blocks are consecutive non-blank lines, so each is found after the last. */
export function packDraft(draft: ImportDraft): PackedDraft {
  const { blocks, dropped: _dropped, source, ...rest } = draft
  const starts = new Uint32Array(blocks.length)
  const ends = new Uint32Array(blocks.length)
  const clutter = blocks.filter((block) => block.clutter !== null)
  let from = 0
  blocks.forEach((block, i) => {
    const start = draft.extracted.indexOf(block.text, from)
    if (start < 0 || block.index !== i) throw new Error(`Block ${block.index} is not in the draft's text in order.`)
    starts[i] = start
    ends[i] = from = start + block.text.length
  })
  return { ...rest, source: source === draft.extracted ? null : source, starts, ends, clutterAt: Uint32Array.from(clutter, (block) => block.index), reasons: clutter.map((block) => block.clutter as string) }
}

export function unpackDraft(packed: PackedDraft): ImportDraft {
  const { starts, ends, clutterAt, reasons, source, storedHash, ...rest } = packed
  const why = new Map<number, string>()
  clutterAt.forEach((index, i) => why.set(index, reasons[i] as string))
  const blocks: DraftBlock[] = Array.from(starts, (start, index) => ({ index, text: packed.extracted.slice(start, ends[index]), clutter: why.get(index) ?? null }))
  const draft: ImportDraft = { ...rest, source: source ?? packed.extracted, blocks, dropped: new Set(clutterAt) }
  if (storedHash !== undefined) knowStoredTextHash(draft, storedHash)
  return draft
}

export function unpackPreparation(packed: PackedPreparation): ImportPreparation {
  return packed.kind === 'refusal' ? packed : unpackDraft(packed)
}

/** The buffers a packed result moves to the other thread instead of copying. */
export function transferablesOf(answer: ImportAnswer): Transferable[] {
  if (answer.type !== 'done' || answer.result.kind !== 'draft') return []
  return [answer.result.starts.buffer, answer.result.ends.buffer, answer.result.clutterAt.buffer]
}
