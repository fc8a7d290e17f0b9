// Questions and answers: an answer's "he" or "she" is the one the report says was asked, not the one who asked
// ("X asked Trump about …. “…,” he responded"), and a question brought in by "asked the president," is the
// asker's, not the next sentence's subject's. On short passages of real news reports (tests/fixtures/quotes
// and the corpus its README names).

import { describe, expect, it } from 'vitest'
import { foundSpeakers as speakersOf } from './speakersOf'

const EXCHANGE = [
  'It began when CBS News White House correspondent Weijia Jiang, who is Chinese-American, asked Trump about why he appears to consider individual countries’ ability to test for the coronavirus to be a “global competition,” even as the American capacity for testing remains inadequate. “Well, they’re losing their lives everywhere in the world,” he responded. “And maybe that’s a question you should ask China. Don’t ask me, ask China that question, okay?” After a tense pause, Jiang — who reports on the White House, not on foreign administrations — asked the president, “Sir, why are you saying that to me, specifically?” Trump then claimed it was an open comment for “anybody who would ask a nasty question like that.”',
].join('\n\n')

describe('questions and answers', () => {
  it('gives “he responded” to the one asked ("Jiang … asked Trump about …"), and the answer’s next sentence with it', () => {
    expect(speakersOf(EXCHANGE).slice(0, 2)).toEqual(['Well, they’re losing → Trump', 'And maybe that’s → Trump'])
  })

  it('gives a question brought in by "asked the president," to the one asking, not to the subject of the sentence after it', () => {
    expect(speakersOf(EXCHANGE).at(-2)).toBe('Sir, why are → Weijia Jiang')
  })

  it('gives “she replied” to the one a senator asked ("… Dick Durbin asked Ford")', () => {
    const text = [
      'Ford, a psychology professor at Palo Alto University in California, said over four hours of testimony that a drunken Kavanaugh attacked her.',
      '“With what degree of certainty do you believe Brett Kavanaugh assaulted you?” Democratic Senator Dick Durbin asked Ford.',
      '“One hundred percent,” she replied, remaining firm and unruffled even under questioning by a sex crimes prosecutor hired by the committee’s Republicans.',
    ].join('\n\n')
    expect(speakersOf(text).at(-1)).toBe('One hundred percent, → Ford')
  })

  it('keeps "he responded" for one the report says was asked ("Sessions was asked by Sen. Al Franken")', () => {
    const text =
      'At his Jan. 10 Judiciary Committee confirmation hearing, Sessions was asked by Sen. Al Franken, a Minnesota Democrat, what he would do if he learned of any evidence that anyone affiliated with the Trump campaign communicated with the Russian government. “I’m not aware of any of those activities,” he responded.'
    expect(speakersOf(text)).toEqual(['I’m not aware → Sessions'])
  })

  it('gives a quotation to whoever "shot back" or "hit back" before or after it, and not to one who "snapped back" at the next', () => {
    const text = [
      'Democratic Sen. Ron Wyden of Oregon was even more blunt. "I believe the American people have had it with stonewalling," he said.',
      'Sessions shot back: "I am not stonewalling. I am following the historic policies of the Department of Justice."',
      '"I want it to be false," Flynn Jr. responded.',
      '"It is not the site of a satanic pedophilia cult," Tapper shot back.',
      'During the conference call, Illinois Gov. J.B. Pritzker, a Democrat, warned the president that the "rhetoric coming out of the White House is making it worse," to which Trump snapped back, "I don\'t like your rhetoric that much either."',
    ].join('\n\n')
    expect(speakersOf(text).slice(1)).toEqual([
      'I am not → Sessions',
      'I want it → Flynn Jr.',
      'It is not → Tapper',
      'rhetoric coming out → J.B. Pritzker',
      'I don\'t like → Trump',
    ])
  })

  it('reads paragraphs that are only quotations after a question and its answer as turns of the dialogue, questions the asker’s and answers the other’s', () => {
    const hearing = [
      'But his trouble began during Wednesday\'s confirmation hearing, when Matthew Petersen alone told Sen. John Kennedy, R-La., that he had never tried a case in court.',
      '"Have you ever tried a jury trial?" Kennedy asked.',
      '"I have not," Petersen said.',
      '"Civil?"',
      '"No."',
      '"Criminal?"',
      '"No."',
      '"State or federal court?"',
      '"I have not."',
      'Kennedy then got Petersen to admit that he had probably taken fewer than five depositions in his career.',
    ]
    expect(speakersOf(hearing.join('\n\n'))).toEqual(['Have you ever → John Kennedy', 'I have not, → Matthew Petersen', 'State or federal → John Kennedy', 'I have not. → Matthew Petersen'])
    // A paragraph after the answer that asks no question goes on with the one who answered, as before.
    const goesOn = [...hearing.slice(0, 3), '"I have spent my career on the law of elections, which rarely goes to trial."']
    expect(speakersOf(goesOn.join('\n\n')).at(-1)).toBe('I have spent → Matthew Petersen')
    // Paragraphs that do not go back and forth (two answers running) are no dialogue: the question after them
    // is not given to the asker, but, as any paragraph that is only a quotation, to the one quoted last.
    const notTurns = [...hearing.slice(0, 3), '"Civil?"', '"No."', '"Not that either."', '"Or an appeal?"']
    expect(speakersOf(notTurns.join('\n\n')).slice(2)).toEqual(['Not that either. → Matthew Petersen', 'Or an appeal? → Matthew Petersen'])
  })
})
