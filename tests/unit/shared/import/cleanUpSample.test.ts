// Clean-up of the built-in sample: the cleaned texts are hand-checked fixtures
// (tests/fixtures/import/kerry-moscow-2013/N.cleaned.txt, written without a final newline, as the
// samples are), and the dropped lines are listed with their reasons so a change reads like a diff.
//
// Decisions on the lines that could go either way:
// - "By" (2.txt) is dropped: a byline label whose name was lost in the copy. It carries no word of
//   the report and no name to keep in the details.
// - "RELATED: …" (1.txt, twice) is dropped: the headline of another story the page linked inside this
//   one. It is not this outlet's account of the event, and left in it would show in the comparison as
//   text only this report has.
// - "U.S. Foreign Policy, International Affairs, Syrian Civil War" (2.txt) is dropped: the list of
//   tags under the "Tags" label, topic names rather than reporting.
// - "Elizabeth Ferguson" (2.txt), the name line after "More News", is dropped: it is the kicker above
//   the next story's headline, part of the list of other stories like the headlines themselves.
// - "Real Time Analytics" (2.txt) is dropped: the alternative text of a web-statistics counter image.
// - The photo caption of 3.txt ("Secretary of State John Kerry arrives at Moscow's Vnukovo Airport …")
//   and its video caption ("… NBC's Richard Engel reports.") are kept: they are sentences written by
//   the outlet about the event, and prose is never taken.

import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { cleanUp, detectClutter, splitBlocks } from '../../../../src/shared/import'

const folder = (path: string): string => fileURLToPath(new URL(`../../../../${path}`, import.meta.url))
const sample = (n: number): string => readFileSync(folder(`resources/samples/kerry-moscow-2013/${n}.txt`), 'utf8')
const cleaned = (n: number): string => readFileSync(folder(`tests/fixtures/import/kerry-moscow-2013/${n}.cleaned.txt`), 'utf8')

/** One line per dropped block: its index, its text and why. */
function droppedLines(text: string): string {
  const blocks = splitBlocks(text)
  return detectClutter(text)
    .filter((v) => v.clutter)
    .map((v) => `[${v.index}] ${blocks[v.index]?.text} ← ${v.reason}`)
    .join('\n')
}

describe('cleanUp on the sample reports', () => {
  it.each([1, 2, 3])('%i.txt gives the hand-checked cleaned text exactly', (n) => {
    expect(cleanUp(sample(n)).text).toBe(cleaned(n))
  })

  it('1.txt: drops the two links to other stories', () => {
    expect(droppedLines(sample(1))).toBe(
      [
        "[8] RELATED: Feds Probe Boston Marathon Bombing Suspect's Link to Russian Militants ← a link to another story",
        '[14] RELATED: Israel Tries to Cool Tension With Syria After Missile Attacks ← a link to another story',
      ].join('\n'),
    )
  })

  it('2.txt: drops the empty byline and everything after the last paragraph', () => {
    expect(droppedLines(sample(2))).toBe(
      [
        '[1] By ← a byline label without a name',
        '[13] Tags ← tags',
        '[14] U.S. Foreign Policy, International Affairs, Syrian Civil War ← tags',
        '[15] Join the Discussion ← comments widget',
        '[16] More News ← a heading for other stories',
        '[17] Elizabeth Ferguson ← after “More News”: other stories',
        "[18] Texas Woman Viciously Bludgeoned in Random Lunchtime Attack Breaks Silence: 'Those Entire Two Days are Completely Gone' ← after “More News”: other stories",
        '[19] Elon Musk ← after “More News”: other stories',
        "[20] Election Officials Call Elon Musk a 'Huge Problem' For His Role in Spreading Misinformation Ahead of Election Day ← after “More News”: other stories",
        '[21] Man Fed Up with Sister Cleaning His Room Gets Court ← after “More News”: other stories',
        '[22] Man Fed Up with Sister Cleaning His Room Gets Court to Make Her Stop ← after “More News”: other stories',
        '[23] Candace Craig and Salia Hardy ← after “More News”: other stories',
        "[24] Maryland Woman Reveals Mom's Sick Plot to Dispose of Dismembered Grandma's Body Using Chainsaw and A Grill ← after “More News”: other stories",
        '[25] Real Time Analytics ← analytics leftover',
      ].join('\n'),
    )
  })

  it('3.txt: drops the comment label above the headline and the photo credit', () => {
    expect(droppedLines(sample(3))).toBe(['[0] Discuss as: ← comments widget', '[2] Mladen Antonov / AFP - Getty Images ← photo credit'].join('\n'))
  })

  it.each([1, 2, 3])('%i.txt keeps its headline and every paragraph of the report', (n) => {
    const text = sample(n)
    const kept = cleanUp(text).text
    const paragraphs = splitBlocks(text).filter((b) => /[.!?]["”'’]?$/.test(b.text) && b.text.split(' ').length >= 8)
    expect(paragraphs.length).toBeGreaterThan(8)
    for (const p of paragraphs) expect(kept).toContain(p.text)
    expect(kept.split('\n')[0]).toMatch(/Kerry|Syria/)
  })

  it.each([1, 2, 3])('%i.txt: cleaning the cleaned text drops nothing more', (n) => {
    expect(cleanUp(cleaned(n)).dropped).toEqual([])
  })

  it('gives the same verdicts when told the title, but for the headline the text repeats, which goes too', () => {
    for (const n of [1, 2, 3]) {
      const text = sample(n)
      const title = splitBlocks(text).find((b) => b.text.split(' ').length >= 3 && !b.text.endsWith(':'))?.text ?? null
      // The cleaned fixture opens with the headline, then a blank line: told the title, the rest is the same.
      expect(cleanUp(text, { title }).text).toBe(cleaned(n).slice(`${title}\n\n`.length))
    }
  })
})
