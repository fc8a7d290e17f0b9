// A narrow strip beside a column: where in the text the shared passages lie (in their tints) and where
// the report is alone (its background). A click anywhere jumps there. Each shared block is a button named for its passage's
// number, as the passages panel numbers them; the strip is one Tab stop, and the arrow keys (Home, End)
// move between its blocks, so a column map does not add a Tab stop per passage. Positions are set through
// React's style object (CSSOM), which the page's Content-Security-Policy allows.

import { useRef, useState, type KeyboardEvent, type MouseEvent } from 'react'
import type { ColumnView, MinimapBlock } from './model'
import './Minimap.css'

export interface MinimapProps {
  column: ColumnView
  /** The number a person reads for a passage (its place in the passages panel). */
  numberOf: (passageId: string) => number | undefined
  /** Where to scroll the column: 0 is the top of the text, 1 the end. */
  onJump: (fraction: number) => void
  label: string
}

const percent = (fraction: number): string => `${fraction * 100}%`

const place = (block: MinimapBlock) => ({ top: percent(block.from), height: percent(block.to - block.from) })

/**
 * The stretches no other report carries, as the strip's background: one gradient rather than an element
 * each (a 10k-word report has about a hundred), since the strip is drawn in the first frame with passages.
 */
export function uniqueStretches(blocks: readonly MinimapBlock[]): string | undefined {
  const stops = blocks
    .filter((block) => block.passage === null)
    .map((block) => `transparent ${percent(block.from)}, var(--minimap-unique) ${percent(block.from)} ${percent(block.to)}, transparent ${percent(block.to)}`)
  return stops.length === 0 ? undefined : `linear-gradient(to bottom, ${stops.join(', ')})`
}

const STEPS: Record<string, (at: number, count: number) => number> = {
  ArrowDown: (at, count) => Math.min(count - 1, at + 1),
  ArrowRight: (at, count) => Math.min(count - 1, at + 1),
  ArrowUp: (at) => Math.max(0, at - 1),
  ArrowLeft: (at) => Math.max(0, at - 1),
  Home: () => 0,
  End: (_at, count) => count - 1,
}

/**
 * The strip's room, empty, while the alignment runs: the column's text keeps the width it will have beside
 * the minimap, so the text laid out for the plain columns need not be laid out again when the map comes.
 */
export function MinimapSpace() {
  return <div className="minimap" aria-hidden="true" />
}

export function Minimap({ column, numberOf, onJump, label }: MinimapProps) {
  // Which shared block holds the strip's one Tab stop: the last one the keyboard or a click reached.
  const [current, setCurrent] = useState(0)
  const buttons = useRef<(HTMLButtonElement | null)[]>([])
  const shared = column.minimap.filter((block) => block.passage !== null).length
  const active = Math.min(current, Math.max(0, shared - 1))

  // A click between or on the unshared blocks: the fraction of the strip's height where it landed.
  const jumpToPoint = (event: MouseEvent<HTMLDivElement>): void => {
    const rect = event.currentTarget.getBoundingClientRect()
    if (rect.height <= 0) return
    onJump(Math.min(1, Math.max(0, (event.clientY - rect.top) / rect.height)))
  }

  const move = (event: KeyboardEvent<HTMLDivElement>): void => {
    const step = STEPS[event.key]
    if (!step || shared === 0) return
    event.preventDefault()
    const next = step(active, shared)
    setCurrent(next)
    buttons.current[next]?.focus()
  }

  let order = -1
  return (
    <div className="minimap" role="navigation" aria-label={label} onClick={jumpToPoint} onKeyDown={move} style={{ backgroundImage: uniqueStretches(column.minimap) }}>
      {column.minimap.map((block, index) => {
        if (block.passage === null) return null
        const at = ++order
        const number = numberOf(block.passage)
        return (
          <button
            key={index}
            ref={(element) => {
              buttons.current[at] = element
            }}
            type="button"
            tabIndex={at === active ? 0 : -1}
            className={`minimap-block minimap-shared tint-solid tint-${block.tint ?? 0}`}
            data-passage={block.passage}
            aria-label={`${number === undefined ? 'Shared passage' : `Passage ${number}`}, ${Math.round(block.from * 100)}% down`}
            style={place(block)}
            onFocus={() => setCurrent(at)}
            onClick={(event) => {
              event.stopPropagation()
              onJump(block.from)
            }}
          />
        )
      })}
    </div>
  )
}
