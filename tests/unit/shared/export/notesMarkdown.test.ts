// The Markdown export of highlights and notes, on the built-in sample: the structure a person reads, and
// notes that cannot turn into headings or quotes.

import { describe, expect, it } from 'vitest'
import { DEFAULT_COLOR_LABELS } from '../../../../src/shared/domain/highlight'
import { notesToMarkdown } from '../../../../src/shared/export'
import { highlightOn, sampleArticle, sampleComparison } from './sampleComparison'

const one = sampleArticle('1.txt', { outlet: 'ABC News', publishedAt: '2013-05-06', url: 'https://abcnews.go.com/kerry-moscow' })
const three = sampleArticle('3.txt')

describe('notesToMarkdown', () => {
  it('renders a small comparison exactly', () => {
    const comparison = sampleComparison([one, three])
    const carney = highlightOn(three, 'we have consistently', 'supported Assad', {
      color: 'green',
      note: 'Carney, via the White House.\n# not a heading\n> not a quote\nplain again',
      passageId: 'p1',
    })
    const focus = highlightOn(one, 'Focus of trip', 'May 6, 2013', { color: 'orange' })
    expect(notesToMarkdown(comparison, [carney, focus], DEFAULT_COLOR_LABELS, 'en-GB')).toBe(
      [
        '# Kerry in Moscow',
        '',
        '## 1. Secretary of State John Kerry to Talk Boston Bombing, Syria in Russia',
        '',
        '- Outlet: ABC News',
        '- Published: 6 May 2013',
        '- URL: <https://abcnews.go.com/kerry-moscow>',
        '',
        '> Focus of trip said to be finding areas of common interest between Russia, U.S.',
        '>',
        '> May 6, 2013',
        '',
        '*check*',
        '',
        "## 2. Syria set to dominate talks between Kerry and Russia's Putin",
        '',
        '> we have consistently in our conversations with the Russians and others pointed clearly to Assad’s behavior as proof that further support for that regime is not in the interest of the Syrian people or in the interest of the countries that have in the past supported Assad',
        '',
        '*quote* — whole shared passage',
        '',
        'Carney, via the White House.',
        '\\# not a heading',
        '\\> not a quote',
        'plain again',
        '',
      ].join('\n'),
    )
  })

  it('gives a section to every article in comparison order, saying so when one has no highlights', () => {
    const comparison = sampleComparison()
    const [a1, a2, a3] = comparison.articles as [typeof one, typeof one, typeof one]
    const md = notesToMarkdown(comparison, [highlightOn(a3, 'has killed', '70,000 people')], DEFAULT_COLOR_LABELS)
    const headings = md.split('\n').filter((l) => l.startsWith('#'))
    expect(headings).toEqual(['# Kerry in Moscow', `## 1. ${a1.title}`, `## 2. ${a2.title}`, `## 3. ${a3.title}`])
    expect(md.match(/^No highlights\.$/gm)).toHaveLength(2)
    expect(md).toContain('> has killed more than 70,000 people\n\n*claim*\n')
  })

  it('lists an article’s highlights in text order, whatever order they come in', () => {
    const comparison = sampleComparison([one, three])
    const late = highlightOn(three, 'We make that case', 'repeatedly')
    const early = highlightOn(three, 'Secretary of State John Kerry arrives', 'Airport')
    const md = notesToMarkdown(comparison, [late, early], DEFAULT_COLOR_LABELS)
    expect(md.indexOf('> Secretary of State John Kerry arrives')).toBeLessThan(md.indexOf('> We make that case'))
  })

  it('uses the person’s labels, and keeps emphasis characters in them from closing the italics', () => {
    const comparison = sampleComparison([one, three])
    const h = highlightOn(one, 'Focus of trip', 'interest', { color: 'pink' })
    const md = notesToMarkdown(comparison, [h], { ...DEFAULT_COLOR_LABELS, pink: 'needs *2* sources' })
    expect(md).toContain('\n*needs \\*2\\* sources*\n')
  })

  it('escapes heading and quote starts, and setext underlines, in every note line but changes nothing else', () => {
    const comparison = sampleComparison([one, three])
    const note = '## Big\n  > indented\n===\n---\nC# and F# are fine mid-line\n- a list stays a list\n\nsecond paragraph'
    const md = notesToMarkdown(comparison, [highlightOn(one, 'Focus', 'trip', { note })], DEFAULT_COLOR_LABELS)
    expect(md).toContain(
      '\\## Big\n  \\> indented\n\\===\n\\---\nC# and F# are fine mid-line\n- a list stays a list\n\nsecond paragraph\n',
    )
    expect(md.split('\n').filter((l) => /^ {0,3}#/.test(l))).toHaveLength(3)
  })

  it('leaves out highlights of another comparison or of an article not in this one', () => {
    const comparison = sampleComparison([one, three])
    const two = sampleArticle('2.txt')
    const md = notesToMarkdown(
      comparison,
      [highlightOn(one, 'Focus', 'trip', { comparisonId: 'other' }), highlightOn(two, 'U.S. Secretary', 'Putin')],
      DEFAULT_COLOR_LABELS,
    )
    expect(md.match(/^No highlights\.$/gm)).toHaveLength(2)
    expect(md).not.toMatch(/^>/m)
  })
})
