// The sample's alignment and quotations as a comparison view hands them to a PDF export, and malformed
// copies of them, each named for what is wrong: for the schema's test and the export's.

import { readFileSync } from 'node:fs'
import { alignDocuments } from '../../../../src/shared/alignment'
import type { PrintAlignment } from '../../../../src/shared/ipc/printAlignment'
import { buildQuoteLedger } from '../../../../src/shared/quotes'

const texts = ['1.txt', '2.txt', '3.txt'].map((f) => readFileSync(`resources/samples/kerry-moscow-2013/${f}`, 'utf8'))
export const alignment = alignDocuments(texts)
export const ledger = buildQuoteLedger(texts, alignment)
const HASHES = ['a', 'b', 'c'].map((c) => c.repeat(64))
export const valid: PrintAlignment = { textHashes: HASHES, alignment, ledger }

/** A copy of the valid hand-off changed by `change` (which may mutate the copy, and put in it what no type allows). */
const changed = (change: (copy: PrintAlignment, loose: (value: unknown) => never) => void): unknown => {
  const copy = structuredClone(valid)
  change(copy, (value) => value as never)
  return copy
}

const firstSpan = (p: PrintAlignment) => p.alignment.passages[0]!.spans[0]!
const firstQuote = (p: PrintAlignment) => p.ledger!.groups[0]!

export const MALFORMED: Record<string, unknown> = {
  'not an object': 'alignment',
  'no ledger field': changed((p) => delete (p as Partial<PrintAlignment>).ledger),
  'an extra field': changed((p) => Object.assign(p, { path: '/etc/passwd' })),
  'a text hash not of 64 hex digits': changed((p) => (p.textHashes[0] = 'A'.repeat(64))),
  'one hash fewer than the documents': changed((p) => p.textHashes.pop()),
  'a span past its document’s end': changed((p) => (firstSpan(p).end = texts[firstSpan(p).doc]!.length + 1)),
  'a span ending before it starts': changed((p) => (firstSpan(p).start = firstSpan(p).end + 1)),
  'a span in a report the comparison lacks': changed((p) => (p.alignment.unique[0]!.doc = 7)),
  'a negative offset': changed((p) => (p.alignment.unique[0]!.start = -1)),
  'a fractional offset': changed((p) => (p.alignment.unique[0]!.end = 1.5)),
  'a passage in one report only': changed((p) => (p.alignment.passages[0]!.spans = [firstSpan(p)])),
  'an unknown variant kind': changed((p, loose) => (p.alignment.passages.find((g) => g.variants.length > 0)!.variants[0]!.kind = loose('rewritten'))),
  'a passage id with a slash': changed((p) => (p.alignment.passages[0]!.id = '../x')),
  'documents out of order': changed((p) => (p.alignment.documents[0]!.index = 1)),
  'a quotation past its report’s end': changed((p) => (firstQuote(p).instances[0]!.end = 10_000_000)),
  'a quotation’s base beyond its wordings': changed((p) => (firstQuote(p).base = firstQuote(p).instances.length)),
  'an unknown quotation kind': changed((p, loose) => (firstQuote(p).instances[0]!.kind = loose('invented'))),
  'a conflict of an unknown kind': changed((p, loose) => (firstQuote(p).conflicts = [loose({ kind: 'date', docs: [0] })])),
}
