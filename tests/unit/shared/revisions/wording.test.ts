// The differences inside matched sentences, word by word: replaced, added and left out words, other
// capitals and other punctuation; never white space or quote and dash forms.

import { describe, expect, it } from 'vitest'
import { compareStretches, WordForms, wordsOfSentences } from '../../../../src/shared/revisions/wording'

/** "{a→b} {+c} {-d}" for the differences of two one-sentence texts. */
function differences(older: string, newer: string): string[] {
  const forms = new WordForms()
  const stretch = (text: string) => {
    const span = { start: 0, end: text.length }
    return { text, words: wordsOfSentences(text, [span], [0], forms), span }
  }
  return compareStretches(stretch(older), stretch(newer)).map((d) => {
    expect(older.slice(d.before.start, d.before.end)).toBe(d.before.text)
    expect(newer.slice(d.after.start, d.after.end)).toBe(d.after.text)
    return `${d.kind} {${d.before.text}→${d.after.text}}`
  })
}

describe('compareStretches', () => {
  it('finds words replaced, added and left out', () => {
    expect(differences('The army sent 400 troops to the border.', 'The army sent 450 troops to the northern border.')).toEqual(['substitution {400→450}', 'insertion {→northern}'])
    expect(differences('He said the talks went very well.', 'He said the talks went well.')).toEqual(['omission {very→}'])
  })

  it('places an added word right after the word before it', () => {
    const forms = new WordForms()
    const older = 'a b c'
    const newer = 'a b x c'
    const span = (text: string) => ({ start: 0, end: text.length })
    const [d] = compareStretches({ text: older, words: wordsOfSentences(older, [span(older)], [0], forms), span: span(older) }, { text: newer, words: wordsOfSentences(newer, [span(newer)], [0], forms), span: span(newer) })
    expect(d?.before).toEqual({ start: 3, end: 3, text: '' })
    expect(d?.after).toEqual({ start: 4, end: 5, text: 'x' })
  })

  it('tells other capitals and other punctuation apart from other words', () => {
    expect(differences('The Government acted.', 'The government acted.')).toEqual(['case {Government→government}'])
    expect(differences('He left, and she stayed.', 'He left; and she stayed!')).toEqual(['punctuation {,→;}', 'punctuation {.→!}'])
  })

  it('never counts white space, quote, apostrophe or dash forms', () => {
    expect(differences('“It’s over” — he said.', '"It\'s   over"\n- he said.')).toEqual([])
  })
})
