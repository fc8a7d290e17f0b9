// The alignment and quote ledger an open comparison hands to the PDF export, so that the print window lays
// out the pages without aligning the reports again (on 3 × 10k words that took it about 0.8 s, cold). The
// window sending it shows untrusted article text: every field is checked for shape, every offset and index
// for range within the alignment's own documents; the main process keeps it only if its text hashes are
// those of the comparison's reports now.

import { z } from 'zod'
import { MAX_ARTICLES_PER_COMPARISON } from '../domain/comparison'
import { MAX_IMPORT_BYTES } from '../domain/article'
import { VARIANT_KINDS, type Alignment } from '../alignment/types'
import { QUOTE_KINDS, type QuoteLedger } from '../quotes/types'
import { id } from './call'

/** More entries of any one list than 50 reports of 20 MB could give rise to are refused. */
const MAX_ENTRIES = 2_000_000

const count = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER)
const offset = z.number().int().min(0).max(MAX_IMPORT_BYTES)
const doc = z.number().int().min(0).max(MAX_ARTICLES_PER_COMPARISON - 1)
const words = z.string().max(MAX_IMPORT_BYTES)
const list = <T extends z.ZodType>(item: T) => z.array(item).max(MAX_ENTRIES)

const span = z.strictObject({ doc, start: offset, end: offset })

const variant = z.strictObject({ doc, kind: z.enum(VARIANT_KINDS), base: words, baseStart: offset, baseEnd: offset, text: words, start: offset, end: offset })

const group = z.strictObject({ id, parent: id.optional(), words: count, spans: list(span), variants: list(variant) })

const alignment = z
  .strictObject({
    documents: z.array(z.strictObject({ index: doc, chars: offset, words: count })).min(2).max(MAX_ARTICLES_PER_COMPARISON),
    passages: list(group),
    phrases: list(group),
    unique: list(span),
    coverage: list(z.strictObject({ doc, sharedChars: count, uniqueChars: count })),
  })
  .superRefine((value, context) => {
    // Every stretch must lie inside its document as the alignment measured it.
    const inside = (s: { doc: number; start: number; end: number }): boolean => s.start <= s.end && s.end <= (value.documents[s.doc]?.chars ?? -1)
    const groups = [...value.passages, ...value.phrases]
    const bad =
      value.documents.some((d, i) => d.index !== i) ||
      !value.unique.every(inside) ||
      !groups.every((g) => g.spans.length >= 2 && g.spans.every(inside) && g.variants.every((v) => inside(v) && v.baseStart <= v.baseEnd && v.baseEnd <= (value.documents[g.spans[0]?.doc ?? -1]?.chars ?? -1)))
    if (bad) context.addIssue({ code: 'custom', message: 'The alignment names a stretch outside its reports.' })
  }) satisfies z.ZodType<Alignment>

const instance = z.strictObject({
  doc,
  start: offset,
  end: offset,
  text: words,
  speaker: z.string().max(1_000).nullable(),
  named: z.string().max(1_000).nullable(),
  marked: z.boolean(),
  kind: z.enum(QUOTE_KINDS),
  also: z.array(z.enum(QUOTE_KINDS)).max(QUOTE_KINDS.length),
  recapitalised: z.boolean(),
  differences: list(z.strictObject({ base: words, text: words })),
  baseOffset: offset.nullable(),
})

const conflict = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('speaker'), speakers: z.array(z.string().max(1_000)).max(MAX_ENTRIES) }),
  z.strictObject({ kind: z.literal('unattributed'), docs: z.array(doc).max(MAX_ARTICLES_PER_COMPARISON) }),
])

const ledger = z.strictObject({
  groups: list(
    z
      .strictObject({ id, speaker: z.string().max(1_000).nullable(), instances: list(instance).min(1), base: count, conflicts: list(conflict) })
      .refine((g) => g.base < g.instances.length, { message: 'A quotation’s base must be one of its wordings.' }),
  ),
  speakers: list(z.strictObject({ name: z.string().max(1_000), groups: count })),
}) satisfies z.ZodType<QuoteLedger>

/** A body hash: what the library names a report's text by (SHA-256, lowercase hex). */
const textHash = z.string().regex(/^[0-9a-f]{64}$/, 'A text hash is 64 lowercase hexadecimal digits.')

/**
 * The hand-off: the hashes of the texts it was computed on (in column order), the alignment, and the quote
 * ledger (null: it could not be built; the Quotations section then says so, as it would have).
 */
export const printAlignment = z
  .strictObject(
    { textHashes: z.array(textHash).min(2).max(MAX_ARTICLES_PER_COMPARISON), alignment, ledger: ledger.nullable() },
    { error: 'The alignment handed to the export must be { textHashes, alignment, ledger }.' },
  )
  .refine((p) => p.alignment.documents.length === p.textHashes.length, { message: 'The alignment must have one document per text hash.' })
  .refine((p) => p.ledger === null || p.ledger.groups.every((g) => g.instances.every((i) => i.doc < p.textHashes.length && i.start <= i.end && i.end <= (p.alignment.documents[i.doc]?.chars ?? -1))), {
    message: 'The quote ledger names a quotation outside its reports.',
  })

export type PrintAlignment = z.infer<typeof printAlignment>
