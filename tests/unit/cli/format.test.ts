// The two report shapes of parallax-compare, checked on a hand-made alignment so they do not depend
// on what the engine finds: the exact JSON shape, and a Markdown report read as a person would.

import MarkdownIt from 'markdown-it'
import { describe, expect, it } from 'vitest'
import { escapeMarkdown, toJsonReport, toMarkdownReport } from '../../../src/cli/format'
import type { Alignment } from '../../../src/shared/alignment/types'

const texts = [
  'Kerry said the talks went well.\r\nNothing else.',
  'Intro.\nKerry said that the talks went well, officials said.',
  'Unrelated *text* | here.',
]
const names = ['a.txt', 'b|c.txt', 'c.txt']

const span = (doc: number, phrase: string) => {
  const start = (texts[doc] as string).indexOf(phrase)
  return { doc, start, end: start + phrase.length }
}

const alignment: Alignment = {
  documents: texts.map((text, index) => ({ index, chars: text.length, words: [8, 10, 4][index] as number })),
  passages: [
    {
      id: 'p1',
      words: 6,
      spans: [span(0, 'Kerry said the talks went well.'), span(1, 'Kerry said that the talks went well,')],
      variants: [
        { doc: 1, kind: 'insertion', base: '', baseStart: 11, baseEnd: 11, text: 'that', start: 18, end: 22 },
        { doc: 1, kind: 'punctuation', base: 'well.', baseStart: 26, baseEnd: 31, text: 'well,', start: 38, end: 43 },
      ],
    },
  ],
  phrases: [{ id: 'f1', words: 2, spans: [span(0, 'Nothing else'), span(2, 'text')], variants: [] }],
  unique: [],
  coverage: [
    { doc: 0, sharedChars: 30, uniqueChars: 10 },
    { doc: 1, sharedChars: 30, uniqueChars: 30 },
    { doc: 2, sharedChars: 0, uniqueChars: 20 },
  ],
}

describe('toJsonReport', () => {
  const report = toJsonReport(names, texts, alignment)

  it('has exactly the documented shape', () => {
    expect(Object.keys(report)).toEqual(['documents', 'passages', 'phrases', 'coverage', 'quotes'])
    expect(report.documents[1]).toEqual({ index: 1, name: 'b|c.txt', chars: texts[1]?.length, words: 10, text: texts[1] })
    expect(Object.keys(report.passages[0] ?? {})).toEqual(['id', 'words', 'parent', 'spans', 'variants'])
    expect(Object.keys(report.phrases[0] ?? {})).toEqual(['id', 'words', 'spans', 'variants'])
    expect(report.passages[0]?.variants).toEqual([
      { doc: 1, kind: 'insertion', base: '', text: 'that' },
      { doc: 1, kind: 'punctuation', base: 'well.', text: 'well,' },
    ])
    expect(report.coverage).toEqual(alignment.coverage)
  })

  it('gives every span the text it covers', () => {
    expect(report.passages[0]?.spans.map((s) => s.text)).toEqual(['Kerry said the talks went well.', 'Kerry said that the talks went well,'])
    for (const group of [...report.passages, ...report.phrases]) {
      for (const s of group.spans) expect(texts[s.doc]?.slice(s.start, s.end)).toBe(s.text)
    }
  })
})

describe('toMarkdownReport', () => {
  const markdown = toMarkdownReport(names, texts, alignment, { title: 'Test run' })

  it('opens with a title and a table of documents with their shared share', () => {
    expect(markdown.split('\n').slice(0, 7)).toEqual([
      '# Parallax: Test run',
      '',
      '| # | document | words | found in others |',
      '|---:|---|---:|---:|',
      '| 1 | a.txt | 8 | 75% |',
      '| 2 | b\\|c.txt | 10 | 50% |',
      '| 3 | c.txt | 4 | 0% |',
    ])
  })

  it('shows each passage with its documents, base wording as a quote, and variants by kind', () => {
    expect(markdown).toContain(
      [
        '### Passage 1: a.txt, b\\|c.txt · 6 words',
        '',
        '> Kerry said the talks went well.',
        '',
        'Variants against a.txt:',
        '',
        '- b\\|c.txt: punctuation `well.` → `well,`; insertion + `that`',
      ].join('\n'),
    )
  })

  it('lists phrases compactly and ends with coverage', () => {
    expect(markdown).toContain('## Shared phrases (1)\n\n- “Nothing else” — a.txt, c.txt\n')
    expect(markdown.trimEnd().split('\n').slice(-3)).toEqual(['| 1 | a.txt | 30 | 10 | 75% |', '| 2 | b\\|c.txt | 30 | 30 | 50% |', '| 3 | c.txt | 0 | 20 | 0% |'])
  })

  it('says so when nothing is shared', () => {
    const none = toMarkdownReport(names, texts, { ...alignment, passages: [], phrases: [] })
    expect(none).toContain('# Parallax: Comparison of 3 documents')
    expect(none).toContain('No passage is shared between these documents.')
  })
})

describe('a nested passage', () => {
  const nested: Alignment = {
    ...alignment,
    passages: [
      ...alignment.passages,
      { id: 'p2', parent: 'p1', words: 3, spans: [span(0, 'the talks went'), span(1, 'the talks went'), span(2, 'text')], variants: [] },
    ],
  }

  it('says in Markdown which passage it is part of', () => {
    const headings = toMarkdownReport(names, texts, nested).split('\n').filter((line) => line.startsWith('### '))
    expect(headings).toEqual(['### Passage 1: a.txt, b\\|c.txt · 6 words', '### Passage 2: a.txt, b\\|c.txt, c.txt · 3 words · part of passage 1'])
  })

  it('gives its parent in JSON, and null for a passage inside none', () => {
    expect(toJsonReport(names, texts, nested).passages.map((p) => [p.id, p.parent])).toEqual([
      ['p1', null],
      ['p2', 'p1'],
    ])
  })
})

describe('escapeMarkdown', () => {
  it('keeps prose readable and neutralises markup', () => {
    expect(escapeMarkdown("Assad's behavior, \"quoted\" — U.S.-led")).toBe("Assad's behavior, \"quoted\" — U.S.-led")
    expect(escapeMarkdown('*bold* [link](x) <b> a|b')).toBe('\\*bold\\* \\[link\\](x) \\<b\\> a\\|b')
    expect(escapeMarkdown('1.txt')).toBe('1.txt')
    expect(escapeMarkdown('AT&T, ~40,000 and &amp;')).toBe('AT&T, \\~40,000 and \\&amp;')
  })

  it('keeps a quoted line from opening a heading or a list', () => {
    const block = '# Not a heading\n- not an item\n12. nor this\n-- but a dash'
    const quoted = toMarkdownReport(['a', 'b'], [block, 'x'], {
      ...alignment,
      documents: alignment.documents.slice(0, 2),
      passages: [{ id: 'p1', words: 9, spans: [{ doc: 0, start: 0, end: block.length }], variants: [] }],
      phrases: [],
    })
    expect(quoted).toContain('> \\# Not a heading\n> \\- not an item\n> 12\\. nor this\n> -- but a dash\n')
  })

  it('shows every word of a quoted passage as written when a Markdown reader renders it', () => {
    // A real line with tildes (one more would strike the words between them), and lines made to be read as
    // markup: a character reference, a line of equals signs or dashes under a line (a heading), a fence.
    const block = [
      "Anti-Trump operative tells me 2 more big oppo hits coming. Says 1 is ~on par w/ 'p***y grab,' the other is worse.",
      'AT&amp;T, &copy; and &#60;b&#62; were ~~struck~~ here',
      '===',
      'A line above a rule',
      '---',
      '~~~',
      '    four spaces in',
    ].join('\n')
    const report = toMarkdownReport(['a', 'b'], [block, 'x'], {
      ...alignment,
      documents: alignment.documents.slice(0, 2),
      passages: [{ id: 'p1', words: 40, spans: [{ doc: 0, start: 0, end: block.length }], variants: [] }],
      phrases: [],
    })
    const html = new MarkdownIt().render(report)
    const quote = html.slice(html.indexOf('<blockquote>'), html.indexOf('</blockquote>'))
    expect(quote).not.toMatch(/<(?:h\d|hr|s|pre|code|em|strong)\b/)
    const shown = quote.replace(/<[^>]+>/g, '').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')
    expect(shown.replace(/\s+/g, ' ').trim()).toBe(block.replace(/\s+/g, ' ').trim())
  })
})
