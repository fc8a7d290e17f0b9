// Which quoted stretches are quotations of a person: how many words a stretch has, counted by character codes
// (what the word expression finds, in every quoted stretch of the labelled reports and in text made at random),
// a figure in marks, marks set apart by a space, reports that close with two single marks, and slogans, chants
// and signs, which are no one's quotation.

import { describe, expect, it } from 'vitest'
import { findQuotedSpans } from '../../../../src/shared/quotes/marks'
import { countWords, findQuotations } from '../../../../src/shared/quotes/quotations'
import { labelledReports, randomTexts } from './scanCases'
const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+|(?<=\p{N}),\p{N}[\p{L}\p{N}]*)*/gu
const searched = (text: string, from: number, to: number): number => (text.slice(from, to).match(WORD) ?? []).length

describe('the words of a quoted stretch', () => {
  it('are as many as the expression finds, in every quoted stretch of the labelled reports', () => {
    let spans = 0
    for (const text of labelledReports()) {
      for (const { start, end } of [{ start: 0, end: text.length }, ...findQuotedSpans(text)]) {
        expect([start, countWords(text, start, end, Infinity)]).toEqual([start, searched(text, start, end)])
        spans++
      }
    }
    expect(spans).toBeGreaterThan(500)
  })

  it('are as many as the expression finds in text made at random, and more than the most when there are', () => {
    const pieces = ['a', 'B', 'É', '7', '٣', "'", '’', '.', '-', ' ', ',', '“', '\n', '𝐀']
    const { texts, random } = randomTexts(pieces, { count: 400, length: 40, seed: 5 })
    for (const text of texts) {
      const [from, to] = [random(10), 30 + random(11)]
      expect(countWords(text, from, to, Infinity)).toBe(searched(text, from, to))
    }
    expect(countWords('one two three four', 0, 18, 3)).toBe(Infinity)
    expect(countWords('one two three', 0, 13, 3)).toBe(3)
  })
})

describe('a figure in quotation marks', () => {
  it('is one word however many digits it has, so a figure and a noun are no quotation of a person', () => {
    const text =
      'According to the National Association for the Advancement of Colored People (NAACP), from 1882 to 1968, “4,743 lynchings” – that is, extrajudicial murders – “occurred in the United States. Of these people that were lynched 3,446 were black.”'
    expect(countWords(text, text.indexOf('4,743'), text.indexOf('” –'), Infinity)).toBe(2)
    expect(findQuotations(text).map((q) => text.slice(q.start, q.end))).toEqual(['occurred in the United States. Of these people that were lynched 3,446 were black.'])
  })
})

describe('a work’s title where works are named', () => {
  const found = (text: string): string[] => findQuotations(text).map((q) => text.slice(q.start, q.end))

  it('is no quotation, however long, with its subtitle and the sentence’s comma inside the marks', () => {
    // Sentences of real reports.
    const texts = [
      'In “Merchants of Truth: The Business of News and the Fight for Facts,” reviewed by Fox News, Ms. Abramson complains about the unabashed liberal bent taken on by her successors.',
      'Graham, R-S.C., said on CBS News’ " Face the Nation," that the White House had not been serious.',
      'He is the author of "The Crusader: The Life and Times of Pat Buchanan."',
      'The event was held at a midnight Friday showing of “The Dark Knight Rises,” the latest movie in the Batman series.',
    ]
    for (const text of texts) expect(found(text)).toEqual([])
  })

  it('leaves speech in capitals that no such word brings in, and words in capitals throughout', () => {
    expect(found('"Shame on Congress," Christie said.')).toEqual(['Shame on Congress,'])
    expect(found('He tweeted that everyone ought to “READ THE TRANSCRIPTS!” before judging.')).toEqual(['READ THE TRANSCRIPTS!'])
  })
})

describe('words run together in marks', () => {
  it('are an address or a page’s code left in the text, never a quotation; the report’s quotation after it is one', () => {
    // A real report's opening: a video's poster attribute left before the repeated headline.
    const text = `Trump commemorates 9/11 anniversary\n\nposter="http://v.politico.com/images/1155968404/201709/3112/1155968404_5572066849001_5572062979001-vs.jpg?pubId=1155968404" Trump commemorates 9/11 anniversary\n\n"The terrorists who attacked us thought they could incite fear and weaken our spirit,” Trump said Monday morning.`
    expect(findQuotations(text).map((q) => text.slice(q.start, q.end))).toEqual(['The terrorists who attacked us thought they could incite fear and weaken our spirit,'])
  })
})

describe('a quotation set apart from its marks by a space', () => {
  it('is the words alone, attributed as any other', () => {
    const closing = '“Look, I find it very troubling,” Mr. Madden said. “I think it is troubling that they would mock someone who’s singing ‘God Bless America.’ “'
    expect(findQuotations(closing).map((q) => closing.slice(q.start, q.end))).toEqual(['Look, I find it very troubling,', 'I think it is troubling that they would mock someone who’s singing ‘God Bless America.’'])
    const opening = 'Obama is confident his law will work because, as he repeatedly says, “ The product is good.” The leader of the free world is now a glorified insurance salesman.'
    expect(findQuotations(opening).map((q) => [opening.slice(q.start, q.end), q.named])).toEqual([['The product is good.', 'he']])
  })
})

describe('the quotations of a report that closes with two single marks', () => {
  it('are found one by one and attributed as in any report', () => {
    const text =
      'U.S. Attorney General Eric Holder, who ordered a separate federal autopsy of Brown, said it was being performed Monday by a U.S. military medical examiner he described as "one of the most experienced\'\' in the armed forces.\n\n' +
      '"I am confident this additional autopsy will be thorough and aid in our investigation,\'\' he said in a written statement issued following his meeting with President Obama.'
    expect(findQuotations(text).map((q) => [text.slice(q.start, q.end), q.speaker])).toEqual([
      ['one of the most experienced', 'Eric Holder'],
      ['I am confident this additional autopsy will be thorough and aid in our investigation,', 'Eric Holder'],
    ])
  })
})

describe('slogans, chants and signs', () => {
  const quoted = (text: string): string[] => findQuotations(text).map((q) => text.slice(q.start, q.end))

  it('are not quotations of a person, nor is a slogan listed after one', () => {
    expect(quoted('Earlier Saturday, demonstrators marched through West County Mall chanting “Black lives matter!" and "No justice, no peace!"')).toEqual([])
    expect(quoted('He brought out the bilingual phrases “Yes, we can” and “Sí, se puede” from the 2008 mothballs.')).toEqual([])
    expect(quoted('Protesters outside the Capitol cheered and began to chant “Yes, we did!” as the vote was read.')).toEqual([])
    expect(quoted('Many were waving signs saying “Drain the swamp”, “Make America proud again” and flags.')).toEqual([])
  })

  it('leaves the words of someone who speaks of the chant, and a quotation after a slogan that is not listed with it', () => {
    const text = 'An Illinois Republican tweeted Thursday that the chant "would send chills down the spines of our Founding Fathers."'
    expect(quoted(text)).toEqual(['would send chills down the spines of our Founding Fathers.'])
    const after = 'The crowd chanted “Lock her up!” for a minute. “We will not stand for that,” the senator said afterwards.'
    expect(quoted(after)).toEqual(['We will not stand for that,'])
  })

  it('leave a sentence after "called" to its speaker, where a few words after it are a term', () => {
    const text =
      "She also took aim at Trump's budget blueprint, which she called \"an attack of unimaginable cruelty on the most vulnerable among us — the youngest, the oldest, the poorest, and hard-working people who need a little help to gain or hang on to a decent, middle-class life.\""
    expect(findQuotations(text).map((q) => [text.slice(q.start, q.end).slice(0, 40), q.named])).toEqual([['an attack of unimaginable cruelty on the', 'she']])
    expect(quoted('The levy is what Republicans called “a job-killing tax on American families” for months.')).toEqual([])
    expect(quoted('Critics pointed at what the so called “prisoner exchange of the century for five Taliban commanders” would cost.')).toEqual([])
  })
})
