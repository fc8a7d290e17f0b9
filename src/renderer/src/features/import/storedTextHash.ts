// The name the library gives a text: the SHA-256 of the text an import would store for a draft (its
// extracted text less the blocks dropped, put together as the main process puts it), worked out in the
// window so that only the name has to cross to the main process. Kept per text and clean-up while the
// draft is in the preview. The import worker names each draft as it reads it (storedTextHashOf), with the
// blocks clean-up drops: putting a 20 MB text together and hashing it took some 200 ms of the page's time.

import { applyCleanup } from '../../../../shared/import'
import type { ImportDraft } from '../../../../reading/draft'

/** The hash of each text as it is asked for, kept for the texts still in the preview. */
const hashes = new Map<string, Map<string, Promise<string>>>()

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('')
}

const droppedOf = (draft: Pick<ImportDraft, 'dropped'>): number[] => [...draft.dropped].sort((a, b) => a - b)

/** The SHA-256 of the text the import would store for a draft, with the blocks it drops now, worked out
 *  where it is asked (the import worker asks as it reads). */
export function storedTextHashOf(draft: Pick<ImportDraft, 'extracted' | 'dropped'>): Promise<string> {
  return sha256(applyCleanup(draft.extracted, droppedOf(draft)))
}

/** The hashes kept for a text, by the blocks dropped. */
function keptFor(extracted: string): Map<string, Promise<string>> {
  let byDropped = hashes.get(extracted)
  if (!byDropped) hashes.set(extracted, (byDropped = new Map()))
  return byDropped
}

/** Keeps a hash worked out elsewhere (the import worker's) for a draft with the blocks it drops now. */
export function knowStoredTextHash(draft: Pick<ImportDraft, 'extracted' | 'dropped'>, hash: string): void {
  keptFor(draft.extracted).set(droppedOf(draft).join(','), Promise.resolve(hash))
}

/** The SHA-256 of the text the import would store for a draft, worked out by `work` when not known yet (the
 *  preview has the import worker work it out: hashInWorker). */
export function storedTextHash(draft: ImportDraft, work: (draft: ImportDraft) => Promise<string> = storedTextHashOf): Promise<string> {
  const key = droppedOf(draft).join(',')
  const byDropped = keptFor(draft.extracted)
  let hash = byDropped.get(key)
  if (!hash) {
    const worked = work(draft)
    byDropped.set(key, (hash = worked))
    // A failed hash is not kept: the next look tries again.
    worked.catch(() => {
      if (byDropped.get(key) === worked) byDropped.delete(key)
    })
  }
  return hash
}

/** Forgets the hashes of texts none of `drafts` holds any more. */
export function forgetTextsBut(drafts: readonly ImportDraft[]): void {
  for (const text of hashes.keys()) if (!drafts.some((d) => d.extracted === text)) hashes.delete(text)
}
