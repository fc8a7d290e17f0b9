// The name the library gives a text: the SHA-256 of the text an import would store for a draft (its
// extracted text less the blocks dropped, put together as the main process puts it), worked out in the
// window so that only the name has to cross to the main process. Kept per text and clean-up while the
// draft is in the preview.

import { applyCleanup } from '../../../../shared/import'
import type { ImportDraft } from '../../../../reading/draft'

/** The hash of each text as it is asked for, kept for the texts still in the preview. */
const hashes = new Map<string, Map<string, Promise<string>>>()

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('')
}

/** The SHA-256 of the text the import would store for a draft. */
export function storedTextHash(draft: ImportDraft): Promise<string> {
  const dropped = [...draft.dropped].sort((a, b) => a - b)
  const key = dropped.join(',')
  let byDropped = hashes.get(draft.extracted)
  if (!byDropped) hashes.set(draft.extracted, (byDropped = new Map()))
  let hash = byDropped.get(key)
  if (!hash) byDropped.set(key, (hash = sha256(applyCleanup(draft.extracted, dropped))))
  return hash
}

/** Forgets the hashes of texts none of `drafts` holds any more. */
export function forgetTextsBut(drafts: readonly ImportDraft[]): void {
  for (const text of hashes.keys()) if (!drafts.some((d) => d.extracted === text)) hashes.delete(text)
}
