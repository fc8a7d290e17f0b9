// Where quotation marks open and close, shown as the quoted stretches of small texts.

import { describe, expect, it } from 'vitest'
import { findQuotedSpans } from '../../../../src/shared/quotes/marks'

const quoted = (text: string): string[] => findQuotedSpans(text).map((s) => text.slice(s.start, s.end))

describe('quotation marks', () => {
  it('reads straight and curly double marks, in one text and mixed', () => {
    expect(quoted('He said "we are ready," and later “we are not.”')).toEqual(['we are ready,', 'we are not.'])
  })

  it('keeps single marks inside double ones as part of the quotation, and apostrophes as letters', () => {
    expect(quoted('“I told him, ‘Don’t go,’ and he didn’t,” she said of Obama’s aide.')).toEqual(['I told him, ‘Don’t go,’ and he didn’t,'])
  })

  it('quotes with single marks in a text that has no double ones, apostrophes aside', () => {
    expect(quoted("The minister said: 'We won't give in to threats.' It's the '90s all over again, critics said.")).toEqual(["We won't give in to threats."])
    expect(quoted('Justice Clarence Thomas waited 99 days after his nomination by President George H.W. Bush. And Bork \'s nomination took 108 days.')).toEqual([])
  })

  it('quotes with single marks in a report written that way, double marks nested inside them', () => {
    const text = "The minister said: ‘They told me “never again”, and I believed them.’ Later she added: ‘We will see.’ Critics called it ‘a retreat’."
    expect(quoted(text)).toEqual(['They told me “never again”, and I believed them.', 'We will see.', 'a retreat'])
  })

  it('ends a quotation at its paragraph when the next paragraph does not open again', () => {
    expect(quoted('“An unclosed quotation here\n\nThe next paragraph is the report’s own.')).toEqual(['An unclosed quotation here'])
  })

  it('goes on over paragraphs that open again, to the closing mark', () => {
    expect(quoted('"First part.\n\n"Second part," she said.')).toEqual(['First part.\n\n"Second part,'])
  })

  it('reads two single marks in a row as one double mark, closing or opening', () => {
    const text =
      'U.S. Attorney General Eric Holder, who ordered a separate federal autopsy of Brown, said it was being performed Monday by a U.S. military medical examiner he described as "one of the most experienced\'\' in the armed forces.\n\n' +
      '"I am confident this additional autopsy will be thorough and aid in our investigation,\'\' he said in a written statement issued following his meeting with President Obama.'
    expect(quoted(text)).toEqual(['one of the most experienced', 'I am confident this additional autopsy will be thorough and aid in our investigation,'])
    expect(quoted('‘‘Everyone is just thrilled,’’ said Hennessey, 53, of Philadelphia, who was sipping champagne after the ruling was announced.')).toEqual(['Everyone is just thrilled,'])
  })

  it('keeps two single marks in a row as two in a report that quotes with single marks', () => {
    expect(quoted("'It's time for our lawmakers to say 'Enough is enough,'' he said on day nine of the shutdown.")).toEqual(["It's time for our lawmakers to say 'Enough is enough,"])
  })

  it('reads a left single mark straight after a word as an apostrophe, not an opening', () => {
    const text =
      'Holmes‘ apartment was filled with trip wires, explosive devices and unknown liquids, requiring police, FBI officials and bomb squad technicians to evacuate surrounding buildings while spending most of Saturday disabling the booby traps.\n\n' +
      'While Mr. Trump says all of his proposals are open for negotiation, there is a belief inside his campaign that his agenda should win out over Mr. Ryan‘s, based solely on the strong support he has received from Republican voters this primary season.'
    expect(quoted(text)).toEqual([])
  })

  it('reads a closing mark typed as an opening one', () => {
    expect(quoted('“We will win“ he said.')).toEqual(['We will win'])
    const text = 'Carl Bildt, the country’s former prime minister, more succinctly tweeted a link asking “Sweden? Terror attack? What has he been smoking? Questions abound.“\n\nThe next paragraph.'
    expect(quoted(text)).toEqual(['Sweden? Terror attack? What has he been smoking? Questions abound.'])
  })
})
