// Cuts chance words off a chain's ends: a match runs on while words agree, so two reports that end a
// sentence the same way and begin the next with the same word match across the break (select.ts).

import type { Chain } from './join'
import type { Match } from './seed'
import { PARAGRAPH_BREAK, SENTENCE_BREAK, type TokenizedDocument } from './tokenize'

/** The chain cut to the words [aFrom, aTo) of its first document and [bFrom, bTo) of its second. */
function cutChain(chain: Chain, aFrom: number, aTo: number, bFrom: number, bTo: number): void {
  const pieces: Match[] = []
  for (const p of chain.pieces) {
    const skip = Math.max(0, aFrom - p.aStart, bFrom - p.bStart)
    const length = Math.min(p.length, aTo - p.aStart, bTo - p.bStart) - skip
    if (length > 0) pieces.push({ ...p, aStart: p.aStart + skip, bStart: p.bStart + skip, length })
  }
  chain.pieces = pieces
  chain.matched = pieces.reduce((sum, p) => sum + p.length, 0)
  const head = pieces[0]
  const tail = pieces.at(-1)
  if (!head || !tail) return
  chain.aStart = head.aStart
  chain.bStart = head.bStart
  chain.aEnd = tail.aStart + tail.length
  chain.bEnd = tail.bStart + tail.length
}

/**
 * Cuts a chance word at either end of a passage, unless that would leave fewer words than a passage
 * needs: ten identical words in two reports are shared text even where the tenth opens a sentence.
 */
export function trimPassage(chain: Chain, docs: TokenizedDocument[], passageWords: number): void {
  const before = { pieces: chain.pieces, matched: chain.matched, aStart: chain.aStart, aEnd: chain.aEnd, bStart: chain.bStart, bEnd: chain.bEnd }
  trimChanceWords(chain, docs, 2, 2)
  if (chain.matched < passageWords) Object.assign(chain, before)
}

/** The last break within the chain's last words: any break in its last `shortTail` words, a paragraph break in its last `longTail`. */
function lastBreak(breaks: Uint8Array, from: number, end: number, shortTail: number, longTail: number): number {
  for (let i = end - 2; i >= from && end - 1 - i < longTail; i--) {
    const kind = breaks[i] as number
    if (kind === PARAGRAPH_BREAK || (kind === SENTENCE_BREAK && end - 1 - i < shortTail)) return i
  }
  return -1
}

/** The first break within the chain's first words (as lastBreak, from the start). */
function firstBreak(breaks: Uint8Array, start: number, to: number, shortHead: number, longHead: number): number {
  for (let i = start; i < to - 1 && i - start + 1 < longHead; i++) {
    const kind = breaks[i] as number
    if (kind === PARAGRAPH_BREAK || (kind === SENTENCE_BREAK && i - start + 1 < shortHead)) return i
  }
  return -1
}

/**
 * A match runs on while words agree, so two reports that end a sentence the same way and happen to begin
 * the next one with the same word ("... stepping down. Russia ...") match across the break. Words past a
 * break that both documents have near the chain's end are chance and are cut off: for a passage, one word
 * (two or more are the same text going on: "It's wrong. It's destructive"); for a short phrase, fewer than
 * `shortTail` after a sentence break or `longTail` after a paragraph break. The same at the chain's start.
 * A chain that reaches the end (or start) of both documents has nothing beyond it to be chance about.
 */
export function trimChanceWords(chain: Chain, docs: TokenizedDocument[], shortTail: number, longTail: number): void {
  const A = (docs[chain.a] as TokenizedDocument).breakAfter
  const B = (docs[chain.b] as TokenizedDocument).breakAfter
  if (chain.aEnd < A.length || chain.bEnd < B.length) {
    const aTail = lastBreak(A, chain.aStart, chain.aEnd, shortTail, longTail)
    const bTail = lastBreak(B, chain.bStart, chain.bEnd, shortTail, longTail)
    if (aTail >= 0 && bTail >= 0) cutChain(chain, chain.aStart, aTail + 1, chain.bStart, bTail + 1)
  }
  if (chain.pieces.length === 0 || (chain.aStart === 0 && chain.bStart === 0)) return
  const aHead = firstBreak(A, chain.aStart, chain.aEnd, shortTail, longTail)
  const bHead = firstBreak(B, chain.bStart, chain.bEnd, shortTail, longTail)
  if (aHead >= 0 && bHead >= 0) cutChain(chain, aHead + 1, chain.aEnd, bHead + 1, chain.bEnd)
}

/**
 * Whether trimChanceWords would cut anything from the words [aStart, aEnd) of document a and [bStart, bEnd)
 * of b, matched as one piece: most chance matches have nothing to cut, and need not be copied to find out.
 */
export function hasChanceWords(docs: TokenizedDocument[], a: number, b: number, aStart: number, aEnd: number, bStart: number, bEnd: number, shortTail: number, longTail: number): boolean {
  const A = (docs[a] as TokenizedDocument).breakAfter
  const B = (docs[b] as TokenizedDocument).breakAfter
  if ((aEnd < A.length || bEnd < B.length) && lastBreak(A, aStart, aEnd, shortTail, longTail) >= 0 && lastBreak(B, bStart, bEnd, shortTail, longTail) >= 0) return true
  if (aStart === 0 && bStart === 0) return false
  return firstBreak(A, aStart, aEnd, shortTail, longTail) >= 0 && firstBreak(B, bStart, bEnd, shortTail, longTail) >= 0
}
