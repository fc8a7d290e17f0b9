// A quotation's words carry the form the alignment matches on, and one number for each form: the same
// whether a word was read by its character codes (ASCII letters and digits) or cut out and made plain.

import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { normalizeWord } from '../../../../src/shared/alignment'
import { forgetWordForms, wordsIn } from '../../../../src/shared/quotes/wordForms'

const folder = join(__dirname, '../../../fixtures/quotes/articles')

describe('the words of a stretch of text', () => {
  it('have the alignment’s form of each word, and the same number exactly for the same form, in every labelled report', () => {
    forgetWordForms()
    const numbers = new Map<string, number>()
    const forms = new Map<number, string>()
    let words = 0
    for (const cluster of readdirSync(folder)) {
      for (const file of readdirSync(join(folder, cluster))) {
        const text = readFileSync(join(folder, cluster, file), 'utf8')
        for (const w of wordsIn(text, 0, text.length)) {
          expect(w.norm).toBe(normalizeWord(text.slice(w.start, w.end)))
          expect(numbers.get(w.norm) ?? w.id).toBe(w.id)
          expect(forms.get(w.id) ?? w.norm).toBe(w.norm)
          numbers.set(w.norm, w.id)
          forms.set(w.id, w.norm)
          words++
        }
      }
    }
    expect(words).toBeGreaterThan(40_000)
  })

  it(`give “Assad’s”, “Assad's” and “ASSAD'S” one form, and “Vote” and “vote” another`, () => {
    const text = "Assad’s ASSAD'S Assad's Vote vote VOTE votes"
    const [a, b, c, d, e, f, g] = wordsIn(text, 0, text.length).map((w) => w.id)
    expect([a === b, b === c, d === e, e === f, f === g, a === d]).toEqual([true, true, true, true, false, false])
  })
})
