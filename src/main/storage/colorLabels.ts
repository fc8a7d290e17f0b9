// The label of each highlight colour ("claim", "quote" ...), which the person can rename; kept with the
// library's metadata.

import type { HighlightColor } from '../../shared/domain/highlight'
import type { LibraryStore } from './libraryStore'

export function colorLabels(store: LibraryStore): Readonly<Record<HighlightColor, string>> {
  return store.data.colorLabels
}

/** Renames one colour's label; returns all labels. */
export function setColorLabel(store: LibraryStore, color: HighlightColor, label: string): Promise<Record<HighlightColor, string>> {
  return store.serial(async () => {
    await store.commit((data) => {
      data.colorLabels = { ...data.colorLabels, [color]: label }
    })
    return { ...store.data.colorLabels }
  })
}
