// The columns of the multiple alignment: every word matched between two documents is joined with its
// counterpart, and each set of words joined this way is one column. Variants use them as anchors: two
// spans of a passage are compared word by word only between words known to be the same.

import type { Chain } from './join'
import { globalPositions, type TokenizedDocument } from './tokenize'
import { UnionFind } from './unionFind'

/** The column (set of words matched across documents) a word belongs to, or -1 if it matched nothing. */
export type ColumnOf = (doc: number, token: number) => number

export function alignmentColumns(docs: TokenizedDocument[], chains: Chain[]): ColumnOf {
  const { offsets, total } = globalPositions(docs)
  const columns = new UnionFind(total)
  const matched = new Uint8Array(total)
  for (const chain of chains) {
    const ga = offsets[chain.a] as number
    const gb = offsets[chain.b] as number
    for (const piece of chain.pieces) {
      for (let t = 0; t < piece.length; t++) {
        const x = ga + piece.aStart + t
        const y = gb + piece.bStart + t
        columns.union(x, y)
        matched[x] = 1
        matched[y] = 1
      }
    }
  }
  const columnAt = new Int32Array(total).fill(-1)
  for (let g = 0; g < total; g++) if (matched[g]) columnAt[g] = columns.find(g)
  return (doc, token) => columnAt[(offsets[doc] as number) + token] as number
}
