// How many items of a list to draw yet. A short list is drawn at once. A long one draws nothing in the
// frame it arrives in, then its first screenful in the next frame and more each frame until all are drawn:
// the passages panel of a 3 × 10k comparison lists 145 passages, some 1,700 elements, and even its first 30
// drawn in the same frame as the columns' first passages made that frame, the one the reader waits for, later.

import { useEffect, useState } from 'react'

/**
 * Items `total`: all at once if they are `first` or fewer, else none, then `first` in the next frame and
 * `perFrame` more each frame after. Starts over when `source` changes.
 */
export function useGrowingCount(total: number, source: unknown, first = 30, perFrame = 20): number {
  const [drawn, setDrawn] = useState({ source, count: 0 })
  const sofar = drawn.source === source ? drawn.count : 0
  // A short list whole; a long one never fewer than `first` once begun (a filter may lengthen it).
  const count = total <= first ? total : Math.min(total, sofar === 0 ? 0 : Math.max(first, sofar))
  useEffect(() => {
    if (count >= total) return
    // Not in the frame that paints what is drawn now: from the one after it.
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => setDrawn({ source, count: count === 0 ? first : count + perFrame }))
    })
    return () => cancelAnimationFrame(frame)
  }, [count, first, perFrame, source, total])
  return count
}
