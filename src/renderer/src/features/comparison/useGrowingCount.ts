// How many items of a long list to draw yet: the first screenful at once, then more each frame until all
// are drawn. The passages panel of a 3 × 10k comparison lists 145 passages, some 1,700 elements: drawn in
// the same frame as the columns' first passages, they cost more style and layout than the columns did.

import { useEffect, useState } from 'react'

/** Items `total`, `first` of them at once, then `perFrame` more each frame. Starts over when `source` changes. */
export function useGrowingCount(total: number, source: unknown, first = 30, perFrame = 20): number {
  const [drawn, setDrawn] = useState({ source, count: first })
  // Never fewer than `first`, whatever the list had when it began (a filter may lengthen it).
  const count = Math.min(total, Math.max(first, drawn.source === source ? drawn.count : 0))
  useEffect(() => {
    if (count >= total) return
    // Not in the frame that paints the first items: from the one after it.
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => setDrawn({ source, count: count + perFrame }))
    })
    return () => cancelAnimationFrame(frame)
  }, [count, perFrame, source, total])
  return count
}
