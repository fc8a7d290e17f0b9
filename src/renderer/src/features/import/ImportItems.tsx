// The preview's list: each input read so far, as a draft to edit or a refusal to dismiss. Memoised, list
// and drafts alike, so that neither the reading progress (which changes many times a second) nor a change
// to one draft rebuilds the others, each of which may list hundreds of blocks.

import { memo } from 'react'
import { DraftEditor } from './DraftEditor'
import type { ImportDraft, ImportPreparation } from '../../../../reading/draft'
import type { Duplicate } from './useDuplicates'
import './ImportItems.css'

export interface ImportItemsProps {
  items: readonly ImportPreparation[]
  /** The drafts whose text is already in the library or earlier in the list. */
  duplicates: ReadonlyMap<ImportDraft, Duplicate>
  /** Replaces the item at `index`, or removes it (null). Must keep its identity across renders. */
  onReplace: (index: number, next: ImportPreparation | null) => void
}

export const ImportItems = memo(function ImportItems({ items, duplicates, onReplace }: ImportItemsProps) {
  return (
    <div className="import-items">
      {items.map((item, index) =>
        item.kind === 'refusal' ? (
          <p key={`${item.name}-${index}`} className="import-refusal" role="alert">
            <strong>{item.name}</strong> cannot be imported: {item.reason}
            <button type="button" onClick={() => onReplace(index, null)} aria-label={`Dismiss ${item.name}`}>
              Dismiss
            </button>
          </p>
        ) : (
          <DraftItem key={`${item.name}-${index}`} draft={item} duplicate={duplicates.get(item)} index={index} onReplace={onReplace} />
        ),
      )}
    </div>
  )
})

const DraftItem = memo(function DraftItem({ draft, duplicate, index, onReplace }: { draft: ImportDraft; duplicate: Duplicate | undefined; index: number; onReplace: ImportItemsProps['onReplace'] }) {
  return <DraftEditor draft={draft} duplicate={duplicate} onChange={(next) => onReplace(index, next)} onRemove={() => onReplace(index, null)} />
})
