// The work an import does on its text (clean-up, counting words, hashing), done a piece at a time with a
// pause for the event loop between pieces: a 20-million-character article no longer holds up the main
// process, whose every IPC answer and window event waits for it. Each result is exactly what the one-piece
// function gives (tests/unit/main/storage/textInPieces.test.ts).

import { createHash } from 'node:crypto'
import { countWords } from '../../shared/domain/text'
import { applyCleanup, splitBlocks } from '../../shared/import/blocks'
import { paragraphChunks, wordChunks } from '../../shared/import/chunks'

/** Characters worked on between pauses: a few milliseconds of work each. */
export const PIECE = 200_000

/** Lets timers, IPC and I/O run before the next piece. */
export const pause = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))

/** The SHA-256 of the text's UTF-8, as hashText gives it. */
export async function hashInPieces(text: string): Promise<string> {
  const hash = createHash('sha256')
  for (const piece of wordChunks(text, PIECE)) {
    hash.update(piece, 'utf8')
    await pause()
  }
  return hash.digest('hex')
}

export interface CleanedText {
  /** applyCleanup(extracted, dropped) */
  text: string
  /** splitBlocks(extracted).length */
  blocks: number
  /** countWords(text) */
  words: number
}

/** Clean-up, block count and word count of a long text, a paragraph-bounded piece at a time. */
export async function cleanUpInPieces(extracted: string, dropped: readonly number[]): Promise<CleanedText> {
  const drop = [...new Set(dropped)].sort((a, b) => a - b)
  const kept: string[] = []
  let blocks = 0
  let words = 0
  for (const piece of paragraphChunks(extracted, PIECE)) {
    const count = splitBlocks(piece).length
    const local = drop.filter((index) => index >= blocks && index < blocks + count).map((index) => index - blocks)
    const cleaned = applyCleanup(piece, local)
    if (cleaned !== '') {
      kept.push(cleaned)
      words += countWords(cleaned)
    }
    blocks += count
    await pause()
  }
  return { text: kept.join('\n\n'), blocks, words }
}
