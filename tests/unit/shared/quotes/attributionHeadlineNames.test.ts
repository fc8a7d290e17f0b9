// Names out of the words headlines and a page's cards of links run into them, on short passages of real news
// reports from the corpus the fixture's README names: a headline in capitals or in title case writes its verb and
// its other names in the same run as a name, a card of links gives the name again in full, and a page's own calls
// ("SEE ALSO:", "Update:") are no one's.

import { describe, expect, it } from 'vitest'
import { foundSpeakers as speakersOf } from './speakersOf'

describe('names out of headlines and cards of links', () => {
  it('ends a name in a headline in capitals at its verb (“TRUMP SLAMS ‘OPEN BORDER’ DEMOCRATS, BLASTS MEXICO”), so that a later “he” is not “BLASTS MEXICO”', () => {
    const text = [
      '"We want to solve this issue," President Trump said ahead of a Cabinet meeting.',
      "TRUMP SLAMS 'OPEN BORDER' DEMOCRATS, BLASTS MEXICO ON HEELS OF EXEC ORDER",
      'On Thursday, he echoed that rhetoric, but without the invitation for Democrats to come to the table.',
      '“Dems are doing nothing but Obstructing. Remember their motto, RESIST! Ours is PRODUCE!” he tweeted.',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['We want to → Trump', 'Dems are doing → Trump'])
  })

  it('gives a surname the full name that opens with a given name, not a title-case headline’s words run into it (“Dems Attack Biden”, then “Joe Biden”)', () => {
    const text = [
      '2020 Dems Attack Biden for Deportations Under Obama: ‘You Can’t Have it Both Ways’',
      'Democratic presidential candidates had stern words for frontrunner Joe Biden during Wednesday night’s primary debate, calling on the former vice president to explain the deportations of undocumented immigrants that occurred under President Obama.',
      'During the Democratic debate in June, Biden defended Obama’s record on immigration.',
      '“President Obama, I think, did a heck of a job. To compare him to what this guy’s doing is absolutely — I find close to immoral,” Biden said at the time.',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['You Can’t Have → null', 'President Obama, I → Joe Biden'])
  })

  it('gives the words to the person a country brought in by “to” runs into (“Special envoy to Ukraine Kurt Volker”), and ends a live blog’s title-case headline at its verb (“Romney Raps Obama’s Priorities”)', () => {
    const volker = [
      'WASHINGTON – Special envoy to Ukraine Kurt Volker amended his previous closed-door testimony during his opening statement in the public testimony on Capitol Hill in the Trump impeachment inquiry.',
      '“I don\'t believe it\'s appropriate for the president to do that. If law enforcement has concerns with a U.S. citizen, generally, there are appropriate channels for that,” Volker said.',
    ].join('\n\n')
    expect(speakersOf(volker)).toEqual(['I don\'t believe → Kurt Volker'])
    const debate = [
      'Update at 10:25 p.m. ET. Romney Says Federal Government Has Role To Play In Education; Obama Says "Budgets Matter"; Romney Raps Obama\'s Priorities:',
      '"This board ... can\'t make decisions about what treatments are given," Obama adds. "It\'s prohibited in this law."',
    ].join('\n\n')
    expect(speakersOf(debate)).toEqual(['This board ... → Obama', 'It\'s prohibited in → Obama'])
  })

  it('ends a name in a title-case headline at the verb between two names (“Trump Picks Larry Kudlow”), and drops a headline’s own words before it (“Nothing Trump Says Can Be Trusted”)', () => {
    const kudlow = [
      'Trump Picks Larry Kudlow for Top Economic Post',
      'WASHINGTON (AP) — President Donald Trump has chosen Larry Kudlow to be his top economic aide.',
      'Kudlow told The Associated Press on Wednesday that he has accepted the offer, saying the U.S. economy is poised to take off after Trump signed $1.5 trillion worth of tax cuts into law.',
      '“The economy is starting to roar and we’re going to get more of that,” he said.',
    ].join('\n\n')
    expect(speakersOf(kudlow)).toEqual(['The economy is → Larry Kudlow'])
    const nothing = ['Nothing Trump Says Can Be Trusted, one paper wrote on Wednesday.', '"We will see what happens next," Trump said.'].join('\n\n')
    expect(speakersOf(nothing)).toEqual(['We will see → Trump'])
    // A headline's verb the name's run opens with, its words before read as words: not "Threatens Christie".
    const bridge = [
      "Bridge Scandal Threatens Christie's 'No-Nonsense Image'",
      'New Jersey Gov. Chris Christie apologized on Thursday. He said a bridge scandal and a scandal of traffic had nothing to do with him.',
      '"I am not a bully," Christie said.',
    ].join('\n\n')
    expect(speakersOf(bridge).at(-1)).toBe('I am not → Chris Christie')
  })

  it('ends a name where a page’s card of links gives it again in full (“Richard Burr Richard Mauze BurrGOP senators balk …”), so the surname stands for the name', () => {
    const text = [
      "Senate Intelligence Committee Chairman Richard Burr Richard Mauze BurrGOP senators balk at lengthy impeachment trial Graham: Senate trial 'must expose the whistleblower' GOP chairman says Senate impeachment trial could last 6-8 weeks MORE (R-N.C.) pushed back on Trump giving credence to those denials.",
      'Burr said his panel “found no reason to doubt” U.S. intelligence findings that “Putin ordered an influence campaign aimed at the 2016 U.S. elections with the goal of undermining faith in our democratic process.”',
    ].join('\n\n')
    expect(speakersOf(text).slice(-2)).toEqual(['found no reason → Richard Burr', 'Putin ordered an → Richard Burr'])
  })

  it('reads the page’s own calls (“SEE ALSO:”, “Update:”) as no one’s name', () => {
    const text = [
      'The administration is making its case to a war-weary public and is beginning to meet resistance from Congress, where Democrats and Republicans say the president needs to be more transparent about a military strike on a country that has not attacked the U.S.',
      'SEE ALSO: Syrians vow to ‘burn America’s skies’ on Obama’s Facebook',
      'Update: Scenes of the house being surrounded in Watertown:',
      "Update: The uncle spoke to reporters. His message to Dzhokhar: 'Turn yourself in and ask for forgiveness'. He also stressed that the two put shame on the family.",
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['burn America’s skies → null', 'Turn yourself in → null'])
  })

  it('takes a headline’s verb in “-ing” before a name off it (“Fact-checking Trump’s State of the Union address”, “Silencing Elizabeth Warren backfires”, “MEDIA SLAMMING TRUMP”), so that the surname later is the person', () => {
    const factCheck = [
      "Fact-checking Trump's State of the Union address",
      'President Donald Trump delivered his second State of the Union address on Tuesday night.',
      '"We have spent more than $7 trillion dollars in the Middle East," Trump said of the conflicts "in Afghanistan and Iraq."',
    ].join('\n\n')
    expect(speakersOf(factCheck)).toEqual(['We have spent → Donald Trump', 'in Afghanistan and → Donald Trump'])
    const warren = [
      'Silencing Elizabeth Warren backfires on Senate GOP',
      '"They can shut me up, but they can\'t change the truth," Warren said on Facebook Live.',
    ].join('\n\n')
    expect(speakersOf(warren)).toEqual(['They can shut → Elizabeth Warren'])
    const media = [
      'MEDIA SLAMMING TRUMP AFTER PUTIN SUMMIT',
      'President Donald Trump returned to Washington on Tuesday.',
      'Trump later clarified on Twitter: "As I said today and many times before, I have GREAT confidence in MY intelligence people."',
    ].join('\n\n')
    expect(speakersOf(media)).toEqual(['As I said → Donald Trump'])
  })

  it('leaves a plural’s possessive apostrophe off a name (“Mr. Pickens’ critique”), so that the surname is the person named in full', () => {
    const text = [
      'The billionaire T. Boone Pickens is weighing in on the presidential race, calling for a “bipartisan screening committee that vets presidential candidates.”',
      'Mr. Pickens’ critique of the GOP primary race is correct: “Right now we have a process that emphasizes accusation and innuendo,” he notes.',
    ].join('\n\n')
    expect(speakersOf(text).at(-1)).toBe('Right now we → T. Boone Pickens')
  })
})
