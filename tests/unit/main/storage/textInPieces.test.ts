// Work done a piece at a time gives exactly what the one-piece functions give: pieces end only where no word,
// paragraph or clean-up block is cut, and clean-up, block count, word count and hash agree, on generated texts.

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { countWords } from '../../../../src/shared/domain/text'
import { applyCleanup, paragraphChunks, splitBlocks, wordChunks } from '../../../../src/shared/import'
import { hashText } from '../../../../src/main/storage/bodies'
import { cleanUpInPieces, hashInPieces, PIECE } from '../../../../src/main/storage/textInPieces'

const line = fc.stringMatching(/^[ \t]*[A-Za-zé’,.-]{0,8}( [A-Za-z0-9’-]{1,8}){0,6}[ \t]*$/)
const text = fc.array(fc.oneof(line, fc.constant(''), fc.constant('  ')), { maxLength: 40 }).map((lines) => lines.join('\n'))

describe('pieces of a text', () => {
  it('join back to the text, each ending after a blank line or a white-space character', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 30 }), (t, size) => {
        const paragraphs = paragraphChunks(t, size)
        expect(paragraphs.join('')).toBe(t)
        for (const piece of paragraphs.slice(0, -1)) expect(piece).toMatch(/\n[^\S\n]*\n$/)
        const words = wordChunks(t, size)
        expect(words.join('')).toBe(t)
        for (const piece of words.slice(0, -1)) expect(piece).toMatch(/\s$/)
      }),
      { numRuns: 300 },
    )
  })
})

describe('clean-up and hashing in pieces', () => {
  // Long enough for several pieces: paragraphs of a few hundred characters, some lines with a photo credit.
  const paragraph = (i: number): string => `Paragraph ${i}: the river rose overnight, officials said. ${'More words follow here. '.repeat(20)}\nPhoto credit ${i}`
  const long = Array.from({ length: Math.ceil((3 * PIECE) / 500) }, (_, i) => paragraph(i)).join('\n\n')

  it('gives the text, blocks and words applyCleanup, splitBlocks and countWords give', async () => {
    const blocks = splitBlocks(long).length
    const dropped = [1, 3, blocks - 1, 7, 3]
    const inPieces = await cleanUpInPieces(long, dropped)
    const whole = applyCleanup(long, dropped)
    expect(inPieces.text).toBe(whole)
    expect(inPieces.blocks).toBe(blocks)
    expect(inPieces.words).toBe(countWords(whole))
  })

  it('gives the hash of the whole text, characters outside the BMP included', async () => {
    const text = `${long} 𝔘nicode 😀 ${long}`
    expect(await hashInPieces(text)).toBe(hashText(text))
  })

  it('agrees on short generated texts and drops', async () => {
    await fc.assert(
      fc.asyncProperty(text, fc.array(fc.nat(50), { maxLength: 6 }), async (t, dropped) => {
        const inPieces = await cleanUpInPieces(t, dropped)
        expect(inPieces.text).toBe(applyCleanup(t, dropped))
        expect(inPieces.blocks).toBe(splitBlocks(t).length)
      }),
      { numRuns: 200 },
    )
  })
})
