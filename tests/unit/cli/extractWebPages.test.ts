// The clutter of real saved news pages (tests/fixtures/web-pages) as `extract --json` lists it: captions,
// credits, a gallery's counter and promotions listed with kept false and the reason, never left out; the
// Ars Technica code sample kept whole. The reading is the app's own, so the import preview lists the same.

import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { extractFile, type ExtractedBlock } from '../../../src/cli/extract'
import { savedPages } from '../../e2e/webPages'

const PAGES = ['ars-1.html', 'cnn.html', 'guardian-1.html', 'nytimes-1.html', 'nytimes-2.html', 'wapo-1.html', 'yahoo-2.html']
let folder = ''
const blocks = new Map<string, ExtractedBlock[]>()

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'parallax-web-pages-'))
  for (const path of await savedPages(folder, PAGES)) {
    const read = await extractFile(path, false)
    if ('error' in read) throw new Error(read.error.message)
    blocks.set(basename(path), read.blocks)
  }
})
afterAll(async () => {
  await rm(folder, { recursive: true, force: true })
})

/** The blocks of a page whose text matches, as "kept" or the reason they are dropped. */
function verdicts(page: string, text: RegExp): string[] {
  return (blocks.get(page) ?? []).filter((b) => text.test(b.text)).map((b) => (b.kept ? 'kept' : (b.reason ?? 'dropped without a reason')))
}

describe('extract --json on saved news pages', () => {
  it('lists the NYT caption with its credit, and the credit alone, as dropped with their reasons', () => {
    expect(verdicts('nytimes-1.html', /Credit Ashraf Shazly\/Agence France-Presse — Getty Images$/)).toEqual(['a photo caption'])
    expect(verdicts('nytimes-2.html', /^Credit Harry Campbell$/)).toEqual(['a photo credit'])
  })

  it('lists the Guardian’s photo captions as dropped, and keeps the report around them', () => {
    const captions = [/^Hori Parata at his Pātaua farm/, /^Kauri \(Te Kaurinui Robert\) Parata, watched/, /^Clockwise from top: small whale bones/, /^Buck Cullen with his daughter/, /^12 parāoa whales/, /^Clockwise from top: Te Kaurinui/, /^Whangārei Harbour seen from Tamaterau/, /^Above, the skull of a bryde’s whale/]
    for (const caption of captions) expect(verdicts('guardian-1.html', caption)).toEqual(['a photo caption'])
    expect(verdicts('guardian-1.html', /^Whale whisperer Hori Parata was just seven years old/)).toEqual(['kept'])
    expect((blocks.get('guardian-1.html') ?? []).filter((b) => !b.kept)).toHaveLength(captions.length + 1)
  })

  it('lists Yahoo’s gallery counter and its caption, twice, as dropped', () => {
    expect(verdicts('yahoo-2.html', /^1 \/ 5$/)).toEqual(['a gallery counter'])
    expect(verdicts('yahoo-2.html', /^In this photo dated Tuesday/)).toEqual(['a photo caption', 'a photo caption'])
    expect(verdicts('yahoo-2.html', /^MOSCOW \(AP\) — An unmanned Russian cargo spaceship/)).toEqual(['kept'])
  })

  it('lists the Washington Post’s "[Read: …]" links, its map link and its video caption as dropped', () => {
    expect(verdicts('wapo-1.html', /^\[Read: /)).toEqual(['a link to another story', 'a link to another story'])
    expect(verdicts('wapo-1.html', /^\[Bardo museum houses amazing Roman treasures\]$/)).toEqual(['a link to another story'])
    expect(verdicts('wapo-1.html', /^Map: Flow of foreign fighters to Syria$/)).toEqual(['a link to a map, graphic or video'])
    expect(verdicts('wapo-1.html', /^Gunmen in military uniforms stormed/)).toEqual(['a photo caption'])
  })

  it('lists CNN’s "Powered by" as dropped, and keeps its ranking list', () => {
    expect(verdicts('cnn.html', /^Powered by SmartAsset\.com$/)).toEqual(['a promotion'])
    expect(verdicts('cnn.html', /^\d+\. (Finland|Norway|United States)$/)).toEqual(['kept', 'kept', 'kept'])
  })

  it('keeps the Ars Technica code sample whole, its "]" and "..." lines included', () => {
    const ars = blocks.get('ars-1.html') ?? []
    expect(ars.filter((b) => !b.kept)).toEqual([])
    expect(ars.filter((b) => b.text === ']' || b.text === '...').length).toBe(15)
  })
})
