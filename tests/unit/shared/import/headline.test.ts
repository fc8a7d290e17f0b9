// The headline a report repeats as its first paragraph: clean-up drops it when it has the title's words,
// whatever its case, spacing and punctuation, and only there. Each case renders the clean-up preview, every
// block kept ("  ") or dropped ("✗ … ← reason"), so a failure reads like a diff. On the sample, each report
// drops its own headline and nothing more, with the title the import finds.

import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { countWords } from '../../../../src/shared/domain/text'
import { cleanUp, detectClutter, headlineWords, metadataFromPlainText, repeatedHeadline } from '../../../../src/shared/import'
import { preview } from './preview'

const paragraphs = (...ps: string[]): string => ps.join('\n\n')
const BODY = 'Secretary of State John Kerry arrived in Moscow on Tuesday for talks with President Vladimir Putin about the war in Syria.'
const TITLE = "Syria set to dominate talks between Kerry and Russia's Putin"

describe('the headline repeated as the first paragraph', () => {
  it('is dropped when it is the title again', () => {
    expect(preview(paragraphs(TITLE, BODY), { title: TITLE })).toBe([`✗ ${TITLE} ← the headline, shown as the title`, `  ${BODY}`].join('\n'))
  })

  it.each([
    ['in capitals', TITLE.toUpperCase()],
    ['with other spacing', `  Syria set to  dominate talks\tbetween Kerry and Russia's Putin `],
    ['with a curly apostrophe and a final full stop', 'Syria set to dominate talks between Kerry and Russia’s Putin.'],
    ['with dashes and quotes around it', '“Syria set to dominate talks — between Kerry and Russia’s Putin”'],
  ])('is the same headline %s', (_how, line) => {
    expect(detectClutter(paragraphs(line, BODY), { title: TITLE }).map((v) => v.reason)).toEqual(['the headline, shown as the title', null])
  })

  it('is found after page clutter, as the first paragraph clean-up keeps', () => {
    expect(preview(paragraphs('Discuss as:', TITLE, BODY), { title: TITLE })).toBe(
      ['✗ Discuss as: ← comments widget', `✗ ${TITLE} ← the headline, shown as the title`, `  ${BODY}`].join('\n'),
    )
  })

  it.each([
    ['no title is known', paragraphs(TITLE, BODY), null],
    ['its words differ', paragraphs('Syria set to dominate talks between Kerry and Putin', BODY), TITLE],
    ['it is not the first paragraph kept', paragraphs(BODY, TITLE), TITLE],
    ['it is the only paragraph', TITLE, TITLE],
    ['it is a body paragraph', paragraphs(BODY, 'More follows.'), BODY],
  ])('is kept when %s', (_why, text, title) => {
    expect(detectClutter(text, { title }).every((v) => !v.clutter)).toBe(true)
    expect(repeatedHeadline(text, title)).toBeNull()
  })

  it('compares words only: letters and digits, in lower case', () => {
    expect(headlineWords('  Kerry, in Moscow, Tells Putin: ‘We Share Common Interests’ ')).toBe('kerry in moscow tells putin we share common interests')
    expect(headlineWords('ÉTÉ 2013 – Ｐutin')).toBe('été 2013 putin')
  })
})

describe('the sample reports, with the title the import finds', () => {
  const sample = (n: number): string => readFileSync(`resources/samples/kerry-moscow-2013/${n}.txt`, 'utf8')

  it.each([
    [1, 0, 'Secretary of State John Kerry to Talk Boston Bombing, Syria in Russia', 12],
    [2, 0, "Secretary of State John Kerry, in Moscow, Tells Russian President Vladimir Putin, 'We Share Common Interests'", 16],
    [3, 1, "Syria set to dominate talks between Kerry and Russia's Putin", 10],
  ])('%i.txt drops its headline (block %i) and nothing else: its words leave the count', (n, block, title, titleWords) => {
    const text = sample(n)
    const found = metadataFromPlainText(text, `${n}.txt`)
    expect(found.title).toBe(title)
    expect(repeatedHeadline(text, found.title)?.index).toBe(block)
    const without = cleanUp(text)
    const withTitle = cleanUp(text, { title: found.title })
    expect(withTitle.dropped).toEqual([...without.dropped, block].sort((a, b) => a - b))
    expect(countWords(title)).toBe(titleWords)
    expect(countWords(withTitle.text)).toBe(countWords(without.text) - titleWords)
    expect(withTitle.text.startsWith(title)).toBe(false)
  })
})
