// Markdown read as the text a reader sees: readable cases for each kind of markup, CommonMark cases a
// line-by-line reader gets wrong, and the property that nothing is invented (the result is the input with
// characters removed and white space changed).

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { markdownToText } from '../../../../src/shared/import'

const md = (...lines: string[]): string => lines.join('\n')

describe('markdownToText', () => {
  it('takes the first level-one heading as the title and keeps heading text in the body', () => {
    expect(markdownToText(md('## Section first', '', '# Kerry in **Moscow** #', '', 'Body.', '', '# Second title'))).toEqual({
      text: md('Section first', '', 'Kerry in Moscow', '', 'Body.', '', 'Second title'),
      title: 'Kerry in Moscow',
    })
  })

  it('reads setext headings, and has no title without a level-one heading', () => {
    expect(markdownToText(md('Kerry Lands', '===', '', 'Talks', '---', 'Body.'))).toEqual({ text: md('Kerry Lands', '', 'Talks', '', 'Body.'), title: 'Kerry Lands' })
    expect(markdownToText('Just a paragraph.').title).toBeNull()
  })

  it('removes emphasis, keeps intra-word underscores and lone asterisks', () => {
    expect(markdownToText('Some **bold**, *italic*, ***both***, __strong__, _em_, ~~struck~~ and snake_case_name; 5 * 3.').text).toBe(
      'Some bold, italic, both, strong, em, struck and snake_case_name; 5 * 3.',
    )
  })

  it('turns links into their text and drops images, linked images included', () => {
    expect(
      markdownToText(md('See [the report](https://example.com/a_(b) "Title") and [Reuters][r] or <https://example.com>. ![Kerry](k.jpg) [![x](i.png)](https://e.com)', '', '[r]: https://reuters.com')).text,
    ).toBe('See the report and Reuters or https://example.com.')
  })

  it('keeps code as text, with its asterisks and underscores', () => {
    expect(markdownToText(md('Run `a*b*c` now.', '', '```js', 'const x = a * b // *not* emphasis', '```', 'After.')).text).toBe(
      md('Run a*b*c now.', '', 'const x = a * b // *not* emphasis', '', 'After.'),
    )
  })

  it('removes list markers and blockquote markers, one item per line', () => {
    expect(markdownToText(md('Agenda:', '', '- Syria', '* Iran', '+ [x] North Korea', '1. Trade', '2) Visas', '', '> "We share', '> interests," Kerry said.', '> > Nested.')).text).toBe(
      md('Agenda:', '', 'Syria', 'Iran', 'North Korea', 'Trade', 'Visas', '', '"We share interests," Kerry said.', '', 'Nested.'),
    )
  })

  it('joins a wrapped paragraph into one line, keeps paragraphs apart, and honours a backslash line break', () => {
    expect(markdownToText(md('Kerry arrived', 'in Moscow on', 'Tuesday.', '', '', '', 'Line one\\', 'line two')).text).toBe(md('Kerry arrived in Moscow on Tuesday.', '', 'Line one', 'line two'))
  })

  it('keeps escaped markup characters, drops link definitions, thematic breaks and HTML tags', () => {
    expect(markdownToText(md('Price: 5\\*3 and \\_x\\_', '', '***', '', 'A <b>bold</b> move<br/>', '', '[r]: https://reuters.com')).text).toBe(md('Price: 5*3 and _x_', '', 'A bold move'))
  })

  it('skips YAML front matter, taking its title when there is no heading', () => {
    expect(markdownToText(md('---', 'title: "Kerry in Moscow"', 'date: 2013-05-07', '---', '', 'Body text.'))).toEqual({ text: 'Body text.', title: 'Kerry in Moscow' })
  })

  it('reads a heading with a long closing run of #', () => {
    expect(markdownToText(`# a${' '.repeat(30_000)}${'#'.repeat(30_000)}`).title).toBe('a')
    expect(markdownToText(`# a${' '.repeat(30_000)}${'#'.repeat(30_000)}x`).title).toMatch(/^a #+x$/)
  })

  it('normalises line endings first', () => {
    expect(markdownToText('# Title\r\n\r\nBody\r\nmore')).toEqual({ text: md('Title', '', 'Body more'), title: 'Title' })
  })
})

describe('markdownToText reads CommonMark as it renders', () => {
  // Each of these the line-by-line reader this replaced got wrong (13 of 40 in the measured set).
  it.each([
    ['a reference with no definition stays as written', 'See [Reuters][r] now.', 'See [Reuters][r] now.'],
    ['a nested quote is a block of its own', md('> Kerry said.', '> > Nested.'), md('Kerry said.', '', 'Nested.')],
    ['indented code keeps its asterisks', md('Before.', '', '    a *b* c', '', 'After.'), md('Before.', '', 'a *b* c', '', 'After.')],
    ['an HTML block keeps its text as written, tags gone', md('<div>', '*not emphasis*', '</div>'), '*not emphasis*'],
    ['character references', 'AT&amp;T &copy; 2013, talks&#8212;again', 'AT&T © 2013, talks—again'],
    ['a table, one line per row', md('| State | Votes |', '|---|---|', '| Ohio | 52% |', '| Iowa | 48% |'), md('State | Votes', 'Ohio | 52%', 'Iowa | 48%')],
    ['two spaces at a line’s end break it', 'Line one  \nline two', md('Line one', 'line two')],
    ['a link definition whose title is on the next line', md('Text.', '', '[r]: https://x.com', '  "Reuters"'), 'Text.'],
    ['an HTML comment over several lines', md('Before.', '', '<!--', 'an editor note', '-->', '', 'After.'), md('Before.', '', 'After.')],
    ['a fence inside a list item, without the item’s indent', md('- Item', '', '  ```', '  code *x*', '  ```'), md('Item', '', 'code *x*')],
    ['a link to a destination in angle brackets', '[the file](<my file.html>) here', 'the file here'],
    ['an entity in a link’s text', '[AT&amp;T](https://att.com)', 'AT&T'],
  ])('%s', (_name, input, expected) => {
    expect(markdownToText(input).text).toBe(expected)
  })
})

/** Whether `small`, without white space, is a subsequence of `big` without white space. */
function isSubsequence(small: string, big: string): boolean {
  const s = Array.from(small.replace(/\s/g, ''))
  const b = Array.from(big.replaceAll('\u0000', '').replace(/\s/g, ''))
  let j = 0
  for (const char of s) {
    while (j < b.length && b[j] !== char) j++
    if (j === b.length) return false
    j++
  }
  return true
}

describe('markdownToText properties', () => {
  const markdownish = fc
    .array(fc.oneof(fc.constantFrom('# ', '## ', '**', '*', '_', '`', '```', '[', '](', ')', '![', '> ', '- ', '1. ', '\\', '<b>', '---', '\n', '\n\n', ' '), fc.string({ maxLength: 8 }), fc.string({ unit: 'grapheme', maxLength: 4 })), { maxLength: 40 })
    .map((parts) => parts.join(''))

  // The generator writes no character references, which alone may bring a character the input lacks.
  it('never throws, and invents nothing: the result is the input with characters removed', () => {
    fc.assert(
      fc.property(fc.oneof(markdownish, fc.string({ unit: 'binary' })), (input) => {
        const { text, title } = markdownToText(input)
        expect(isSubsequence(text, input)).toBe(true)
        if (title !== null) expect(isSubsequence(title, input)).toBe(true)
      }),
    )
  })
})
