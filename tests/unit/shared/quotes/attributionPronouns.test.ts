// Whom a pronoun or an office after a quotation stands for, on short passages of real news reports (from the
// reports in tests/fixtures/quotes and the corpus its README names): one rule of English news writing each.

import { describe, expect, it } from 'vitest'
import { ledgerSpeakers as speakersOf } from './speakersOf'

describe('pronouns in real reports', () => {
  it('gives "she said" to the one a sentence says spoke, wherever the name stands in it ("Even if …, Conti said, …")', () => {
    const text = [
      '“There’s actually conclusive evidence that shows that the neurologic structures in a fetus aren’t completely laid down,” said Jennifer Conti, a clinical assistant professor and OB-GYN at Stanford University.',
      'In states with 20-week bans already in place, patients who need later abortions typically have to travel to another state, said Amy Friedrich-Karnik, senior federal policy adviser at the Center for Reproductive Rights. That can cause enormous financial strain, she said.',
      'Even if it never becomes federal law, Conti said, the bill can still cause harm. “By even putting this issue on a national platform,” she said, “you’re misleading the American people.”',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual([
      'There’s actually conclusive → Jennifer Conti',
      'By even putting → Jennifer Conti',
      'you’re misleading the → Jennifer Conti',
    ])
  })

  it('but not to one named in a clause about something else ("after Nixon said …")', () => {
    const text = [
      'Protesters took to the streets Monday night after Gov. Jay Nixon said there would be no midnight-to-5 a.m. curfew.',
      'NPR’s Elise Hu, who is at the scene, told our Newscast unit that the situation deteriorated rapidly.',
      '"What had begun as a calm evening and a standoff between cops and some demonstrators ... turned in a flash," she said.',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['What had begun → Elise Hu'])
  })

  it('gives words a verb of characterizing brings in to its subject ("He characterized the action as a “…”")', () => {
    const text = [
      'Las Vegas lawyer Robert Eglet, an attorney representing many of the Vegas victims, blasted MGM\'s decision to file their suit in the federal court system. He characterized the action as a "blatant display of judge shopping" that "verges on unethical."',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['blatant display of → Robert Eglet', 'verges on unethical. → Robert Eglet'])
  })

  it('reads "the president" as the one given the title alone, not another country\'s ("Russian President Vladimir Putin")', () => {
    const text = [
      "President Obama used a press conference Tuesday at the Paris climate summit to once again claim progress in the U.S.-led coalition’s campaign against the Islamic State, while also setting low near-term expectations for gaining Russian President Vladimir Putin's full cooperation in the fight.",
      'The president, speaking before he departs the climate summit to return to Washington, said “it is possible” over the next several months that there will be "a shift in calculation in the Russians and a recognition that it\'s time to bring the civil war in Syria to a close."',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['it is possible → Obama', 'a shift in → Obama'])
  })

  it('gives a sentence that is only a quotation to the one the sentence before says spoke, in the same paragraph', () => {
    const text = [
      'Sen. John McCain and Sen. Ted Cruz spoke on Sunday.',
      'Although Cruz hasn\'t ruled out trying to take the same approach when Congress faces another fiscal deadline in January, McCain said he\'s confident Congress will not let it happen again. "The American people will not stand for another one of these things. They just won\'t."',
      'Security forces have confirmed and are sure Shekau is dead, said Marilyn Ogar, deputy director of State Security Services in Nigeria. "So whoever is speaking as Abubakar Shekau is not Abubakar Shekau."',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['The American people → John McCain', 'So whoever is → Marilyn Ogar'])
  })

  it('gives words after a participle to the named subject of its clause when the sentence opens with no one', () => {
    const text = [
      'Erdogan vehemently denied ever saying such a thing.',
      'Biden extended a mea culpa on Saturday to the Turkish President.',
      'The apology came hours after Erdogan expressed his anger over the comments to reporters in Istanbul, saying, "Biden has to apologize for his statements."',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['Biden has to → Erdogan'])
  })

  it('gives words "according to" reports that name no one to the one a "he said" before them names', () => {
    const text = [
      'Erdogan vehemently denied ever saying such a thing.',
      'Biden extended a mea culpa on Saturday to the Turkish President.',
      'The apology came hours after Erdogan expressed his anger over the comments to reporters in Istanbul, saying, "Biden has to apologize for his statements."',
      'Otherwise, he said, Biden will become "history to me," according to published reports by the semi-official Anadolu news agency.',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['Biden has to → Erdogan', 'history to me, → Erdogan'])
  })
})

describe('a person described by what they do ("the tailor", "the top U.S. diplomat")', () => {
  it('is the one the report was speaking of, as for an office ("the senator")', () => {
    const tailor = [
      'Kudlow has relied on the same Savile Row-trained, New York-based tailor, Leonard Logsdail, for 26 years.',
      'Logsdail said Kudlow still wears some of the first suits he made for him.',
      '“He does take care of them,” the tailor said.',
    ].join('\n\n')
    expect(speakersOf(tailor)).toEqual(['He does take → Leonard Logsdail'])
    const diplomat = [
      'Secretary of State Mike Pompeo said the talks in Hanoi ended without a deal.',
      'The question now is what comes next. Pompeo insisted negotiations would continue.',
      '“We’ll each need to regroup a little bit,” the top U.S. diplomat told reporters on his plane en route to Manila from Hanoi. “Look, there has to be a reason for the conversations.”',
    ].join('\n\n')
    expect(speakersOf(diplomat)).toEqual(['We’ll each need → Mike Pompeo', 'Look, there has → Mike Pompeo'])
    // "The pontiff" is the pope by another word.
    const pontiff = [
      'Pope Francis delivered a homily about moving the Catholic Church forward to the cardinal electors.',
      'Speaking in Italian, Francis didn\'t use a script and kept the sermon short, calling on the cardinals to have courage.',
      '"When we don\'t walk, we are stuck. When we don\'t build on the rock, what happens?" the new pontiff said.',
    ].join('\n\n')
    expect(speakersOf(pontiff)).toEqual(["When we don't → Francis"])
  })

  it('stays unnamed when the report brought them in unnamed ("a senior European diplomat … the diplomat said")', () => {
    const text = [
      'The President Trump’s characterization of the United States’ relationships with allies as “a 10” also drew criticism from a senior European diplomat.',
      '"He must mean there are 10 things on which we totally disagree," the diplomat said.',
    ].join('\n\n')
    expect(speakersOf(text).at(-1)).toBe('He must mean → null')
  })
})

describe('a name after a quotation closed after its comma', () => {
  it('is who a "he" in the next paragraph stands for (“… when he "came to," said … spokesman Steve Whitmore.”)', () => {
    const text = [
      '"I will not perform my duties as secretary during the period of my illness," Commerce Secretary John Bryson said in a letter.',
      'Bryson was cooperative with deputies when he "came to," said Los Angeles County Sheriff\'s Department spokesman Steve Whitmore.',
      '"It\'s all under investigation, and it will be treated as we would treat any investigation such as this," he said.',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['I will not → John Bryson', "It's all under → Steve Whitmore"])
  })
})

describe('the name a pronoun is given', () => {
  it('is the full name the report gave the person a surname stands for (“said Mr. Hicks” … “he said” is Gregory N. Hicks), not another’s headline (“Romney Raps Obama”)', () => {
    const text = [
      'Mr. Gowdy asked Gregory N. Hicks, who had been the State Department’s Deputy Chief of Mission for the U.S. in Libya at the time of the attacks, whether Mrs. Rice had spoken with him.',
      '“Shortly after they arrived at the annex, the mortars came in,” said Mr. Hicks, adding that the “first mortar round was long,” or off-target.',
      '“The next was short,” he said. “The next three landed on the roof.”',
    ].join('\n\n')
    expect(speakersOf(text).slice(-2)).toEqual(['The next was → Gregory N. Hicks', 'The next three → Gregory N. Hicks'])
    const headline = [
      'President Obama and his Republican challenger, former Massachusetts Gov. Mitt Romney, engaged Thursday night in a sometimes spirited, but always cordial, debate.',
      'Update at 10:25 p.m. ET. Romney Says Federal Government Has Role To Play In Education; Obama Says "Budgets Matter"; Romney Raps Obama\'s Priorities:',
      'Obama begins a discussion of entitlements by talking of his grandmother, who was able to remain independent at the end of her life because, he says, "of Social Security and Medicare."',
    ].join('\n\n')
    expect(speakersOf(headline).at(-1)).toBe('of Social Security → Obama')
  })
})

describe('a clause after a partial quotation with a pronoun for its subject', () => {
  it('is the pronoun’s, not the one it acts on (“…, he emailed Secretary of State Mike Pompeo and asked …”)', () => {
    const text = [
      '“I know that members of this committee have frequently framed these complicated issues in the form of a simple question,” Sondland said in his opening statement.',
      'Sondland also said U.S. military assistance to Ukraine was withheld and that in "the absence of any credible" reason for the hold on assistance, he emailed Secretary of State Mike Pompeo and asked if Trump and Zelensky should meet to try to break that "logjam."',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['I know that → Sondland', 'the absence of → Sondland'])
  })
})

describe('a sentence that opens with initials', () => {
  it('is about the person named after them, for a "he" later in it ("U.S. Attorney General Eric Holder, who …, said … he described as")', () => {
    const text = [
      '"It\'s so hard for his mother and father to even deal with the notion that this is what happened," Crump said.',
      'U.S. Attorney General Eric Holder, who ordered a separate federal autopsy of Brown, said it was being performed Monday by a U.S. military medical examiner he described as "one of the most experienced\'\' in the armed forces.',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(["It's so hard → Crump", 'one of the → Eric Holder'])
  })
})

describe('a pronoun before the quotation', () => {
  it('stands for someone named before it, not for whom its own sentence names after it (“… when he said to Sanders, “you don’t have to shout.””)', () => {
    const text = [
      'CNN clearly also wanted the candidates to contrast with each other, and a handful of previously not-so-noticed, more moderate candidates came to play: Representative John Delaney, Montana governor Steve Bullock, former Colorado governor John Hickenlooper, Representative Tim Ryan.',
      'It’s the second debate and already Bernie Sanders is exhausting. Why does he feel the need to shout every single sentence? Every answer, on every topic, he sounded like he wasn’t sure if his microphone was working. (Ryan had an okay delivery of a good line when he said to Sanders, “you don’t have to shout.”) Sanders is the equivalent of getting e-mails from your great-uncle.',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['you don’t have → Tim Ryan'])
  })

  it('stands for the office a clause opening the sentence names (“When the president got to the podium, he turned to Mr. Brooks and said, …”)', () => {
    const text = [
      'Keynote speaker Arthur Brooks, a Harvard University professor, spoke first at the breakfast with President Trump.',
      '“Ask God to take political contempt from your heart,” Mr. Brooks said.',
      'When the president got to the podium, he turned to Mr. Brooks and said, “Arthur, I don’t know if I agree with you.”',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['Ask God to → Arthur Brooks', 'Arthur, I don’t → Trump'])
  })

  it('gives “she” and “he” to no one whose given name is the other gender’s (“Mike Pence”, “Mary Ann Marino”)', () => {
    const ceremony = [
      '“We can go about our lives and hug our families because of the courage and selflessness of your families,” said Mike Pence, who was an Indiana congressman at the time.',
      'Nearly 3,000 people were killed when terrorist-piloted planes slammed into the World Trade Center, the Pentagon and the field in Pennsylvania.',
      'For families like Mary Ann Marino’s, “18 years has not lessened our loss,” she told those gathered at ground zero after she read part of the long list of victims’ names.',
    ].join('\n\n')
    expect(speakersOf(ceremony)).toEqual(['We can go → Mike Pence', '18 years has → Mary Ann Marino'])
    const rule = [
      'Sen. Elizabeth Warren was silenced on the floor for reading a letter by Coretta Scott King.',
      'Sen. Steve Daines, who presided, repeated the words of a staff member reading aloud.',
      '"The rule applies," he said, "to imputing conduct or motive to another senator."',
    ].join('\n\n')
    expect(speakersOf(rule)).toEqual(['The rule applies, → Steve Daines', 'to imputing conduct → Steve Daines'])
  })

  it('reads “the secretary-general” as the office, held by the one the report names with it', () => {
    const text = [
      'U.N. Secretary-General Ban Ki-moon met the foreign ministers in Geneva on Thursday.',
      'The U.N. secretary-general said Friday that he expected "an overwhelming report" that chemical weapons were indeed used on the outskirts of Damascus on Aug. 21.',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['an overwhelming report → Ban Ki-moon'])
  })

  it('takes a name inside the clause a verb of speech reports for no speaker after it (“said the scandal doesn’t … disqualify Christie from running”)', () => {
    const text = [
      'New Jersey Gov. Chris Christie apologized on Thursday for his aides’ lane closures.',
      'As criticisms of Christie’s management style come to the forefront, Christie said, "I am not a bully."',
      'Ron Brownstein, CNN’s senior political analyst and the editorial director for the National Journal, said the scandal doesn’t necessarily disqualify Christie from running for President. But, he said "this is something that’s going to go on."',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['I am not → Chris Christie', 'this is something → Ron Brownstein'])
  })

  it('takes a name after an opening adverb or a title’s word in lower case for the sentence’s subject (“Even President Obama”, “On Tuesday, former President Bill Clinton”)', () => {
    const text = [
      'On Tuesday, former President Bill Clinton, who has been dubbed the explainer in chief for the health law, added his backing.',
      '"I personally believe, even if it takes a change in the law, that the president should honor the commitment," he said in an interview with the online magazine Ozy.com.',
      'Even President Obama himself has hinted that he wants to do something about the problem of people getting their policies canceled.',
      '"I am deeply concerned about it," he told NBC\'s Chuck Todd last week.',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['I personally believe, → Bill Clinton', 'I am deeply → Obama'])
  })

  it('takes a name after an opening clause (“When he arrived …, Francis”) or an article and an adjective (“an emotional McConnell expressed”) for the subject a “he” next stands for', () => {
    const francis = [
      'Pope Francis has used a Fiat to get around this week.',
      '“I think he’s got really good political instincts,” says Terrence Tilley, professor of Catholic theology at Fordham University in New York.',
      'When he arrived in the United States on Tuesday, Francis immediately waded into two of the most divisive political issues in the country: immigration and climate change. “As the son of an immigrant family, I am happy to be a guest in this country,” he told President Obama during the welcome ceremony.',
    ].join('\n\n')
    expect(speakersOf(francis)).toEqual(['I think he’s → Terrence Tilley', 'As the son → Francis'])
    const mcconnell = [
      'Senate Majority Leader Mitch McConnell needed 50 votes.',
      'While an increasingly frustrated McConnell huddled with Senate Majority Whip John Cornyn on the chamber floor, Vice President Mike Pence partook in a lengthy discussion with McCain.',
      'Following its failure, an emotional McConnell expressed his disappointment.',
      '“We thought they deserved better,” he said in his closing remarks on the floor.',
    ].join('\n\n')
    expect(speakersOf(mcconnell)).toEqual(['We thought they → Mitch McConnell'])
  })

  it('takes “they” for the people quoted together just before (“…,” analysts Victor Cha and David Kang wrote)', () => {
    const text = 'North Korea has threatened Seoul.\n\n"The North can fire 500,000 rounds of artillery on Seoul in the first hour of a conflict," analysts Victor Cha and David Kang wrote recently for Foreign Policy magazine. They also note that North Korea has a history of testing new South Korean leaders. "Since 1992, the North has welcomed these five new leaders by disturbing the peace," they wrote.'
    expect(speakersOf(text)).toEqual(['The North can → Victor Cha and David Kang', 'Since 1992, the → Victor Cha and David Kang'])
  })
})

describe('a relative clause after a name, between "who" and the verb', () => {
  it('is the named one’s when its words name no one else (“held by Geithner, who on CNN said:”, “Thucydides, who 2½ millennia ago said”)', () => {
    const text = [
      'Treasury Secretary Timothy Geithner appeared on the Sunday shows.',
      'The speaker described the state of negotiations over the issue as going "nowhere," a much less rosy view than that held by Geithner, who on CNN said: "We\'re far apart still, but I think that we\'re moving closer together."',
      'McMaster, who I first met in Afghanistan while reporting there in 2010, is fond of quoting Thucydides, who 2½ millennia ago said that wars resulted from "fear, honor and interest."',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(["We're far apart → Timothy Geithner", 'fear, honor and → Thucydides'])
  })
})

describe('“his statement”, “her written testimony”', () => {
  it('is the words of the one the pronoun stands for', () => {
    const text = [
      'White House senior adviser Jared Kushner released a statement before his interview with Senate investigators.',
      'Kushner added that he has made it a practice not to appear in the media or "leak information in my own defense."',
      '"I have tried to focus on the important work at hand and serve this President and this country to the best of my abilities," his statement said.',
      'Blasey Ford says Kavanaugh climbed on top of her, tried to take off her clothes, and put his hand over her mouth when she tried to scream for help.',
      '“It was hard for me to breathe, and I thought Brett was accidentally going to kill me,” her testimony says.',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['leak information in → Jared Kushner', 'I have tried → Jared Kushner', 'It was hard → Blasey Ford'])
  })
})

describe('“her attorney”, “his lawyer”', () => {
  it('is someone of theirs the report does not name: no one, not the person the pronoun stands for', () => {
    const text = [
      'At the direction of her attorney, Mike Pence aide Jennifer Williams declined to answer a question from Schiff about a Sept. 18 call between the vice president and Ukraine President Volodymyr Zelensky.',
      '"The September 18 call is classified," said her attorney.',
      'Lt. Col. Alexander Vindman, the Ukraine expert at the National Security Council who became a star witness in the House impeachment hearings on President Trump\'s dealings with the country, was "escorted" out of the White House on Friday, his lawyer said, adding Trump had "decided to exact revenge."',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['The September 18 → null', 'decided to exact → null'])
  })

  it('takes “he” for the person a sentence opened with after a country’s or a network’s possessive (“Jordan’s King Abdullah II urged …”), not for the one quoted before', () => {
    const abdullah = [
      'President Barack Obama called on world leaders to "leave behind those who thrive on conflict, those who reject the right of Israel to exist."',
      '"The road is hard but the destination is clear -- a secure, Jewish state of Israel; and an independent, prosperous Palestine," the U.S. president said.',
      'Jordan\'s King Abdullah II urged both sides to resume full negotiations toward a lasting settlement.',
      '"For almost 65 years, the Palestinian people have been the exception of the U.N. promise," he said.',
    ].join('\n\n')
    expect(speakersOf(abdullah)).toEqual(['leave behind those → Barack Obama', 'The road is → Barack Obama', 'For almost 65 → Abdullah II'])
    const todd = 'Just as the president tries to shift the burden onto Capitol Hill, Mitt Romney directed it back to the White House.\n\n“This has been going on for a lot longer than the crisis in the euro,” he told CNBC in an interview.\n\nMSNBC’s Chuck Todd summed up Obama’s challenge on Friday morning when he called the data “a stomach punch to the White House.”'
    expect(speakersOf(todd)).toEqual(['This has been → Mitt Romney', 'a stomach punch → Chuck Todd'])
  })

  it('takes “he” for one a sentence opened with after what they are (“Vanderbilt University professor Bruce Oppenheimer pointed to …”), not for the one quoted before', () => {
    const text = [
      '“All of that being said, we want to go through the process,” Trump said. He added, “If it takes a little delay, it\'ll take a little delay.”',
      'Vanderbilt University professor Bruce Oppenheimer pointed to a seeming paradox in the Volunteer State: Whoever lost the battle over Kavanaugh’s nomination was more likely to get an electoral boost, he suggested.',
      '“If Republicans go right ahead and confirm him, I think there will be a cost for that to Republicans running for the Senate, because it will activate women who will feel the charges have not been taken seriously enough,” he said.',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['All of that → Trump', 'If it takes → Trump', 'If Republicans go → Bruce Oppenheimer'])
  })
})

