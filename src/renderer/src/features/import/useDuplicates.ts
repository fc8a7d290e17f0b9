// Which drafts of the import preview would add nothing: the text the import would store for them (the
// extracted text less the blocks dropped, as the main process makes it) is already in the library, or is
// the same as an earlier draft's. Known before the person presses Import, and again whenever a draft's
// clean-up changes. Texts are named by their SHA-256, worked out in the window (by the import worker, as it
// reads and when the blocks dropped change), so only the names cross to the main process.

import { useEffect, useState } from 'react'
import { MAX_IMPORT_BATCH } from '../../../../shared/domain/article'
import type { ImportDraft } from '../../../../reading/draft'
import { client } from '../../api'
import { hashInWorker } from './importWorker'
import { forgetTextsBut, storedTextHash } from './storedTextHash'

export type Duplicate = { kind: 'library'; title: string } | { kind: 'preview'; name: string }

/** How long the preview waits after a change before looking again (a run of checkbox clicks is one change). */
const SETTLE_MS = 150

/** For each draft that would add nothing, what it duplicates. Drafts not (yet) known to be duplicates are absent. */
export function useDuplicates(drafts: readonly ImportDraft[]): ReadonlyMap<ImportDraft, Duplicate> {
  const [found, setFound] = useState<ReadonlyMap<ImportDraft, Duplicate>>(new Map())
  useEffect(() => {
    let current = true
    const timer = setTimeout(() => {
      void (async () => {
        forgetTextsBut(drafts)
        const named = await Promise.all(drafts.map((draft) => storedTextHash(draft, hashInWorker)))
        const inLibrary: Array<{ title: string } | null> = []
        for (let i = 0; i < named.length; i += MAX_IMPORT_BATCH) inLibrary.push(...(await client.findDuplicates({ hashes: named.slice(i, i + MAX_IMPORT_BATCH) })))
        if (!current) return
        const duplicates = new Map<ImportDraft, Duplicate>()
        drafts.forEach((draft, i) => {
          const article = inLibrary[i]
          const earlier = named.indexOf(named[i] as string)
          if (article) duplicates.set(draft, { kind: 'library', title: article.title })
          else if (earlier < i) duplicates.set(draft, { kind: 'preview', name: (drafts[earlier] as ImportDraft).name })
        })
        setFound(duplicates)
      })().catch(() => {
        // Not knowing is no reason to stop an import: the main process finds duplicates as it imports.
        if (current) setFound(new Map())
      })
    }, SETTLE_MS)
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [drafts])
  return found
}
