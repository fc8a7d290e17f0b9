// A narrow strip beside a column: where in the text the shared passages lie (in their tints) and where
// the report is alone (its background). A click anywhere jumps there. The whole map is the strip's
// background (two gradients), not an element per block: a 10k-word report has some 170 shared blocks, and
// three columns' worth of buttons cost the first frame with passages their style, layout and paint. The
// keyboard and screen readers reach the blocks through one button, the strip's one Tab stop, that sits on
// the current shared block and is named for its passage's number (as the passages panel numbers them);
// the arrow keys (Home, End) move it between the blocks. Positions are set through React's style object
// (CSSOM), which the page's Content-Security-Policy allows. The strip takes its colours a frame after it
// first shows: its gradients' hundreds of stops cost some 30 ms of style in all on 3 × 10k words, which
// the frame that first shows the passages, the one the reader waits for, need not carry.

import { useEffect, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react'
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

/** A stretch's colour, as a stop of the strip's gradient: at least 2 px tall, so a short passage still shows. */
const stretch = (block: MinimapBlock, colour: string): string => {
  const end = `max(${percent(block.to)}, calc(${percent(block.from)} + 2px))`
  return `transparent ${percent(block.from)}, ${colour} ${percent(block.from)} ${end}, transparent ${end}`
}

/** The shared blocks in their passages' tints (as .tint-solid draws them), as one gradient. */
export function sharedStretches(blocks: readonly MinimapBlock[]): string | undefined {
  const stops = blocks.filter((block) => block.passage !== null).map((block) => stretch(block, `rgb(from var(--tint-${block.tint ?? 0}) r g b / 0.8)`))
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

/** False until the frame after the one that first paints with `source`: then true. */
function useAfterFirstPaint(source: unknown): boolean {
  const [painted, setPainted] = useState<unknown>(null)
  useEffect(() => {
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => setPainted(source))
    })
    return () => cancelAnimationFrame(frame)
  }, [source])
  return painted === source
}

export function Minimap({ column, numberOf, onJump, label }: MinimapProps) {
  // Which shared block the strip's one button sits on: the last one the keyboard or a click reached.
  const [current, setCurrent] = useState(0)
  const button = useRef<HTMLButtonElement | null>(null)
  // Set by a key that moved the button: the new button takes the focus once drawn.
  const refocus = useRef(false)
  const shared = column.minimap.filter((block) => block.passage !== null)
  const active = Math.min(current, Math.max(0, shared.length - 1))
  const block = shared[active]

  useEffect(() => {
    if (!refocus.current) return
    refocus.current = false
    button.current?.focus()
  }, [active])

  // A click between or on the unshared blocks: the fraction of the strip's height where it landed.
  const jumpToPoint = (event: MouseEvent<HTMLDivElement>): void => {
    const rect = event.currentTarget.getBoundingClientRect()
    if (rect.height <= 0) return
    onJump(Math.min(1, Math.max(0, (event.clientY - rect.top) / rect.height)))
  }

  const move = (event: KeyboardEvent<HTMLDivElement>): void => {
    const step = STEPS[event.key]
    if (!step || shared.length === 0) return
    event.preventDefault()
    refocus.current = true
    setCurrent(step(active, shared.length))
  }

  const coloured = useAfterFirstPaint(column.minimap)
  const backgrounds = coloured ? [sharedStretches(column.minimap), uniqueStretches(column.minimap)].filter((image) => image !== undefined) : []
  const number = block?.passage ? numberOf(block.passage) : undefined
  return (
    <div className="minimap" role="navigation" aria-label={label} onClick={jumpToPoint} onKeyDown={move} style={{ backgroundImage: backgrounds.length === 0 ? undefined : backgrounds.join(', ') }}>
      {block && (
        <button
          // A new element for each block, so that a screen reader announces the block the keys moved to.
          key={active}
          ref={button}
          type="button"
          className="minimap-block minimap-shared"
          data-passage={block.passage}
          aria-label={`${number === undefined ? 'Shared passage' : `Passage ${number}`}, ${Math.round(block.from * 100)}% down`}
          aria-description={`Block ${active + 1} of ${shared.length}; the arrow keys move between them`}
          style={place(block)}
          onClick={(event) => {
            event.stopPropagation()
            onJump(block.from)
          }}
        />
      )}
    </div>
  )
}
