// A narrow strip beside a column: where in the text the shared passages lie (in their tints) and where
// the report is alone. A click anywhere jumps there; each shared block is a button, so the keyboard can
// reach every shared stretch too. Positions are set through React's style object (CSSOM), which the
// page's Content-Security-Policy allows.

import type { MouseEvent } from 'react'
import type { ColumnView, MinimapBlock } from './model'
import './Minimap.css'

export interface MinimapProps {
  column: ColumnView
  /** Where to scroll the column: 0 is the top of the text, 1 the end. */
  onJump: (fraction: number) => void
  label: string
}

const percent = (fraction: number): string => `${fraction * 100}%`

const place = (block: MinimapBlock) => ({ top: percent(block.from), height: percent(block.to - block.from) })

export function Minimap({ column, onJump, label }: MinimapProps) {
  // A click between or on the unshared blocks: the fraction of the strip's height where it landed.
  const jumpToPoint = (event: MouseEvent<HTMLDivElement>): void => {
    const rect = event.currentTarget.getBoundingClientRect()
    if (rect.height <= 0) return
    onJump(Math.min(1, Math.max(0, (event.clientY - rect.top) / rect.height)))
  }

  return (
    <div className="minimap" role="navigation" aria-label={label} onClick={jumpToPoint}>
      {column.minimap.map((block, index) =>
        block.passage === null ? (
          <div key={index} className="minimap-block minimap-unique" aria-hidden="true" style={place(block)} />
        ) : (
          <button
            key={index}
            type="button"
            className={`minimap-block minimap-shared tint-solid tint-${block.tint ?? 0}`}
            data-passage={block.passage}
            aria-label={`Passage ${block.passage}, ${Math.round(block.from * 100)}% down`}
            style={place(block)}
            onClick={(event) => {
              event.stopPropagation()
              onJump(block.from)
            }}
          />
        ),
      )}
    </div>
  )
}
