// A comparison's highlights come from the main process a page at a time (a page is a few MB at most); the
// views want all of them, so the pages are asked for in turn until the last.

import type { Highlight } from '../../../../shared/domain/highlight'
import { client } from '../../api'

export async function listAllHighlights(comparisonId: string): Promise<Highlight[]> {
  const all: Highlight[] = []
  let after: string | null = null
  do {
    const page = await client.listHighlights(after === null ? { comparisonId } : { comparisonId, after })
    all.push(...page.highlights)
    // A key that does not move on would ask for the same page forever.
    after = page.next !== null && page.next !== after ? page.next : null
  } while (after !== null)
  return all
}
