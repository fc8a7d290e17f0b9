// The words of the search index: the form a word is indexed and searched under (normalised as for
// alignment, then without accents), and a query read into the words it must match.

import { forEachWord } from '../../shared/domain/text'
import { normalizeWord } from '../../shared/alignment/tokenize'

/** Past this many words a query is cut: nobody types more, and the index's counts stay small. */
const MAX_QUERY_WORDS = 64

// The blocks of combining diacritical marks, each mark taken alone: that is the point, so the rule against
// combined characters in a class does not apply.
// eslint-disable-next-line no-misleading-character-class
const DIACRITICS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g
const NON_ASCII = /[^\p{ASCII}]/u

/** The form a word is indexed and searched under: normalised as for alignment, then without accents. */
export function searchForm(word: string): string {
  const normal = normalizeWord(word)
  if (!NON_ASCII.test(normal)) return normal
  const folded = normal.normalize('NFD').replace(DIACRITICS, '').normalize('NFC')
  return folded.length > 0 ? folded : normal
}


export interface ParsedQuery {
  /** Words that must occur whole. */
  words: string[]
  /** The last word while it is still being typed (no space after it): it may be the start of a word. */
  prefix: string | null
}

export function parseQuery(query: string): ParsedQuery {
  const spans: [number, number][] = []
  forEachWord(query, (start, end) => {
    if (spans.length < MAX_QUERY_WORDS) spans.push([start, end])
  })
  const forms = spans.map(([start, end]) => searchForm(query.slice(start, end)))
  const last = spans.at(-1)
  const typing = last !== undefined && last[1] === query.length
  const prefix = typing ? (forms.pop() as string) : null
  return { words: [...new Set(forms)], prefix }
}
