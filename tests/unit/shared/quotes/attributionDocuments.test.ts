// Who speaks in a document's words ("the lawsuit states", "it stated") and in a judge's ("ruled", "ordered"), on
// short passages of real news reports: the author the report names where it brings the document in. From
// tests/fixtures/quotes and the corpus its README names.

import { describe, expect, it } from 'vitest'
import { foundSpeakers as speakersOf } from './speakersOf'

describe('a document speaks for its authors', () => {
  it('gives a statement’s words to the subject of the sentence that opens with it ("In a statement Monday …, the IRS sought"), and "the statement continued" too', () => {
    const text = [
      'In a statement Monday confirming Lerner’s retirement, the IRS sought to reassure the public that the agency had reformed its procedures.',
      '“The IRS is making important progress on fixing the underlying management and organizational deficiencies in the EO [exempt organizations] area identified by TIGTA,” the statement said. “Our goal is to restore the public’s faith and trust in the tax system.”',
      'It is unclear whether the announcement will satisfy Congress.',
      'The statement continued: “We have sent nearly 400,000 pages of documents to Congress and facilitated dozens of employee interviews. We look forward to continuing to cooperate with Congress and other investigations.”',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['The IRS is → IRS', 'Our goal is → IRS', 'We have sent → IRS'])
  })

  it('does not give “it” a document named before the last one ("In a joint statement, …", then "The letter says … It adds")', () => {
    const text = [
      'In a joint statement, Speaker Nancy Pelosi and Senate Minority Leader Charles Schumer said the letter raised as many questions as it answered.',
      'The letter says that, on obstruction, Mueller “determined not to make a traditional prosecutorial judgment.” It adds that he “did not draw a conclusion — one way or another — as to whether the examined conduct constituted obstruction.”',
    ].join('\n\n')
    expect(speakersOf(text).map((s) => s.split(' → ')[1])).not.toContain('Nancy Pelosi')
  })

  it('gives a lawsuit’s words to those it was filed by, named paragraphs before “it stated”', () => {
    const text = [
      'The lawsuit, filed by Senators Richard Blumenthal, Sheldon Whitehouse and Senator Mazie Hirono, asks a federal court in Washington to deem the appointment unconstitutional and bar Whitaker from serving as the top U.S. law enforcement official.',
      'Congressional Democrats have expressed concern that Whitaker, a Trump loyalist, could undermine or even fire Special Counsel Robert Mueller.',
      '“Americans prize a system of checks and balances, which President Trump’s dictatorial appointment betrays,” Blumenthal said in a statement.',
      'Other legal challenges to Whitaker’s appointment were brought last week by Maryland’s Democratic attorney general.',
      'The senators’ lawsuit said Trump violated the so-called Appointments Clause of the U.S. Constitution.',
      'The senators argued that Rosenstein should be the acting attorney general until a Sessions replacement is nominated.',
      'Whitaker in the past criticized the scope of Mueller’s probe.',
      'The senators’ lawsuit cited Whitaker’s criticism of Mueller’s probe.',
      '“The U.S. Senate has not consented to Mr. Whitaker serving in any office within the federal government,” it stated.',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['Americans prize a → Richard Blumenthal', 'The U.S. Senate → Richard Blumenthal, Sheldon Whitehouse and Mazie Hirono'])
  })

  it('reads a document described in capitals that name no one as the document ("The Democratic lawsuit rejected that view, saying")', () => {
    const text = [
      'The lawsuit, filed by Senators Richard Blumenthal, Sheldon Whitehouse and Senator Mazie Hirono, asks a federal court in Washington to deem the appointment unconstitutional.',
      'The Democratic lawsuit rejected that view, saying it fails to explain why Whitaker’s appointment qualifies as “special or exigent.”',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['special or exigent. → Richard Blumenthal, Sheldon Whitehouse and Mazie Hirono'])
  })

  it('reads a lawsuit as a document whose owner speaks ("CNN’s lawsuit asserts")', () => {
    const text =
      'As for the argument that Acosta isn’t respectful enough, that justification "is not sufficient as a matter of law," CNN\'s lawsuit asserts.'
    expect(speakersOf(text)).toEqual(['is not sufficient → CNN'])
  })
})

describe('a judge’s words', () => {
  it('reads “as the judge wrote” as the judge, not the person the sentence opened with', () => {
    const text = [
      '"Mr. Hinckley shall abide by all laws, shall not consume alcohol, illegal drugs... shall not possess any firearm, weapon, or ammunition and shall not be arrested for cause," Senior U.S. District Judge Paul Friedman ordered.',
      'John Hinckley is now 61 years old, and as the judge wrote, "suffering from arthritis, high blood pressure, and various other physical ailments like many men his age."',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['Mr. Hinckley shall → Paul Friedman', 'suffering from arthritis, → Paul Friedman'])
  })

  it('gives to the judge words the judge “ruled” and, after them, “ordered”', () => {
    const text = [
      '"Mr. Hinckley shall abide by all laws, shall not consume alcohol, illegal drugs... shall not possess any firearm, weapon, or ammunition and shall not be arrested for cause," Senior U.S. District Judge Paul Friedman ordered.',
      'Judge Allison Burroughs ruled Tuesday that while Harvard\'s admissions process is "not perfect," she would not "dismantle a very fine admissions program that passes constitutional muster, solely because it could do better."',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['Mr. Hinckley shall → Paul Friedman', 'dismantle a very → Allison Burroughs'])
  })

  it('gives a document’s words to whom it is "from" ("One email dated February 2011 from Lerner said,")', () => {
    const text = [
      'Earlier this month, newly released emails seemed to support accusations against the embattled IRS official Lois Lerner and her role in scrutinizing applications.',
      'One email dated February 2011 from Lerner said, "Tea Party Matter very dangerous" - before going on to warn that the "matter" could be used to go to court to test campaign spending limits.',
    ].join('\n\n')
    expect(speakersOf(text)[0]).toBe('Tea Party Matter → Lois Lerner')
  })

  it('gives a holding a court is said to have made to the court ("the panel said that the U.S. Supreme Court has held that having “…”")', () => {
    const text =
      'However, the panel said that the U.S. Supreme Court has held that having "the incidental effect of making it more difficult or more expensive to procure an abortion cannot be enough to invalidate" a law that serves a valid purpose.'
    expect(speakersOf(text)).toEqual(['the incidental effect → U.S. Supreme Court'])
  })

  it('gives a statement to the body whose spokesman said it in the statement (“a spokesman for the National Peace Committee of Korea said in a written statement”)', () => {
    const text = `"Never have they worked so desperately to launch a nuclear war against the DPRK as now," a spokesman for the National Peace Committee of Korea said in a written statement. The DPRK stands for the Democratic People's Republic of Korea.\n\nThe statement said the United States is "seriously mistaken if it thinks it can frighten the DPRK with such latest weapons."`
    expect(speakersOf(text)).toEqual(['Never have they → National Peace Committee of Korea', 'seriously mistaken if → National Peace Committee of Korea'])
  })
})
