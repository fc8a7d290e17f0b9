// Reading the files given to parallax-compare: the encodings it accepts, line endings normalised and
// nothing else changed (the --json offsets count in that text), and the files it refuses, each with a reason. Decoding itself is src/shared/import/decode.ts, tested
// in depth in tests/unit/shared/import; these cases pin what the command line passes on.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { MAX_IMPORT_BYTES } from '../../../src/shared/domain/article'
import { decodeText, InputError, readDocument } from '../../../src/cli/readInput'

const text = 'Kerry met Putin — “we share common interests”. ﬁ 😀\nNext line.\n'
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s)
const utf16le = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'utf16le'))
const utf16be = (s: string): Uint8Array => {
  const le = utf16le(s)
  return le.map((_b, i) => le[i % 2 === 0 ? i + 1 : i - 1] as number)
}
const concat = (...parts: ArrayLike<number>[]): Uint8Array => new Uint8Array(parts.flatMap((p) => Array.from(p)))

describe('decodeText', () => {
  it.each([
    ['UTF-8', utf8(text)],
    ['UTF-8 with BOM', concat([0xef, 0xbb, 0xbf], utf8(text))],
    ['UTF-16 LE with BOM', concat([0xff, 0xfe], utf16le(text))],
    ['UTF-16 BE with BOM', concat([0xfe, 0xff], utf16be(text))],
  ])('decodes %s to the same text, without the BOM', (_name, bytes) => {
    expect(decodeText(bytes)).toEqual({ ok: true, text })
  })

  it('reads bytes that are not valid UTF-8 as Windows-1252 (the shared decoder of the import dialog)', () => {
    expect(decodeText(concat(utf8('caf'), [0xe9, 0x20], utf8('au lait '), [0x93, 0x71, 0x94]))).toEqual({ ok: true, text: 'café au lait “q”' })
  })

  it('normalises CRLF and lone CR line endings to LF', () => {
    expect(decodeText(utf8('one\r\ntwo\rthree\n\r\nfour'))).toEqual({ ok: true, text: 'one\ntwo\nthree\n\nfour' })
  })

  it('changes nothing else: white space at the ends of lines and on blank lines, U+2028, a second U+FEFF stay', () => {
    expect(decodeText(concat([0xef, 0xbb, 0xbf], utf8('\uFEFFone \t\r\n \u00a0\r\ntwo\u2028three\u3000')))).toEqual({
      ok: true,
      text: '\uFEFFone \t\n \u00a0\ntwo\u2028three\u3000',
    })
    expect(decodeText(concat([0xfe, 0xff], utf16be('𝔘 😀 \r\r\t\n')))).toEqual({ ok: true, text: '𝔘 😀 \n\n\t\n' })
    expect(decodeText(concat([0xef, 0xbb, 0xbf], utf8('caf'), [0xe9, 0x20, 0x09, 0x0d, 0x0a], utf8('au lait')))).toEqual({ ok: true, text: 'café \t\nau lait' })
  })

  it.each([
    ['NUL bytes', concat(utf8('text'), [0, 1, 2], utf8('more')), /binary.*NUL/],
    ['UTF-16 without BOM', utf16le('plain words here'), /NUL.*byte-order mark/],
    ['many control characters', utf8('ab\x01\x02\x03\x04\x05\x06cd'), /binary.*control/],
    ['UTF-16 with an odd byte count', concat([0xff, 0xfe], utf16le('abc'), [0x41]), /UTF-16LE.*odd/],
    ['UTF-16 with a lone surrogate', concat([0xff, 0xfe], [0x00, 0xd8, 0x41, 0x00]), /not valid UTF-16LE/],
    ['nothing after the BOM', new Uint8Array([0xef, 0xbb, 0xbf]), /empty/],
    ['only white space', utf8(' \n\t\r\n'), /only white space/],
  ])('refuses %s', (_name, bytes, reason) => {
    const decoded = decodeText(bytes)
    expect(decoded.ok).toBe(false)
    if (!decoded.ok) expect(decoded.reason).toMatch(reason)
  })

  it('accepts a few control characters in real text (form feeds, an escape)', () => {
    expect(decodeText(utf8(`Page one.\fPage two \x1b[1m bold.${' words'.repeat(20)}`)).ok).toBe(true)
  })
})

describe('readDocument', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-read-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  const file = (name: string, content: Uint8Array | string): string => {
    const path = join(dir, name)
    writeFileSync(path, content)
    return path
  }
  const reasonFor = async (path: string): Promise<string> => {
    const error: unknown = await readDocument(path).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).message).toContain(path)
    return (error as InputError).reason
  }

  it('reads a file with its base name and its text as written but for line endings', async () => {
    const path = file('report.txt', 'a \r\nb\t')
    // "a", the first line, is the title: repeated as the first paragraph, it is blanked out of what is compared.
    await expect(readDocument(path)).resolves.toEqual({ path, name: 'report.txt', text: 'a \nb\t', compared: '  \nb\t' })
  })

  it('leaves the repeated headline out of what is compared, after any page clutter, and keeps every offset', async () => {
    const text = 'Discuss as:\n\nSyria set to dominate talks between Kerry and Russia’s Putin\n\nSecretary of State John Kerry arrived in Moscow on Tuesday.\n'
    const document = await readDocument(file('3.txt', text))
    expect(document.text).toBe(text)
    expect(document.compared).toBe(text.replace('Syria set to dominate talks between Kerry and Russia’s Putin', ' '.repeat(60)))
    expect(document.compared).toHaveLength(text.length)
    // A text that is only its headline keeps it: there would be nothing left to compare.
    expect((await readDocument(file('one.txt', 'Kerry meets Putin in Moscow\n'))).compared).toBe('Kerry meets Putin in Moscow\n')
  })

  it('refuses a missing path, a directory, an empty file and an over-large one, naming each', async () => {
    expect(await reasonFor(join(dir, 'missing.txt'))).toBe('no such file')
    expect(await reasonFor(dir)).toMatch(/directory/)
    expect(await reasonFor(file('empty.txt', ''))).toBe('empty file')
    expect(await reasonFor(file('big.txt', new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0x61)))).toBe('too large: 20.0 MB (20000001 bytes), over the 20 MB limit')
  })
})
