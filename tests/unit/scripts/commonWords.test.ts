// The list of common words behind the quote ledger's "Witnesses told police": which words of a set of reports
// it keeps (written in lower case often, and rarely alone with a capital mid-sentence, as a surname is), and
// the module it writes, read back as the ledger reads it.

import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { commonWords, commonWordsSource } from '../../../scripts/commonWords.mjs'
import { COMMON_WORDS } from '../../../src/shared/quotes/commonWords'

const folders: string[] = []
afterAll(async () => Promise.all(folders.map((path) => rm(path, { recursive: true, force: true }))))

/** A report: its title's line, then paragraphs. */
const report = (...paragraphs: string[]): string => ['A Title Line Set In Capitals', '', ...paragraphs].join('\n\n')

describe('commonWords', () => {
  const options = { minLower: 3, ratio: 2 }

  it('keeps a word written in lower case often enough, and not one written so too seldom', () => {
    const texts = [report('The witnesses spoke. Two witnesses left. Witnesses told police the driver fled.', 'The witnesses were calm.'), report('A rally was held.')]
    expect(commonWords(texts, options)).toContain('witnesses')
    expect(commonWords(texts, options)).not.toContain('rally')
  })

  it('leaves out a word written alone with a capital in the middle of a sentence as often as a surname is', () => {
    const texts = [report('He will go, said Ward. The ward was full.', 'It is over, said Ward, and the ward closed. The ward opened.')]
    expect(commonWords(texts, options)).not.toContain('ward')
    // Beside another capitalised word it is a full name's, which says nothing about the word alone.
    const named = [report('He will go, said Kelli Ward. The ward was full.', 'It is over, said Kelli Ward, and the ward closed. The ward opened.')]
    expect(commonWords(named, options)).toContain('ward')
  })

  it('reads neither the title line, nor lines in capitals throughout, nor addresses', () => {
    const texts = [report('Read More From The Hill Hope Hope Hope', 'email michael.smith@example.com or michael@example.com or see https://example.com/michael/michael')]
    expect(commonWords(texts, { minLower: 1, ratio: 1 })).toEqual(['email', 'or', 'see'])
  })
})

describe('commonWordsSource', () => {
  it('writes a module whose set holds the words, read back as TypeScript', async () => {
    const words = commonWords([report('the witnesses and the aides and the witnesses and the aides and the witnesses and the aides')], { minLower: 3, ratio: 1 })
    const folder = await mkdtemp(join(tmpdir(), 'parallax-common-'))
    folders.push(folder)
    const file = join(folder, 'commonWords.ts')
    await writeFile(file, commonWordsSource(words, 1))
    const module = (await import(file)) as { COMMON_WORDS: ReadonlySet<string> }
    expect([...module.COMMON_WORDS].sort()).toEqual(['aides', 'and', 'the', 'witnesses'])
  })

  it('made the list the ledger reads: lower-case words only, the most common among them, and no one’s name', () => {
    expect(COMMON_WORDS.size).toBeGreaterThan(1000)
    expect([...COMMON_WORDS].every((w) => /^[a-z]+$/.test(w))).toBe(true)
    for (const word of ['the', 'said', 'witnesses', 'prosecutors', 'aides']) expect(COMMON_WORDS.has(word)).toBe(true)
    for (const name of ['trump', 'obama', 'warren', 'bush', 'graham', 'paul']) expect(COMMON_WORDS.has(name)).toBe(false)
  })
})
