// Groups what the pairs share into passages across all documents. Every word matched between two
// documents is joined with its counterpart; each set of words joined this way is one "column" of the
// multiple alignment. A passage is a run of consecutive words whose columns reach the same documents and
// continue in step in each of them, so a quote carried by three reports is one group, and a stretch that
// only two of them share becomes a group of its own beside it.

import type { Chain } from './join'
import { globalPositions, type TokenizedDocument } from './tokenize'
import { UnionFind } from './unionFind'

/** Tokens [from, to) of one document. */
export interface TokenSpan {
  doc: number
  from: number
  to: number
}

export interface TokenGroup {
  spans: TokenSpan[]
}

/** The column (set of words matched across documents) a word belongs to, or -1 if it matched nothing. */
export type ColumnOf = (doc: number, token: number) => number

interface Run extends TokenSpan {
  matched: number
  firstRoot: number
  lastRoot: number
}

/** A fixed pseudo-random bit pattern per document, so a set of documents XORs to a fingerprint. */
function docBit(doc: number): number {
  let h = Math.imul(doc + 1, 0x9e3779b1)
  h ^= h >>> 15
  return Math.imul(h, 0x85ebca6b) | 0 || 1
}

export function sortSpans(spans: TokenSpan[]): TokenSpan[] {
  return spans.sort((x, y) => x.doc - y.doc || x.from - y.from)
}

export function groupPassages(
  docs: TokenizedDocument[],
  chains: Chain[],
  maxGap: number,
  minPassageWords: number,
  minRunWords: number,
): { passages: TokenGroup[]; short: TokenGroup[]; columnOf: ColumnOf } {
  const { offsets, docOf, total } = globalPositions(docs)
  const columns = new UnionFind(total)
  const matched = new Uint8Array(total)
  const inChain = new Uint8Array(total)
  for (const chain of chains) {
    const ga = offsets[chain.a] as number
    const gb = offsets[chain.b] as number
    inChain.fill(1, ga + chain.aStart, ga + chain.aEnd)
    inChain.fill(1, gb + chain.bStart, gb + chain.bEnd)
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

  // Columns in compact form: column id per word, and each column's words (global positions, ascending,
  // so grouped by document) in one array. `reach` fingerprints which documents a column reaches.
  const columnAt = new Int32Array(total).fill(-1)
  const idOfRoot = new Map<number, number>()
  for (let g = 0; g < total; g++) {
    if (!matched[g]) continue
    const root = columns.find(g)
    let id = idOfRoot.get(root)
    if (id === undefined) idOfRoot.set(root, (id = idOfRoot.size))
    columnAt[g] = id
  }
  const columnCount = idOfRoot.size
  const memberStart = new Int32Array(columnCount + 1)
  for (let g = 0; g < total; g++) {
    const c = columnAt[g] as number
    if (c >= 0) memberStart[c + 1] = (memberStart[c + 1] as number) + 1
  }
  for (let c = 0; c < columnCount; c++) memberStart[c + 1] = (memberStart[c + 1] as number) + (memberStart[c] as number)
  const members = new Int32Array(memberStart[columnCount] as number)
  const fill = memberStart.slice(0, columnCount)
  const reach = new Int32Array(columnCount)
  for (let g = 0; g < total; g++) {
    const c = columnAt[g] as number
    if (c < 0) continue
    const at = fill[c] as number
    members[at] = g
    fill[c] = at + 1
    const d = docOf[g] as number
    const previous = at - 1
    // Count each document once: members arrive in document order.
    if (previous < (memberStart[c] as number) || docOf[members[previous] as number] !== d) reach[c] = (reach[c] as number) ^ docBit(d)
  }

  /**
   * Whether column `next` follows column `previous` within the gap limit in every other document that
   * `next` reaches (or, with `shared`, in every other document both reach).
   */
  const inStep = (previous: number, next: number, doc: number, shared = false): boolean => {
    const nextEnd = memberStart[next + 1] as number
    const previousEnd = memberStart[previous + 1] as number
    let p = memberStart[previous] as number
    for (let i = memberStart[next] as number; i < nextEnd; ) {
      const d = docOf[members[i] as number] as number
      let blockEnd = i
      while (blockEnd < nextEnd && docOf[members[blockEnd] as number] === d) blockEnd++
      // Both lists are in document order: move to the previous column's words in document d.
      while (p < previousEnd && (docOf[members[p] as number] as number) < d) p++
      let pEnd = p
      while (pEnd < previousEnd && docOf[members[pEnd] as number] === d) pEnd++
      if (d !== doc && !(shared && pEnd === p)) {
        let follows = false
        for (let x = i; x < blockEnd && !follows; x++) {
          for (let y = p; y < pEnd; y++) {
            const step = (members[x] as number) - (members[y] as number)
            if (step > 0 && step <= maxGap + 1) {
              follows = true
              break
            }
          }
        }
        if (!follows) return false
      }
      i = blockEnd
      p = pEnd
    }
    return true
  }

  const runs: Run[] = []
  const runOf = new Int32Array(total).fill(-1)
  docs.forEach((doc, d) => {
    const base = offsets[d] as number
    let run: Run | null = null
    let lastRoot = -1
    let lastMatched = -1
    const close = (): void => {
      if (run) {
        run.to = lastMatched + 1
        runs.push(run)
      }
      run = null
    }
    for (let i = 0; i < doc.length; i++) {
      const g = base + i
      if (!inChain[g] || (run && !matched[g] && i - lastMatched > maxGap)) {
        close()
        continue
      }
      if (!matched[g]) continue
      const root = columnAt[g] as number
      const current = run as Run | null
      if (!current || reach[root] !== reach[lastRoot] || !inStep(lastRoot, root, d)) {
        close()
        run = { doc: d, from: i, to: i + 1, matched: 0, firstRoot: root, lastRoot: root }
      }
      ;(run as unknown as Run).matched++
      ;(run as unknown as Run).lastRoot = root
      runOf[g] = runs.length
      lastRoot = root
      lastMatched = i
    }
    close()
  })

  // A run of a few words between two others of the same passage is a flicker, not a passage: where one
  // word is matched in fewer reports than its neighbours ("said [the] talks" with "said talks"), it would
  // otherwise cut the passage in three. Such short runs join their neighbours when they are in step.
  const sameRun = new UnionFind(runs.length)
  const merged: Run[] = []
  let lastPiece = 0
  runs.forEach((run, index) => {
    const previous = merged.at(-1)
    const flicker = lastPiece < minRunWords || run.matched < minRunWords
    lastPiece = run.matched
    if (previous && flicker && previous.doc === run.doc && run.from - previous.to <= maxGap && inStep(previous.lastRoot, run.firstRoot, run.doc, true)) {
      previous.to = run.to
      previous.matched += run.matched
      previous.lastRoot = run.lastRoot
      sameRun.union(index - 1, index)
      runs[index] = previous
    } else {
      merged.push(run)
    }
  })

  // Runs that share a column are the same passage in different documents.
  // Runs are the same passage in different documents when they share most of their words' columns:
  // at least half of the shorter run. Sharing a few columns is not enough: two different sentences that
  // both contain "Secretary of State John Kerry" must not become one passage through that name.
  // Shared columns are counted between each column's first run and each other, and between neighbours
  // in document order; a passage's runs meet in the same order in all its columns, so this counts fully.
  // A run still shorter than a seed is a stray word or two and joins nothing.
  const tiny = (run: number): boolean => (runs[run] as Run).matched < minRunWords
  const shared = new Map<number, number>()
  const count = (x: number, y: number): void => {
    if (x === y) return
    const key = x < y ? x * runs.length + y : y * runs.length + x
    shared.set(key, (shared.get(key) ?? 0) + 1)
  }
  for (let c = 0; c < columnCount; c++) {
    let first = -1
    let previous = -1
    for (let i = memberStart[c] as number; i < (memberStart[c + 1] as number); i++) {
      const run = sameRun.find(runOf[members[i] as number] as number)
      if (tiny(run)) continue
      if (first < 0) first = run
      else {
        count(first, run)
        if (previous !== first) count(previous, run)
      }
      previous = run
    }
  }
  const sameGroup = new UnionFind(runs.length)
  for (const [key, columnsShared] of shared) {
    const x = Math.floor(key / runs.length)
    const y = key % runs.length
    const shorter = Math.min((runs[x] as Run).matched, (runs[y] as Run).matched)
    if (columnsShared * 2 >= shorter) sameGroup.union(x, y)
  }
  runs.forEach((_run, index) => sameGroup.union(index, sameRun.find(index)))
  const byRoot = new Map<number, Set<Run>>()
  runs.forEach((run, index) => {
    if (run.matched < minRunWords) return
    const root = sameGroup.find(index)
    const set = byRoot.get(root)
    if (set) set.add(run)
    else byRoot.set(root, new Set([run]))
  })

  const passages: TokenGroup[] = []
  const short: TokenGroup[] = []
  for (const runSet of byRoot.values()) {
    const groupRuns = [...runSet]
    if (new Set(groupRuns.map((r) => r.doc)).size < 2) continue
    const spans = sortSpans(groupRuns.map(({ doc, from, to }) => ({ doc, from, to })))
    const longest = Math.max(...groupRuns.map((r) => r.matched))
    ;(longest >= minPassageWords ? passages : short).push({ spans })
  }
  const columnOf: ColumnOf = (doc, token) => columnAt[(offsets[doc] as number) + token] as number
  return { passages, short, columnOf }
}
