// Names written family name first, on short passages of real news reports from the corpus the fixtures' README
// names: a Chinese or Korean name gives the family name first ("Xi Jinping", "Ban Ki-moon"), and the report then
// writes that name alone; a Korean-American name in the Western order, or a surname of two joined by a hyphen,
// keeps its last word.

import { describe, expect, it } from 'vitest'
import { surnameOf } from '../../../../src/shared/quotes/speakers'
import { ledgerSpeakers as speakersOf } from './speakersOf'

describe('names with the family name first', () => {
  it('gives the family name alone the full name the report gave first (“Ban said”, “Mr. Kim said”)', () => {
    const ban = [
      'Word of the election of Pope Francis, who was not considered a frontrunner among analysts, quickly spread around the globe, with everyone from U.N. Secretary-General Ban Ki-moon to U.S. President Barack Obama weighing in.',
      '"As a champion of the poor and the most vulnerable among us, he carries forth the message of love and compassion that has inspired the world for more than 2,000 years," Obama said.',
      'Ban said the new pope shares common goals with the United Nations, from the promotion of peace to social justice. "We also share the conviction that we can only resolve the interconnected challenges of our times through dialogue."',
    ].join('\n\n')
    expect(speakersOf(ban)).toEqual(['As a champion → Barack Obama', 'We also share → Ban Ki-moon'])
    const kim = [
      'Asked by a reporter how it feels to be home, one of the men, Kim Dong-chul, said through a translator, “It’s like a dream. We are very, very happy.”',
      '“We were treated in many different ways,” Mr. Kim said of his North Korean captors.',
    ].join('\n\n')
    expect(speakersOf(kim)).toEqual(['It’s like a → Kim Dong-chul', 'We were treated → Kim Dong-chul'])
  })

  it('reads a family name that is also a word the report writes in lower case as the person’s, after it gave the full name (“Ban Ki-moon” … “a ban on” … “Ban said”)', () => {
    const text = [
      'Kerry said the administration has no intention of sending American ground troops to Syria. But he opposed any effort to put a ban on deploying ground forces into a congressional resolution authorizing military action.',
      'But at the United Nations, Secretary-General Ban Ki-moon urged Security Council members to await test results on the samples collected by U.N. inspectors.',
      '"We should avoid further militarization of the conflict and revitalize the search for a political settlement," Ban said.',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['We should avoid → Ban Ki-moon'])
  })

  it('reads the family name first only in the names that give it so', () => {
    expect(['Xi Jinping', 'Wang Yi', 'Ban Ki-moon', 'Moon Jae-in', 'Kim Jong Un', 'Ri Yong-ho'].map(surnameOf)).toEqual(['xi', 'wang', 'ban', 'moon', 'kim', 'ri'])
    expect(['Jung Woo Kim', 'Kim Davis', 'Kim Kardashian West', 'Andrew Yang', 'Alexandria Ocasio-Cortez', 'Dina Temple-Raston'].map(surnameOf)).toEqual(['kim', 'davis', 'west', 'yang', 'ocasio-cortez', 'temple-raston'])
  })
})
