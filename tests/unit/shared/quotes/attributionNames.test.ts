// Who each quotation is attributed to, on short passages of real news reports from the corpus the fixture's
// README names: names told from the words beside them (a day of the week, an organisation's last word, a verb's
// form in a name), someone a report quotes as saying, the person a sentence is about, an office named by a
// possessive, the speaker of a few quoted words before a quotation, and verbs of speech. One rule of English
// news writing each.

import { describe, expect, it } from 'vitest'
import { foundSpeakers as speakersOf } from './speakersOf'

describe('names beside the words around them', () => {
  it('leaves unnamed the people that capitals only describe ("House investigators say", "One Las Vegas attorney … slammed")', () => {
    const text = [
      'House investigators say they want to know whether officials involved in the website “didn’t know or didn’t disclose” problems.',
      'One Las Vegas attorney representing victims slammed the resort owner\'s filings as a "blatant display of judge shopping" that "quite frankly verges on unethical."',
      'Cruz spokeswoman Catherine Frazier said the senator would “keep up the fight against Obamacare.”',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['didn’t know or → null', 'blatant display of → null', 'quite frankly verges → null', 'keep up the → Catherine Frazier'])
  })

  it('leaves unnamed a common word in capitals where a name would be ("Prosecutors say", "Aides said"), not a name the report gives whole elsewhere ("Patrick Hope")', () => {
    const text = [
      'Prosecutors say Stone made "multiple false statements" to the House Intelligence Committee about his interactions.',
      'Aides said Mr. Trump wanted to “speak from the heart” about his vision for a thriving economy.',
      'Virginia House of Delegates Member Patrick Hope (D) said Friday he plans to initiate the impeachment.',
      'Hope said: “On Monday, I will be introducing articles of impeachment.”',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['multiple false statements → null', 'speak from the → null', 'On Monday, I → Hope'])
  })

  it('gives "King said" to the Peter King the report names, not to an office or the one quoted before', () => {
    const text = [
      'Anti-tax hike crusader Grover Norquist is slamming Rep. Peter King, saying he hopes “his wife understands that commitments last a little longer than two years.”',
      '“A pledge you signed 20 years ago, 18 years ago, is for that Congress,” King said on NBC’s “Meet the Press.”',
    ].join('\n\n')
    expect(speakersOf(text).at(-1)).toBe('A pledge you → Peter King')
  })

  it('gives the words to the one a "who" clause is about, not to a name inside the clause ("Margie Miller, who lost her husband, Joel, said")', () => {
    const text = [
      '“As long as the city will gift us this moment, I will be here,” Margie Miller, who lost her husband, Joel, said as she attended the ground zero anniversary ceremony.',
      '“Madam, objectively speaking, we know who and what was done,” Haros, who lost his mother, Frances, said as he reminded the audience of the al-Qaida attackers.',
      'The grand jury decided “no probable cause exists” to bring any charges against Officer Wilson, who is white, Mr. McCulloch said.',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['As long as → Margie Miller', 'Madam, objectively speaking, → Haros', 'no probable cause → McCulloch'])
  })

  it('reads a surname that is also a title as a surname after a first name ("Chairman Peter King"), and an administrator as an office', () => {
    const text = [
      '“With this storm we are going to be dealing with a lot of weather over a large geographic area,” said Federal Emergency Management Agency Administrator Craig Fugate in a conference call with reporters.',
      '“David Petraeus testifying has nothing to do with whether or not he’s still the CIA director,” House Homeland Security Committee Chairman Peter King (R-N.Y.) told CNN.',
      '“We are also hampered by the administration’s refusal to develop a plan,” said Rep. Frank Pallone Jr., New Jersey Democrat.',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['With this storm → Craig Fugate', 'David Petraeus testifying → Peter King', 'We are also → Frank Pallone Jr.'])
  })

  it('reads titles joined by a hyphen as titles ("Then-spokeswoman Jen Psaki", "Secretary-General Jens Stoltenberg")', () => {
    const text = [
      'Then-spokeswoman Jen Psaki responded at the briefing: "There are times where diplomacy needs privacy."',
      'NATO Secretary-General Jens Stoltenberg said, "We all agree that we have to do more."',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['There are times → Jen Psaki', 'We all agree → Jens Stoltenberg'])
  })

  it('does not end a sentence at a company’s "Ltd." ("Francis Lun, chief executive of GEO Securities Ltd. in Hong Kong, told")', () => {
    const text = '"The market is acting very calmly," Francis Lun, chief executive of GEO Securities Ltd. in Hong Kong, told The Associated Press.'
    expect(speakersOf(text)).toEqual(['The market is → Francis Lun'])
  })

  it('does not begin a name with a headline’s question word ("Why Trump’s Immigration Order …"), which would stand for every later "Trump"', () => {
    const text = [
      "'Ultimately, We Need A Large-Scale Solution': Why Trump's Immigration Order Isn't the End of the Matter",
      'WASHINGTON – President Donald Trump says his executive order ending the practice of separating families at the border shows compassion.',
      'While Trump said his wife felt strongly about it, "I think anybody with a heart would feel very strongly about it," Trump said.',
    ].join('\n\n')
    expect(speakersOf(text).at(-1)).toBe('I think anybody → Donald Trump')
  })

  it('does not begin a name with the page’s own call ("Watch Trump’s … Meltdown")', () => {
    const text = [
      'Watch Trump’s Coronavirus Press Conference Meltdown',
      'He moved on to the next reporter, pointing in the direction of CNN White House correspondent Kaitlan Collins, who attempted to ask a pair of questions. “No, that’s okay,” Trump said, hoping to move on from the reporter.',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['No, that’s okay, → Trump'])
  })

  it('ends a name at a day of the week ("Mr. Romney Friday called")', () => {
    const text =
      'The report gives presumptive Republican nominee Mitt Romney an opening to exploit with Election Day only four months away. Mr. Romney Friday called the jobs numbers a “kick in the gut” that showed Mr. Obama’s economic program wasn’t working.'
    expect(speakersOf(text)).toEqual(['kick in the → Mitt Romney'])
  })

  it('ends a name at a possessive in s’ ("ABC News’ Amy Robach") and takes off descriptions written as titles ("White House Counselor")', () => {
    const text = [
      'ABC News’ Amy Robach claims network ‘quashed’ Jeffrey Epstein coverage on hot mic',
      '“I’ve had this story for three years. I’ve had this interview with Virginia Roberts,” Robach says to someone off-camera, referring to Epstein’s most vocal sex abuse victim.',
      'White House Counselor Kellyanne Conway weighed in too, accusing Pelosi of throwing a "temper tantrum". Conway said, "America saw an incorrigible child ripping up the State of the Union... I think it shows you how petty and peevish and partisan the Democratic party has become."',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['I’ve had this → Amy Robach', 'America saw an → Kellyanne Conway'])
  })

  it('keeps an organisation’s last word that the report also writes in lower case ("the United States", "Supreme Court")', () => {
    const text = [
      'Romney said U.S. officials were ignoring the fact that South Korea had far higher testing capacity than the United States early in its outbreak, while the United States was “treading water in February.”',
      'In a brief order, the Supreme Court justices said the appeal was “denied without prejudice,” indicating they will maintain an open mind on the underlying legal issue still being considered by the court.',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['treading water in → Romney', 'denied without prejudice, → Supreme Court'])
  })

  it('keeps a common word and an “and” inside an organisation’s name ("The Ronald Reagan Presidential Foundation and Institute")', () => {
    const text = [
      'The Ronald Reagan Presidential Foundation and Institute issued a statement disapproving of the judge\'s decision.',
      '"Contrary to the judge\'s decision, we believe John Hinckley is still a threat to others and we strongly oppose his release," the statement said.',
      '"John Hinckley shouldn\'t have been released," GOP presidential nominee Donald Trump said during a Wednesday press conference.',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['Contrary to the → Ronald Reagan Presidential Foundation and Institute', 'John Hinckley shouldn\'t → Donald Trump'])
  })

  it('does not read a verb’s form in capitals inside a name as a verb of speech ("the United States needs")', () => {
    const text = [
      'HHS spokesperson Michael Caputo, however, said the CDC’s system is inadequate.',
      'However, he added, the CDC "has a week lag" in reporting hospital data, but the United States needs it in "real-time."',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['has a week → Michael Caputo'])
  })

  it('gives words to the organisation whose spokesman tells them, with the time between ("An ABC News spokesman on Thursday told")', () => {
    const text = [
      'Several news organizations have announced they will not attend the meetings.',
      'An ABC News spokesman on Thursday told POLITICO the network “will attend the meeting and press for that conversation to be put on the record.”',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['will attend the → ABC News'])
  })
})

describe('words a report or a paper quotes someone as saying', () => {
  it('gives them to the one quoted, not to who quotes them, before or after the quotation', () => {
    const text = [
      'But Chicago Teachers Union President Karen Lewis said there hasn\'t been enough movement on job protection, class sizes and teacher evaluations.',
      'The New York Times quotes the CTU\'s Lewis as saying the contingency plan for students is "a mess" and that school officials were expecting families to "put their children with random folks."',
      '"This is all about money laundering," Wolff quotes Bannon as saying.',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['put their children → Karen Lewis', 'This is all → Bannon'])
  })

  it('gives words a person said to the person, not to the paper “according to” which they said them', () => {
    const text = [
      'High School teacher Steve Parsons said he and others are "ready to stay out as long as it takes to get a fair contract and protect our schools," according to The Times.',
      'During a meeting with Iran\'s new French ambassador Philippe Thiebaud, Rouhani said that the collapse of the nuclear deal is "not in the interest of Iran, France, the region and the world," according to the nation\'s semi-official news agency Fars News.',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['ready to stay → Steve Parsons', 'not in the → Rouhani'])
  })
})

describe('the person a sentence is about', () => {
  it('is the subject after a long opening phrase ("Questioned at a press conference …, Obama defended"), whom “he” stands for next', () => {
    const text = [
      'U.S. congressional lawmakers, and even President Obama himself, have questioned whether new sanctions will have an impact.',
      '"The administration\'s tepid, incremental sanctions are insufficient given Russia\'s continued occupation of Crimea and ongoing actions to fuel unrest in eastern Ukraine," Sen. Kelly Ayotte, R-N.H., said in a statement.',
      'Questioned at a press conference in Manila on the effectiveness of his foreign policy, Obama defended his administration\'s progress in building partnerships, like those in the Asia-Pacific region, even if "that may not always be sexy."',
      'He said that criticism of his foreign policy is often "directed at the failure to use military force," but questioned why "everybody is so eager to use military force after we\'ve just gone through a decade of war at enormous costs to our troops and to our budget."',
    ].join('\n\n')
    expect(speakersOf(text).slice(-2)).toEqual(['directed at the → Obama', 'everybody is so → Obama'])
  })
})

describe('a quotation after a few quoted words and their attribution', () => {
  it('goes on with the speaker of the words before it ("“Walls work,” the president said. “Walls save lives.”")', () => {
    const text = [
      'Donald Trump seized the chance to make the case for his border wall, during a rally in El Paso that addressed topics far beyond immigration.',
      'On immigration, Trump promised to build his border wall between Mexico and the US. “Walls work,” the president said. “Walls save lives.”',
      '“Of course,” Fauci said. “You always have to do better.”',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['Walls save lives. → Donald Trump', 'You always have → Fauci'])
  })

  it('goes on with it past a longer attribution with full stops inside words ("… wrote in an opinion piece for CNN.com.", "U.S.")', () => {
    const text = [
      'Does this mean Christie\'s presidential ambitions are dashed?',
      '"Not necessarily," Oxford University historian Timothy Stanley wrote in an opinion piece for CNN.com. "He\'s a resourceful politician and it\'s still many months before campaigning starts in earnest."',
      'States running their own exchanges are "doing well," Health and Human Services Secretary Kathleen Sebelius told a U.S. congressional committee Wednesday. "Everything we hear is that they see the same demand."',
      // Another sentence between the attribution and the quotation: the attribution is not the one before its mark.
      '"Not yet," Secretary of State John Kerry said in Geneva. Talks resume on Monday. "They will have to decide whether they want a deal."',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(["He's a resourceful → Timothy Stanley", 'Everything we hear → Kathleen Sebelius', 'They will have → null'])
  })
})

describe('an office of a place or a body, named by its possessive', () => {
  it('is a body by its whole name where a word for an organisation ends it ("China\'s foreign ministry", "Pence\'s office")', () => {
    const text = [
      'China\'s foreign ministry appealed for calm and urged Pyongyang and Washington to refrain from using "any words or actions" that could further aggravate the situation.',
      '"At no time did the President direct our office to stay at his Doonbeg resort and any reporting to the contrary is false," Pence\'s office added.',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(["any words or → China's foreign ministry", "At no time → Pence's office"])
  })


  it('is its holder where the report names one ("Australia\'s prime minister said"), and no one where it does not', () => {
    const text = [
      'Australia\'s prime minister said "maximum economic pressure" was the only way to deal with North Korea.',
      'In Australia, Prime Minister Malcolm Turnbull also expressed concern with Trump\'s use of language.',
      'Two other people who Ford says were present the night of the incident -- Patrick J. Smyth and Leland Ingham Keyser -- have said they do not remember being at a party with Ford and Kavanaugh.',
      'A lawyer for Smyth also said Friday that he is "happy to cooperate fully with this FBI investigation," and Keyser\'s attorney said in a letter to the committee that his client would also cooperate with the investigation.',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['maximum economic pressure → Malcolm Turnbull', 'happy to cooperate → null'])
  })
})

describe('verbs of speech', () => {
  it('gives words named as someone’s remarks to them ("Trump\'s \'fire and fury\' comments")', () => {
    const text = [
      "'Not helpful,' Donald: World reaction to Trump's 'fire and fury' comments",
      'A day after President Trump vowed to respond to North Korea "with fire and fury" if Pyongyang continued to threaten the U.S militarily, many world leaders have yet to weigh in on Trump\'s comments.',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['fire and fury → Trump', 'with fire and → Trump'])
  })

  it('reads a headline’s “vows” as one, and passes over “continued to” after one ("Trump warned Pyongyang that if it continued to threaten")', () => {
    const text = [
      "North Korea Threatens to Strike US Military in Guam, Trump Vows 'Fire and Fury'",
      'North Korea\'s comments were published after U.S. President Donald Trump warned Pyongyang that if it continued to threaten the U.S., it would "face fire and fury like the world has never seen."',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['Fire and Fury → Donald Trump', 'face fire and → Donald Trump'])
  })

  it('reads the present tense of praising and attacking as bringing in the speaker’s words (“… also praises those “who stepped forward” and says “…””, “Obama praises ‘giant of history’”)', () => {
    const text = [
      "Obama praises 'giant of history' at Mandela memorial",
      'Nasser S. Wedaddy, chair of the New England Interfaith Council and civil rights outreach director at the American Islamic Congress, also praises those "who stepped forward" and says "we all have service to perform. ... To heal, to rebuild and to serve once again as a shining city on the hill."',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['giant of history → Obama', 'who stepped forward → Nasser S. Wedaddy', 'we all have → Nasser S. Wedaddy'])
  })

  it('reads “Special Agent in Charge” and “Co-Chairman” as offices, and passes over “just” before the verb (“… FBI Special Agent in Charge Rick DesLauriers just told reporters”)', () => {
    const text = [
      'There are "no known additional threats," FBI Special Agent in Charge Rick DesLauriers just told reporters in Boston.',
      'With "50 to 100 million" Americans watching tonight, "it\'s wrong for us to intrude on them," debate commission Co-Chairman Frank Fahrenkopf just told the several thousand people in attendance.',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['no known additional → Rick DesLauriers', '50 to 100 → Frank Fahrenkopf', "it's wrong for → Frank Fahrenkopf"])
  })

  it('leaves a party in brackets out of the name after the verb (“said Rep. Jim Himes (D) of Connecticut”)', () => {
    const text = [
      '“Talk about walking yourself into a box canyon,” said Rep. Jim Himes (D) of Connecticut, a member of the House Intelligence Committee.',
      '"We need to see the facts," said Sen. Susan Collins (R), who sits on the committee.',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['Talk about walking → Jim Himes', 'We need to → Susan Collins'])
  })

  it('reads a surname written once with a vowel more or less as the full name the report gave (“Frederick” for James Fredrick)', () => {
    const text = [
      'Hundreds of migrants have arrived at the Guatemalan border town of Tecún Umán, along the southern border of Mexico, James Fredrick reports for NPR.',
      '"You can tell Mexican security forces are preparing because there are dozens of police in riot gear waiting here for the imminent arrival of this caravan," Frederick told NPR, while standing on a bridge that links Mexico and Guatemala.',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['You can tell → James Fredrick'])
  })

  it('keeps a surname the report writes again and again as its own person, though another’s differs by a vowel (Sanders, Lee Saunders)', () => {
    const text = [
      'Democrats approved an amendment to the platform proposed by American Federation of State, County and Municipal Employees union president Lee Saunders, which laid out priorities trade deals should address, including labor policy, the environment and currency manipulation.',
      'The Clinton and Sanders camps struck a bargain on climate change.',
      'On a conference call, Sanders called it "an important step forward in expanding health care in America and expanding health insurance and health care access to tens of millions of Americans."',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['an important step → Sanders'])
  })

  it('gives the words of someone’s threat, promise or call “to” do them to that person (“Trump’s threat to unleash “fire and fury””)', () => {
    const text = [
      'Trump’s Wednesday morning tweets emphasized that he’s been applying a dishrag to American nosecones.',
      'On Wednesday, in the hours after President’s Trump’s threat to unleash “fire and fury” on North Korea if it continued to menace the United States, global investors sold the dollar.',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['fire and fury → Trump'])
  })
})

describe('a surname shared by an office holder and their family', () => {
  it('is the office holder when the report gives the office first and the other full name as family ("President Trump" … "first lady Melania Trump")', () => {
    const text = [
      'President Trump commemorated the Sept. 11 attacks for the first time as commander-in-chief on Monday, leading a moment of silence and sharing words of strength on the 16th anniversary of that tragic day.',
      '“We can never erase your pain, but we can honor their sacrifice by pledging our resolve to do whatever we must to keep our people safe,” Trump said, speaking to hundreds of family members gathered at the Pentagon.',
      'The president, a New Yorker, was joined by first lady Melania Trump to observe a moment of silence first at the White House.',
      '“The horror and anguish of that dark day were seared into our national memory forever,” Trump said.',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['We can never → Trump', 'The horror and → Trump'])
  })

  it('is the office holder when a description stands between the family word and the name ("President Trump’s daughter and senior adviser Ivanka Trump")', () => {
    const text = [
      'President Trump, responding Monday to the deadly weekend shootings in El Paso, Texas, and Dayton, Ohio, said the nation must act.',
      'Some states, including California, have passed such laws. President Trump\'s daughter and senior adviser Ivanka Trump endorsed the idea as well on Sunday.',
      'Trump alluded to that as he spoke to reporters Sunday. "Hate has no place in our country," Trump said. "And we\'re going to take care of it."',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['Hate has no → Trump', "And we're going → Trump"])
  })

  it('is the full name still when that name is not brought in as family', () => {
    const text = [
      'President Obama spoke at the cathedral on Thursday.',
      'Barack Obama, who had met the families, told the congregation that the city would recover.',
      '“We will find you, and yes, you will face justice,” Obama said.',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['We will find → Barack Obama'])
  })

  it('reads no page words as a name: a photo credit in capitals before one ("| REUTERS Obama"), nor "Story Continued Below", "Hide Caption" or "MUST WATCH"', () => {
    const text = [
      "'The solutions to these problems are hard, but there are solutions,' Obama says. | REUTERS Obama clarifies: Economy not fine",
      'President Barack Obama meant to shore up his economic standing with his press conference Friday, but he ended up in fast retreat.',
      'Story Continued Below',
      'Within hours, he was backtracking, telling reporters gathered in the Oval Office that “it is absolutely clear the economy is not doing fine.”',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['The solutions to → Barack Obama', 'it is absolutely → Barack Obama'])
  })

  it('reads no headline verb written with a capital as a first name ("Opposing Kavanaugh"), and keeps an adjective before a title ("Acting Attorney General")', () => {
    const text = [
      'Opposing Kavanaugh',
      'Handpicked from a group of 25 candidates, Kavanaugh became a crucial appointment that could tilt the high court for decades.',
      '"My judicial philosophy is straightforward," said Kavanaugh.',
      'Acting Attorney General Matthew Whitaker said the department "will follow the law."',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['My judicial philosophy → Kavanaugh', 'will follow the → Matthew Whitaker'])
  })

  it('reads a picture’s sharing buttons and “on Twitter” as no one (“Facebook Twitter Pinterest Beto O’Rourke said”, “struck back on Twitter, calling”)', () => {
    const text = [
      'Rep. Tulsi Gabbard is running for president.',
      'On Friday, Gabbard struck back on Twitter, calling Clinton "the queen of warmongers" and "embodiment of corruption."',
      'Facebook Twitter Pinterest Beto O’Rourke said: ‘All of us together are going to make our stand.’ Photograph: Paul Ratje/AFP/Getty Images',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['the queen of → Tulsi Gabbard', 'embodiment of corruption. → Tulsi Gabbard', 'All of us → Beto O’Rourke'])
  })

  it('leaves unnamed people a sentence describes, not the names it lists as examples ("a dozen former officials, including … Leon Panetta …, came to Brennan’s defense"), unless a name is all of the next clause ("one FCC commissioner, Ajit Pai, wrote")', () => {
    const text = [
      'Late Thursday, a dozen former senior intelligence officials, including recent former CIA heads David Petraeus, Leon Panetta and Michael Hayden, came to Brennan\'s defense, issuing a joint statement calling Trump\'s decision "an attempt to stifle free speech."',
      'But at least one FCC commissioner, Ajit Pai, wrote an op-ed piece for the Wall Street Journal that suggested the notion was more aimed at giving government entities the ability to “grill reporters, editors and station owners about how they decide which stories to run.”',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['an attempt to → null', 'grill reporters, editors → Ajit Pai'])
  })

  it('reads a dateline in capitals as a place, and an office after “and” as the subject of its own clause (“… and the Republican president mocked the Democrat as a “young man who lost””)', () => {
    const text =
      'EL PASO, Texas (Reuters) - Potential White House hopeful Beto O’Rourke accused Donald Trump of fear-mongering on Monday and the Republican president mocked the Democrat as a “young man who lost” in dueling rallies.'
    expect(speakersOf(text)).toEqual(['young man who → Donald Trump'])
  })

  it('reads an office after “as” as the subject of its own clause (“… escalated on Tuesday as the president insisted the prominent Republican senator “couldn’t get elected dog catcher””)', () => {
    const text = [
      "WASHINGTON – Turns out, President Trump's feud with Tennessee Republican Sen. Bob Corker isn't over.",
      'Their war of words escalated on Tuesday as the president insisted the prominent Republican senator "couldn\'t get elected dog catcher" — and Corker described the president as "utterly untruthful."',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(["couldn't get elected → Trump"])
  })

  it('takes offices written with a capital before a name off it (“White House Counsel Pat Cipollone”, “CNN Senior Legal Analyst Jeffrey Toobin”, “Conservative MP Michael Gove”, “CNN National Security Contributor …”)', () => {
    const text = [
      '"The only one who should be embarrassed is you," said White House Counsel Pat Cipollone.',
      '"This is a very serious matter," said CNN Senior Legal Analyst Jeffrey Toobin.',
      '"We will leave on time," said Conservative MP Michael Gove.',
      '"The timing signaled heightened activity," said CNN National Security Contributor Frances Fragos Townsend.',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['The only one → Pat Cipollone', 'This is a → Jeffrey Toobin', 'We will leave → Michael Gove', 'The timing signaled → Frances Fragos Townsend'])
  })
})
