// parallax-compare extract: what the app would import from each file, as JSON (details, the cleaned text,
// every block with clean-up's verdict), with --raw the text as read; a file that cannot be read is an entry
// with its error (exit code 3) and the others are still read.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { main } from '../../../src/cli/compare'
import type { Extracted } from '../../../src/cli/extract'

async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) })
  return { code, stdout, stderr }
}

const dir = mkdtempSync(join(tmpdir(), 'parallax-extract-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const PAGE = resolve('tests/fixtures/import/e2e/white-house-briefing.html')
const SAMPLE = resolve('resources/samples/kerry-moscow-2013/3.txt')

describe('parallax-compare extract --json', () => {
  it('gives a web page’s details, its cleaned text and its blocks', async () => {
    const { code, stdout, stderr } = await run('extract', '--json', PAGE)
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' })
    const [page] = JSON.parse(stdout) as Extracted[]
    if (!page || 'error' in page) throw new Error(stdout)
    expect({ ...page, text: undefined, blocks: undefined }).toEqual({ file: PAGE, title: 'White House presses Moscow on Syria', byline: expect.any(String), outlet: 'Capital Ledger', date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}/), url: expect.stringMatching(/^https:\/\//), text: undefined, blocks: undefined })
    expect(page.text).toContain('pointed clearly to Assad')
    expect(page.text).not.toMatch(/[<>]/)
    // The text is the kept blocks, in order, paragraphs apart.
    expect(page.blocks.filter((b) => b.kept).map((b) => b.text)).toEqual(page.text.split(/\n+/))
  })

  it('gives the sample’s third report without the furniture and the headline clean-up drops, and with --raw with them', async () => {
    const [cleaned] = JSON.parse((await run('extract', SAMPLE)).stdout) as Extracted[]
    const [raw] = JSON.parse((await run('extract', '--raw', SAMPLE)).stdout) as Extracted[]
    if (!cleaned || 'error' in cleaned || !raw || 'error' in raw) throw new Error('the sample could not be read')
    expect(cleaned.title).toBe("Syria set to dominate talks between Kerry and Russia's Putin")
    expect(cleaned.blocks.slice(0, 2)).toEqual([
      { text: 'Discuss as:', kept: false, reason: expect.any(String) },
      { text: "Syria set to dominate talks between Kerry and Russia's Putin", kept: false, reason: 'the headline, shown as the title' },
    ])
    expect(cleaned.text).not.toMatch(/^Discuss as:/)
    expect(raw.text).toMatch(/^Discuss as:\n\nSyria set to dominate/)
    expect(raw.blocks.every((b) => b.kept && b.reason === null)).toBe(true)
    expect(raw.blocks.map((b) => b.text)).toEqual(cleaned.blocks.map((b) => b.text))
  })

  it('reads every file, and gives one that cannot be read its error, exit code 3', async () => {
    const empty = join(dir, 'empty.txt')
    writeFileSync(empty, '')
    const { code, stdout, stderr } = await run('extract', SAMPLE, empty, PAGE)
    expect(code).toBe(3)
    const entries = JSON.parse(stdout) as Extracted[]
    expect(entries.map((e) => e.file)).toEqual([SAMPLE, empty, PAGE])
    expect(entries[1]).toEqual({ file: empty, error: { code: 'unreadable', message: `${empty}: empty file` } })
    expect(stderr).toBe(`parallax-compare: ${empty}: empty file\n`)
  })

  it.each([
    [['extract'], /extract needs the files to read/],
    [['extract', '--markdown', SAMPLE], /extract prints JSON/],
    [['extract', '--each', dir], /extract prints JSON/],
  ])('refuses %j', async (argv, message) => {
    const { code, stdout, stderr } = await run(...argv)
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' })
    expect(stderr).toMatch(message)
  })
})
