// The preview's list: each input read so far, as a draft to edit or a refusal to dismiss. Memoised, list
// and drafts alike, so that neither the reading progress (which changes many times a second) nor a change
// to one draft rebuilds the others, each of which may list hundreds of blocks.

import { memo } from 'react'
import { DraftEditor } from './DraftEditor'
import type { ImportDraft, ImportPreparation } from '../../../../reading/draft'
import './ImportItems.css'

export interface ImportItemsProps {
  items: readonly ImportPreparation[]
  /** Replaces the item at `index`, or removes it (null). Must keep its identity across renders. */
  onReplace: (index: number, next: ImportPreparation | null) => void
}

export const ImportItems = memo(function ImportItems({ items, onReplace }: ImportItemsProps) {
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
          <DraftItem key={`${item.name}-${index}`} draft={item} index={index} onReplace={onReplace} />
        ),
      )}
    </div>
  )
})

const DraftItem = memo(function DraftItem({ draft, index, onReplace }: { draft: ImportDraft; index: number; onReplace: ImportItemsProps['onReplace'] }) {
  return <DraftEditor draft={draft} onChange={(next) => onReplace(index, next)} onRemove={() => onReplace(index, null)} />
})
