// Plain text from a DOM, shown on small fragments: where paragraphs and line breaks fall, and what is
// left out.

import { describe, expect, it } from 'vitest'
import { parseInert } from '../../../src/reading/inertDocument'
import { plainTextOf } from '../../../src/reading/pageText'

const textOf = (html: string): string => plainTextOf(parseInert(html).body)

describe('plainTextOf', () => {
  it.each([
    ['<p>one</p><p>two</p>', 'one\n\ntwo'],
    ['<p>  spaced \n   out\t words </p>', 'spaced out words'],
    ['<p>line one<br>line two<br><br><br>line three</p>', 'line one\nline two\nline three'],
    ['<div>direct text<p>a paragraph</p>more direct text</div>', 'direct text\n\na paragraph\n\nmore direct text'],
    ['<p>in<b>line</b> <i>tags</i> join<span>ed</span></p>', 'inline tags joined'],
    ['<ul><li>first</li><li>second</li></ul>', 'first\n\nsecond'],
    ['<pre>keep  these\n   lines\n\n\napart</pre>', 'keep these\nlines\napart'],
    ['<table><tr><td>cell</td><td>next</td></tr><tr><th>row</th></tr></table>', 'cell next\n\nrow'],
    ['<p>caf&eacute; &amp; &lt;b&gt; &#x1F600; a&nbsp;b</p>', 'café & <b> 😀 a b'],
    ['<h2>Heading</h2><blockquote>Quote</blockquote><figure><img alt="not text"><figcaption>Caption</figcaption></figure>', 'Heading\n\nQuote\n\nCaption'],
    ['<p>before<script>script text</script><style>p{}</style><noscript>no</noscript><template>tpl</template><svg><text>svg</text></svg><math><mi>m</mi></math><object>o</object>after</p>', 'beforeafter'],
    ['<p> </p><div>\n</div><p><br></p>', ''],
  ])('%j → %j', (html, text) => {
    expect(textOf(html)).toBe(text)
  })

  it('walks very deep nesting without overflowing the stack', () => {
    const depth = 20_000
    expect(textOf(`${'<span>'.repeat(depth)}deep${'</span>'.repeat(depth)}`)).toBe('deep')
  })
})
