// The clean-up of one text, block by block: each block kept or dropped by its checkbox, with the reason
// clean-up gave for taking it as page clutter. Used by the import preview and by editing an article.
// A long text (a 20 MB file has some 70,000 blocks) is listed a few hundred blocks at a time, so that
// building the list never holds the window still. Also the detail fields both forms show.

import { useState } from 'react'
import type { ArticleDetails } from '../../../../shared/domain/article'
import type { DraftBlock } from '../../../../reading/draft'
import './BlockChoices.css'

/** How many blocks are listed at first, and how many more each "Show more" adds. */
export const BLOCKS_SHOWN = 200

/** The details edited as single-line fields (tags are a comma-separated field of their own). */
export const DETAIL_FIELDS: { key: Exclude<keyof ArticleDetails, 'tags'>; label: string; type?: string }[] = [
  { key: 'title', label: 'Title' },
  { key: 'outlet', label: 'Outlet' },
  { key: 'byline', label: 'Byline' },
  { key: 'publishedAt', label: 'Published' },
  { key: 'url', label: 'URL', type: 'url' },
]

export interface BlockChoicesProps {
  blocks: readonly DraftBlock[]
  dropped: ReadonlySet<number>
  onChange: (dropped: Set<number>) => void
  /** Named in each checkbox's label ("Keep block 3 of notes.txt"), when several texts are on screen. */
  of?: string
}

export function BlockChoices({ blocks, dropped, onChange, of }: BlockChoicesProps) {
  const [shown, setShown] = useState(BLOCKS_SHOWN)
  const hidden = blocks.length - shown
  const toggle = (index: number, keep: boolean): void => {
    const next = new Set(dropped)
    if (keep) next.delete(index)
    else next.add(index)
    onChange(next)
  }
  return (
    <>
      <ol>
        {blocks.slice(0, shown).map((block) => (
          <li key={block.index} className={dropped.has(block.index) ? 'block-dropped' : undefined}>
            <label>
              <input
                type="checkbox"
                checked={!dropped.has(block.index)}
                onChange={(e) => toggle(block.index, e.target.checked)}
                aria-label={`Keep block ${block.index + 1}${of === undefined ? '' : ` of ${of}`}`}
              />
              <span className="block-text">{block.text}</span>
              {block.clutter && <span className="block-reason">{block.clutter}</span>}
            </label>
          </li>
        ))}
      </ol>
      {hidden > 0 && (
        <button type="button" className="block-more" onClick={() => setShown((n) => n + BLOCKS_SHOWN)}>
          Show {Math.min(hidden, BLOCKS_SHOWN)} more blocks ({hidden} not shown)
        </button>
      )}
    </>
  )
}
