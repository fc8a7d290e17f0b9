// Words that look like names in capitals and are not, or are only part of one: middle initials that are also
// words, a title's word that is a middle name or before a suffix, a nation's or a faith's word, a time zone,
// a contraction, a direction, an organisation's name with "of", a possessive after a verb of speech. On short
// passages of real news reports (the corpus tests/fixtures/quotes/README.md names).

import { describe, expect, it } from 'vitest'
import { ledgerSpeakers as speakersOf } from './speakersOf'

describe('names with words inside them that are words of their own', () => {
  it('keeps a middle initial that is also a word in the name (“House Speaker John A. Boehner”)', () => {
    const text = [
      'House Speaker John A. Boehner, Ohio Republican, said next month he will hold a vote to extend current tax rates, a move he says would help create a better environment for job creation.',
      '“With these looming tax hikes and the regulations coming out of Washington, we have frozen employers in place,” he said.',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['With these looming → John A. Boehner'])
  })

  it('reads “King” before a suffix as the surname (“Martin Luther King Jr.”), and as a middle name after a first name (“Christine King Farris”)', () => {
    const text = [
      'Standing on the spot where the Rev. Martin Luther King Jr. famously urged Americans not to judge one another by the color of their skin, President Obama said Wednesday that Americans must press on.',
      'Mr. Clinton noted that King urged the crowd in 1963 “to reach across the racial divide.”',
      'King’s sister, Christine King Farris, 85, said she was “awestruck” by her brother’s speech in 1963.',
      '“On that day, Martin achieved greatness,” she said, urging the crowd to carry forward the dream.',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['to reach across → Martin Luther King Jr.', 'On that day, → Christine King Farris'])
  })

  it('leaves a king with his country an office (“Saudi King Salman”) and a judge with the court’s (“District Judge Paul Friedman”)', () => {
    const text = [
      'Saudi King Salman said the kingdom “will not accept any interference in its internal affairs.”',
      'U.S. District Judge Paul Friedman wrote that the rule “cannot stand as written.”',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['will not accept → Salman', 'cannot stand as → Paul Friedman'])
  })

  it('takes a title in the plural off the names after it (“former Presidents Jimmy Carter and Bill Clinton”)', () => {
    const text = 'Former Presidents Jimmy Carter and Bill Clinton attended. “We have come a long way,” Carter said.'
    expect(speakersOf(text)).toEqual(['We have come → Jimmy Carter'])
  })

  it('keeps “of” in an organisation’s name (“The Department of Defense declared”)', () => {
    const text =
      'The Department of Defense declared Thursday there will be “no modifications to the current policy” on transgender service members for now, a day after President Trump issued a surprise directive.'
    expect(speakersOf(text)).toEqual(['no modifications to → Department of Defense'])
  })
})

describe('names with an article joined to the surname', () => {
  it('reads “Bashar al-Assad” whole, and “al-Assad” or “Assad” alone as him', () => {
    const text = [
      'Wassim al-Ahmad, a member of the Moadamiyeh local council, said five U.N. investigators eventually arrived at a makeshift hospital in the suburb.',
      '“They are late; they came six days late,” he told AP via Skype from Moadamiyeh.',
      'Syrian President Bashar al-Assad spoke on state television on Monday.',
      'Later al-Assad said the strikes were “a desperate attempt to cover up the failures of the rebels,” and Assad added that nothing had changed.',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['They are late; → Wassim al-Ahmad', 'a desperate attempt → Bashar al-Assad'])
  })
})

describe('capitals that name no one', () => {
  it('leaves someone described by their country or its initials unnamed (“a senior Ukrainian security official said”, “a U.S. defense official said”), not the person quoted before nor the country', () => {
    const text = [
      '“They were tasked with seizing the buildings,” said Vitaly Yarema, the first deputy prime minister.',
      '"The fact that the Russians have woken up these networks is evidence that we\'re dealing with a serious operation, not a game," a senior Ukrainian security official said.',
      'He was discharged from the Navy following a "pattern of misconduct," a U.S. defense official said.',
      '"We have, unfortunately, very little to show for it," said a US official who briefed reporters on condition of anonymity.',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['They were tasked → Vitaly Yarema', 'The fact that → null', 'pattern of misconduct, → null', 'We have, unfortunately, → null'])
  })

  it('leaves “one Chinese official” and “a second European official said that” unnamed, not a name earlier in the sentence', () => {
    const text = [
      'Xi and Trump unveiled more than $250bn in economic deals, a move one Chinese official hailed as “truly a miracle”, but which sceptics doubt.',
      'A second European official said that “they will threaten, they will try to divide NATO, they’ll do anything but stay quiet.”',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['truly a miracle → null', 'they will threaten, → null'])
  })

  it('takes no word for the followers of a faith’s politics for a name (“Islamists warn of ‘harsh and painful’ response”)', () => {
    const text = [
      '"Avenging Egyptian blood and punishing criminals and murderers is our right and duty," the Egyptian military said in a statement that was broadcast on state television.',
      "Islamists warn of 'harsh and painful' response",
    ].join('\n\n')
    expect(speakersOf(text).at(-1)).toBe('harsh and painful → null')
  })

  it('reads past a faith’s word to the speaker (“Trump began by deploring attacks on Jewish cemeteries, … describing the US as …”)', () => {
    const text =
      'Trump began by deploring attacks on Jewish cemeteries and an apparently racist murder in Kansas, describing the US as a country divided on policies but “united in condemning hate and evil in all its forms”.'
    expect(speakersOf(text)).toEqual(['united in condemning → Trump'])
  })

  it('takes no time zone for an organisation (“At 6:30 p.m. ET - The embassy then tweeted”)', () => {
    const text =
      'At 6:30 p.m. ET - The embassy then tweeted about its earlier statement: "This morning\'s condemnation (issued before protests began) still stands. As does our condemnation of unjustified breach of the Embassy."'
    expect(speakersOf(text)).toEqual(["This morning's condemnation → null"])
  })

  it('takes no contraction or opening participle for a name (“Having volunteered …, West said”, “I’m watching …”)', () => {
    const text = [
      'Gary West, a Sanders supporter and delegate from Texas, said the email leaks revealed “a major bias in the party”. Having volunteered out of pocket to organize for Sanders across the country, West said he had not yet warmed up to Clinton and the controversy “made it more difficult”.',
      "I'm watching MSNBC as I write this, and I just heard Lawrence O'Donnell say the following:",
      '"The Constitution anticipated this. The Founding Fathers anticipated Donald Trump."',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['a major bias → Gary West', 'made it more → Gary West', "The Constitution anticipated → Lawrence O'Donnell"])
  })

  it('reads “the North” and “38 North” as places, but a direction opening a clause as a surname', () => {
    const text =
      'While the regime has long pursued nuclear weapons, the test Tuesday was “far more successful than expected,” U.S. missile specialist John Schilling of the North Korean monitoring program 38 North told the Reuters news agency.'
    expect(speakersOf(text)).toEqual(['far more successful → John Schilling'])
  })
})

describe('a possessive after a verb of speech', () => {
  it('is whom the words are about (“…,” and said Bryson’s “health-related” issues), unless an office and a name follow it (“said Reagan’s 1984 campaign manager Ed Rollins”)', () => {
    const text = [
      'White House Press Secretary Jay Carney, asked Monday afternoon about the accidents, said "we\'re obviously concerned about the incident," and said Bryson\'s "health-related" issues "played a role."',
      '“I’m very glad this happened after Mrs. Reagan passed on,” said Reagan’s 1984 campaign manager Ed Rollins, referencing the death of Nancy Reagan in March.',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(["we're obviously concerned → Jay Carney", 'played a role. → Jay Carney', 'I’m very glad → Ed Rollins'])
  })
})

describe('cards of links kept in a page’s text', () => {
  it('names the person before a card by the name given there (“Attorney General Jeff Sessions Jefferson (Jeff) Beauregard SessionsMedill dean …”)', () => {
    const text = [
      "Attorney General Jeff Sessions Jefferson (Jeff) Beauregard SessionsMedill dean 'deeply troubled by the vicious bullying and badgering' of student journalists Trump has considered firing official who reported whistleblower complaint to Congress: report Northwestern student paper apologizes for coverage of 'traumatic' Jeff Sessions event MORE on Friday pledged to fight bias at the Justice Department as some Republicans raise concerns about political prejudice among the ranks of the FBI.",
      'In a speech to law enforcement officials in Norfolk, Va., Sessions said his mission was simply to enforce the law and vowed to root out political bias among federal law enforcement.',
      '"It means absolutely eliminating political bias or favoritism — in either direction — from our investigations and prosecutions," Sessions said.',
    ].join('\n\n')
    expect(speakersOf(text).at(-1)).toBe('It means absolutely → Jeff Sessions')
  })

  it('reads a name whose capitals are its own before a card (“Patrick McHenry Patrick Timothy McHenryHouse passes …”) and the verb after the card, however long it is', () => {
    const text =
      '"We want to get clarity on the president’s position on this bill,” chief Deputy Whip Patrick McHenry Patrick Timothy McHenryHouse passes bill to protect cannabis industry access to banks, credit unions Manufacturing group leads coalition to urge Congress to reauthorize Ex-Im Bank Hasan Minhaj tells Congress: Student loan debt is \'sidelining millions of Americans\' MORE (R-N.C.) told reporters. “Republicans are not going to take on immigration without the support and endorsement of President Trump.”'
    expect(speakersOf(text)).toEqual(['We want to → Patrick McHenry', 'Republicans are not → Patrick McHenry'])
  })

  it('takes no one named in a card for someone the report names by surname (“Facebook’s Libra Trump has considered …” is a link)', () => {
    const text = [
      'Trump told The Wall Street Journal on Wednesday that he considers Brennan and other former intelligence officials whose clearances he\'s considering revoking among the leaders of the investigation.',
      "The names included former FBI Director James Comey James Brien ComeyThere are poor ideas, bad ones and Facebook's Libra Trump has considered firing official who reported whistleblower complaint to Congress: report Broadcast, cable news networks to preempt regular programming for Trump impeachment coverage MORE, former National Security Agency Director Michael Hayden and others.",
      '“I don’t trust many of those people on that list,” Trump told the Journal. “I think that they’re very duplicitous. I think they’re not good people.”',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['I don’t trust → Trump', 'I think that → Trump'])
  })
})

describe('documents, datelines and family', () => {
  it('gives a report’s words, by a part of it (“the report’s introduction says”), to whoever released it after the dateline (“WASHINGTON – The House Judiciary Committee released the full report”)', () => {
    const text = [
      'WASHINGTON – The House Judiciary Committee released the full report early Monday from the inquiry that led it to approve two articles of impeachment against President Donald Trump in a party-line vote last week.',
      'The 658-page report was made public days before articles of impeachment accusing Trump of abuse of power and obstruction of Congress are to come before the House floor for a vote.',
      '"The first article charges that the President used the powers of his office to solicit and pressure a foreign government, Ukraine, to investigate his domestic political rival," the report\'s introduction says.',
      'The report says Trump is "engaged in a pattern of misconduct that will continue if left unchecked"; therefore, the committee had to act before the 2020 election.',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['The first article → House Judiciary Committee', 'engaged in a → House Judiciary Committee'])
  })

  it('takes a surname alone for the one the report names as themselves before their family (“The president’s elder daughter and senior adviser, Ivanka Trump”)', () => {
    const text = [
      'President Trump signed an executive order on Wednesday, and a White House official said that first lady Melania Trump had urged him to act.',
      'The president’s elder daughter and senior adviser, Ivanka Trump, also welcomed the order.',
      'The president himself noted while signing the executive order that he “didn’t like the sight or the feeling of families being separated.”',
      'The Memo is a reported column primarily focused on Donald Trump’s presidency.',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['didn’t like the → Donald Trump'])
  })

  it('reads “Admiral” as a title and “Late Thursday” as no one', () => {
    const text = [
      'Late Thursday, retired Admiral William McRaven wrote to the president about his decision.',
      '“Through your actions, you have embarrassed us in the eyes of our children,” McRaven wrote.',
      'Late Thursday, a dozen former senior intelligence officials came to Brennan\'s defense, issuing a joint statement calling the decision "an attempt to stifle free speech."',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['Through your actions, → William McRaven', 'an attempt to → null'])
  })
})

describe('attributions that name the one spoken to, or no one', () => {
  it('reads an attribution whose space before the day was lost (“he saidTuesday”)', () => {
    const text = [
      'Mr. Trump was also asked about quotes from a 2008 CNN interview in which he said the effort to impeach him was “nonsense.”',
      '“Well, you know, I tell this to everybody…I’m dubbed as a world-class businessman, which, frankly, that’s what I am,” he saidTuesday.',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['Well, you know, → Trump'])
  })

  it('gives “the statement continued” to the statement the report brought in, not to one the quoted words speak of', () => {
    const text = [
      'John McCain came out with a blistering statement against Donald Trump on Monday over the Republican nominee’s attacks on the family of Army Capt. Humayun Khan.',
      '"In recent days, Donald Trump disparaged a fallen soldier’s parents,” McCain said in the statement. “I cannot emphasize enough how deeply I disagree with Mr. Trump’s statement.”',
      '“In the end, I am morally bound to speak only to the things that command my allegiance,” the statement continued.',
    ].join('\n\n')
    expect(speakersOf(text).at(-1)).toBe('In the end, → John McCain')
  })

  it('takes no one told the words for their speaker (“the deputy campaign manager told host Bob Shieffer”)', () => {
    const text = [
      'Ms. Cutter, appearing Sunday on CBS’ “Face the Nation,” echoed the president’s comments.',
      '“[Romney] is not going to get an apology,” the deputy campaign manager told host Bob Shieffer.',
    ].join('\n\n')
    expect(speakersOf(text)).not.toContain('[Romney] is not → Bob Shieffer')
  })

  it('leaves “one House Republican aide told CNN” and “a White House official said” unnamed', () => {
    const text = [
      '"And you\'re their star witness?" Jordan asked.',
      '"That Jordan moment was big," one House Republican aide told CNN. "Hammers home our message in a nutshell."',
      'Trump vowed to renegotiate the deal, though a White House official said what a renegotiated deal would look like is "up to the president" and provided no details.',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(["And you're their → Jordan", 'That Jordan moment → null', 'Hammers home our → null', 'up to the → null'])
  })
})

describe('a sentence that opens on a participle of speech', () => {
  it('gives the quotation to the subject named after it (“Saying that Fox News “…,” President Donald Trump slammed the network”)', () => {
    const text = [
      "WASHINGTON – Saying that Fox News \"isn't working for us anymore,\" President Donald Trump slammed the network Wednesday for its coverage.",
      'Declaring “the time for small thinking is over,” Trump appealed to the country to “believe, once more, in America.”',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(["isn't working for → Donald Trump", 'the time for → Donald Trump', 'believe, once more, → Donald Trump'])
  })
})

describe('a page’s own words run into the text', () => {
  it('takes no “JUST WATCHED” before a video’s title for part of a name', () => {
    const text = [
      'JUST WATCHED Romney targets Obama immigration move Replay More Videos ... MUST WATCH Romney targets Obama immigration move 00:52',
      'Presidential candidate Mitt Romney told reporters that the issue needs more substantive action than an executive order.',
      'As president, Romney said, he would seek to provide "certainty and clarity for people who come into this country through no fault of their own."',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['certainty and clarity → Mitt Romney'])
  })
})

describe('verbs that greet what happened in the speaker’s own words', () => {
  it('gives “cheered the “…”” and “welcomed the move on Twitter: “…”” to their subject', () => {
    const text = [
      'Jared Bernstein, an economist who worked for the Obama administration earlier in the president’s term, cheered the “nice pop on payrolls” but cautioned not to read too much into a single month.',
      'Pompeo, who arrived in the UAE from Saudi Arabia on Thursday for talks with Abu Dhabi\'s crown prince, welcomed the move on Twitter: "Recent events underscore the importance of protecting global commerce."',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['nice pop on → Jared Bernstein', 'Recent events underscore → Pompeo'])
  })
})

describe('a card of links between a name and its verb', () => {
  it('reads the name before the card as the subject, and the card’s own headlines as no one’s words for the next pronoun', () => {
    const text = [
      'Still, lawmakers overall appear more cautious in celebrating the meeting as a sign of change.',
      "Sen. Cory Gardner Cory Scott GardnerTariffs threaten 1.5M jobs: Study This week: House kicks off public phase of impeachment inquiry Progressive veterans group launches campaign labeling Trump as a 'national security threat' MORE (R-Colo.), who pressed the Trump administration to increase pressure on Pyongyang ahead of last year’s inauguration, said Sunday that he would like to see more from North Korea before Trump and Kim meet.",
      "“Well I'd like to see some concrete steps, more than just a cessation of testing because you can still do computer modeling,” he told CBS.",
    ].join('\n\n')
    expect(speakersOf(text).at(-1)).toBe("Well I'd like → Cory Gardner")
  })

  it('takes a state in brackets after the card for no part of the name (“Sen. Jon Tester … MORE (Mont.), the panel’s ranking Democrat, said”)', () => {
    const text =
      "Sen. Jon Tester Jonathan (Jon) TesterVeterans face growing threat from online disinformation Overnight Defense: Protests at Trump's NYC Veterans Day speech MORE (Mont.), the panel's ranking Democrat, said in a statement that they were delaying the hearing because of \"new information presented to the committee\" about Jackson."
    expect(speakersOf(text)).toEqual(['new information presented → Jon Tester'])
  })

  it('reads a given name or a surname that the report also writes as a word as part of the name (“Bill Clinton” beside “my bill”, “Susan Rice” and “Rice said” beside “rice”)', () => {
    const clinton = [
      'Sen. Mary Landrieu said that was the single focus of her bill.',
      'On Tuesday, former President Bill Clinton, who’s been dubbed the explainer in chief for the health law, added his backing.',
      '"I personally believe, even if it takes a change in the law, that the president should honor the commitment," he said in an interview.',
    ].join('\n\n')
    expect(speakersOf(clinton)).toEqual(['I personally believe, → Bill Clinton'])
    const rice = [
      'National security adviser Susan Rice met the delegation, which had brought gifts of rice and tea.',
      '"We will not be drawn into a debate about the sanctions at this stage," Rice said.',
    ].join('\n\n')
    expect(speakersOf(rice)).toEqual(['We will not → Susan Rice'])
  })

  it('reads a surname that is also a month and a verb as the person the report named in full (“Theresa May” … “May said”, “Mrs. May”, “she” after “May defended”)', () => {
    const text = [
      'Prime Minister Theresa May will step down as Conservative Party leader June 7. It may take weeks to choose a successor.',
      '“I have done my best,” May said in a speech outside 10 Downing St.',
      'In her farewell speech, May defended her record.',
      '“I have done everything I can to convince MPs to back that deal,” she said.',
      '“We will not be cowed,” Mrs. May said.',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['I have done → Theresa May', 'I have done → Theresa May', 'We will not → Theresa May'])
    // And in a report that never writes "may" in lower case.
    const summit = 'British Prime Minister Theresa May said Saturday that the European Union will impose countermeasures.\n\n"We have a very good relationship with President Trump," May said.'
    expect(speakersOf(summit)).toEqual(['We have a → Theresa May'])
  })

  it('reads a name that opens its sentence with its particle in lower case (“de Blasio spoke … and called the murder “…””)', () => {
    const text = 'New York Mayor Bill de Blasio met the union leaders.\n\nOn the night of the murders, de Blasio spoke in support of the police force and called the murder "an attack on everything we hold dear."'
    expect(speakersOf(text)).toEqual(['an attack on → Bill de Blasio'])
  })
})
