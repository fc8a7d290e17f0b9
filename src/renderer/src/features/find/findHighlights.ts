// Paints find results with the CSS Custom Highlight API: the browser draws over Ranges, so the
// React-rendered article text is never rewritten or wrapped. Where the API is missing (test DOMs),
// painting is skipped and everything else about find still works.

export const MATCH_HIGHLIGHT = 'find-match'
export const CURRENT_HIGHLIGHT = 'find-current'

function registry(): HighlightRegistry | null {
  if (typeof CSS === 'undefined' || typeof Highlight === 'undefined') return null
  return (CSS as { highlights?: HighlightRegistry }).highlights ?? null
}

export function paintHighlights(matches: readonly Range[], current: Range | null): void {
  const highlights = registry()
  if (!highlights) return
  highlights.set(MATCH_HIGHLIGHT, new Highlight(...matches))
  // Set after the others so the current match is drawn on top where both apply.
  const currentHighlight = current ? new Highlight(current) : new Highlight()
  currentHighlight.priority = 1
  highlights.set(CURRENT_HIGHLIGHT, currentHighlight)
}

export function clearHighlights(): void {
  const highlights = registry()
  highlights?.delete(MATCH_HIGHLIGHT)
  highlights?.delete(CURRENT_HIGHLIGHT)
}
