// The comparison the window opens on when it is not given one, chosen as the window chooses it (the one
// open last, if it is still in the library, else the newest), so that main can begin aligning it while the
// window loads.

import type { RecentComparisons } from '../recent'
import { listComparisons } from '../storage/comparisons'
import type { LibraryStore } from '../storage/libraryStore'
import { reportsInLibrary, type Alignments } from './alignments'

export function startComparisonId(store: LibraryStore, recent: RecentComparisons): string | undefined {
  const last = recent.entries()[0]?.id
  const comparisons = listComparisons(store)
  return comparisons.find((c) => c.id === last)?.id ?? comparisons[0]?.id
}

/** Begins aligning the start comparison; what fails here is the window's to meet, and report, when it asks. */
export async function alignStartComparison(store: LibraryStore, recent: RecentComparisons, alignments: Alignments): Promise<void> {
  const id = startComparisonId(store, recent)
  if (id === undefined) return
  alignments.start(reportsInLibrary(store, id))
}
