// Who each quotation is attributed to, on short passages of real news reports (from the corpus
// tests/fixtures/quotes/README.md names): where the report names the speaker, the quotation gets that person
// (or body); where it names no one, no one.

import { describe, expect, it } from 'vitest'
import { ledgerSpeakers as speakersOf } from './speakersOf'

describe('attribution', () => {
  it('reads two names a page ran together (a link card) as two, the second starting its own sentence (“Robert (Bob) Swan MuellerSpeier says”)', () => {
    const text = "Former Trump campaign adviser Richard Gates pleaded guilty Friday afternoon as part of a deal with special counsel Robert Mueller Robert (Bob) Swan MuellerSpeier says impeachment inquiry shows 'very strong case of bribery' by Trump Gowdy: I '100 percent' still believe public congressional hearings are 'a circus' Comey: Mueller 'didn't succeed in his mission because there was inadequate transparency' MORE in his investigation into Russian interference in the election."
    // One name, not "Robert (Bob) Swan MuellerSpeier": Speier, who "says". The card’s other headlines are not this test’s.
    expect(speakersOf(text)[0]).toBe('very strong case → Speier')
  })

  it('reads a title and a short surname that end the sentence as the person, not a place’s abbreviation (“said Mr. Pence.”)', () => {
    const text = [
      'Vice President Mike Pence stood on Russia’s doorstep and pledged to NATO’s Baltic members Monday that the Trump administration would be there to confront the threats and intimidation from Moscow.',
      '“Under President Trump, the United States will continue to hold Russia accountable for its actions — and we call on our European allies and friends to do the same,” said Mr. Pence.',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['Under President Trump, → Mike Pence'])
  })

  it('takes “he” for the person a sentence opens with, not a name after a quoted word in mid-sentence (the “balance” Obama wants)', () => {
    const text = 'White House Press Secretary Jay Carney reiterated Monday that Obama believes the only plan that achieves the "balance" Obama wants is the plan the president has put forward. Still, he said, Obama "believes that a deal is possible."'
    expect(speakersOf(text)).toEqual(['believes that a → Jay Carney'])
  })

  it('finds where a sentence starts when a full stop runs into it without a space', () => {
    const text = 'The New York Times is adopting the same position, with executive editor Jill Abramson saying in a statement, "It isn\'t appropriate for us to attend an off-the-record meeting with the attorney general."CNN is declining the invitation as well unless it is on the record, a CNN spokesperson said.The Huffington Post\'s Washington bureau chief, Ryan Grim, also said he would not attend if the meeting is off the record. "A conversation specifically about the freedom of the press should be an open one. We have a responsibility not to betray that," he told CNN.'
    expect(speakersOf(text)).toEqual(["It isn't appropriate → Jill Abramson", 'A conversation specifically → Ryan Grim'])
  })

  it('does not give a man’s words, “Mr. Trump”, to the woman the report names in full as the first lady', () => {
    const text = [
      'First lady Melania Trump also got a rousing ovation when the president gestured to her in the balcony. Standing ovations, however, rarely occurred on either side of the aisle for the rest of the speech.',
      '“Obamacare is collapsing, and we must act decisively to protect all Americans. Action is not a choice; it is a necessity,” said Mr. Trump. “So I am calling on all Democrats and Republicans in Congress to work with us to save Americans from this imploding Obamacare disaster.”',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['Obamacare is collapsing, → Trump', 'So I am → Trump'])
  })

  it('reads a naval officer’s abbreviated ranks as titles before the name', () => {
    const text = 'U.S. special operations forces were helping "move civilians to secured locations as Malian forces clear the hotel of hostile gunmen," said Lt. Cmdr. Anthony Falvo, a spokesman for U.S. Africa Command.'
    expect(speakersOf(text)).toEqual(['move civilians to → Anthony Falvo'])
  })

  it('reads an office-elect or emeritus as a title before the name (“Rep.-elect Alexandria Ocasio-Cortez”, “Archbishop Emeritus Desmond Tutu”), not as part of the name', () => {
    const text = [
      'But key progressives said they’re wary of pay-go rules, because it will make it tougher to pursue ideas such as the Medicare-for-all, government-sponsored health care system that has become a litmus test for liberals.',
      '“We shouldn’t hinder ourselves from the start,” tweeted Rep.-elect Alexandria Ocasio-Cortez, New York Democrat.',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['We shouldn’t hinder → Alexandria Ocasio-Cortez'])
    // So is "Emeritus" after an office.
    const emeritus = [
      'Delivering a short, but roaring blessing, Cape Town\'s Archbishop Emeritus Desmond Tutu, exhorted South Africans to show the same kind of discipline that Mandela showed during his life.',
      '"We promise God we\'re going to follow the example of Nelson Mandela," Tutu said to wrap up the service.',
    ].join('\n\n')
    expect(speakersOf(emeritus)).toEqual(['We promise God → Desmond Tutu'])
  })

  it('counts “asserted” as a verb of speech', () => {
    const text = [
      'Deputy Attorney General Rod Rosenstein okayed special counsel Robert Mueller’s investigation into Paul Manafort for Ukrainian lobbying activities',
      'Mueller also asserted that the payments from the Ukrainian government “has factual links to Russian persons and Russian-associated political actors.”',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['has factual links → Robert Mueller'])
  })

  it('counts “mocked” after a quotation as its verb of speech', () => {
    const text = 'He mocked the environmental proposal called the Green New Deal.\n\n“Darling, is the wind blowing today? I’d like to watch television,” Trump mocked as he cocked his head to look up at the sky.'
    expect(speakersOf(text)).toEqual(['Darling, is the → Trump'])
  })

  it('does not take who obtained a letter for its author (“obtained by POLITICO”), and names no one for a letter from lawmakers the report does not name', () => {
    const text = [
      'In a letter to new FBI Director James Comey, several Republican members of Congress called the Obama administration’s investigation of the 2012 Benghazi attack “unacceptable” and encouraged an “aggressive” investigation.',
      '“It has been more than 10 months since the attacks,” a copy of the letter, obtained by POLITICO, states. “We appear to be no closer to knowing who was responsible today than we were in the early weeks following the attack. This is simply unacceptable.”',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['It has been → null', 'We appear to → null'])
  })

  it('gives a verb joined by “and” the subject of the clause before it', () => {
    const text = [
      'Attorney General Jeff Sessions said Friday he’s determined to eliminate “political bias” from the Justice Department, and said the department must be more open to the kind of criticism it’s facing from Congress right now.',
      'Mr. Sessions said “the vast majority” of employees at Justice, which includes the FBI, are dedicated and patriotic Americans who do quality work. But he signaled the department has strayed from its core mission of fairly enforcing the laws as written by Congress, and said his “purpose every day” is to get it back on track.',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['the vast majority → Jeff Sessions', 'purpose every day → Jeff Sessions'])
  })

  it('takes a titled name at a clause’s head for its subject, not a name later in the clause (“President Trump took to Twitter … to argue”)', () => {
    const text = 'Lawmakers in both parties celebrated reaching a spending deal that would avoid a government shutdown this week, but President Trump took to Twitter on Tuesday morning to argue that the country "needs a good shutdown" to fix Senate rules that require him to negotiate with Democrats.'
    expect(speakersOf(text)).toEqual(['needs a good → Trump'])
  })

  it('gives words brought in by “saying” to whoever issued the statement or update', () => {
    const text = 'Talks had taken numerous twists and turns before Wednesday\'s announcement. The two sides seemed to be getting close to an agreement two weeks ago, but on October 6 the UAW sent an update to membership saying that negotiations had taken a " turn for the worse ."'
    expect(speakersOf(text)).toEqual(['turn for the → UAW'])
  })

  it('gives a statement “from” someone to that person', () => {
    const text = '"Millions of MoveOn members did not work night and day to put President Obama into office so that he could propose policies that would hurt some of our most vulnerable people," read a statement from Anna Galland, executive director of the group.'
    expect(speakersOf(text)).toEqual(['Millions of MoveOn → Anna Galland'])
  })

  it('continues an unnamed speaker into the next paragraph rather than someone quoted before', () => {
    const text = [
      'Rep. Jason Chaffetz, R-Utah, who started the letter along with Sen. Lindsey Graham, R-S.C., told Fox News that the FBI is failing to interview key people connected with the militant group Ansar al-Sharia.',
      '"This is a pathetic effort to bring people to justice," Graham said, in a separate interview with Fox News.',
      'In the draft letter, the lawmakers ask for a status report within 30 days.',
      '"Rumors continue to swirl about the whereabouts of suspects involved in the attack. The FBI continues to add pictures of potential assailants to its website and asks the Libyan people to assist with identifying the alleged perpetrators. We struggle to understand why we don\'t know more about those who attacked two U.S. compounds and murdered four brave Americans," they wrote.',
      '"It has been more than 10 months since the attacks. We appear to be no closer to knowing who was responsible today than we were in the early weeks following the attack. This is simply unacceptable. We encourage you to be aggressive in your investigation to properly hold accountable those who attacked our compounds in Benghazi."',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['This is a → Lindsey Graham', 'Rumors continue to → null', 'It has been → null'])
  })

  it('carries the speaker of a quotation run over two paragraphs to the next one in the paragraph where it ends', () => {
    const text = [
      'Former Vice President Joe Biden on Wednesday said he supports the impeachment of President Trump.',
      '“With his words and his actions, President Trump has indicted himself by obstructing justice, refusing to comply with the congressional inquiry,” Biden said during a campaign event in Rochester, N.H. “He’s already convicted himself.',
      '“In full view of the world and the American people, Donald Trump has violated his oath of office, betrayed this nation and committed impeachable acts,” Biden continued, drawing applause. “To preserve our Constitution, our democracy, our basic integrity, he should be impeached.”',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['With his words → Joe Biden', 'He’s already convicted → Joe Biden', 'To preserve our → Joe Biden'])
  })

  it('attributes a quotation ending in a full stop to a sentence after it that is only an attribution', () => {
    const text = [
      'An estimated 100,000 familes with adults and children have entered the U.S. since the start of last year, according to the Post, though this migration has been overshadowed by a similar surge of unaccompanied minors.',
      '"If individuals come here illegally, do not qualify for asylum or other relief, and have final orders of removal, they will be sent back consistent with our laws and our values.” DHS spokesman Marsha Catron told the Post.',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['If individuals come → Marsha Catron'])
  })

  it('gives a passage after a short line that introduces it (“The Post reports:”) to what that line names', () => {
    const text = [
      '"As Secretary Johnson has consistently said, our border is not open to illegal immigration, and if individuals come here illegally, do not qualify for asylum or other relief, and have final orders of removal, they will be sent back consistent with our laws and our values," Christensen said.',
      'The Post reports:',
      '"The proposed deportations have been controversial inside the Obama administration, which has been discussing them for several months. DHS Secretary Jeh Johnson has been pushing for the moves, according to those with knowledge of the debate, in part because of a new spike in the number of illegal immigrants in recent months. Experts say that the violence that was a key factor in driving people to flee Central America last year has surged again, with the homicide rate in El Salvador reaching its highest level in a generation. A drought in the region has also prompted departures. ... "Although Johnson has signaled publicly for months that Central American families not granted asylum would face deportation, the plan is likely to trigger renewed backlash from Latino groups and immigrant advocates, who have long accused the administration of overly harsh detention policies even as Republicans deride President Obama as soft on border security."',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['As Secretary Johnson → Christensen', 'The proposed deportations → Post'])
  })

  it('gives a memo’s words to who wrote it, past an aside between dashes and a mention that only calls it “the memo”', () => {
    const text = [
      'The deputy attorney general, Rod Rosenstein, explicitly authorized special counsel Robert Mueller to investigate allegations that the former Trump campaign chair Paul Manafort colluded with the Russian government, according to a court filing made late on Monday night.',
      'But in their new filing, prosecutors revealed that Rosenstein – who appointed Mueller after the attorney general, Jeff Sessions, recused himself, over contacts with Russians during the election campaign – wrote a memo last August that outlined the scope of Mueller’s appointment.',
      'The memo, which remains redacted in parts, said that Mueller was empowered to investigate allegations that Manafort “committed a crime or crimes by colluding with Russian government officials” to interfere with the presidential election.',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['committed a crime → Rod Rosenstein'])
  })

  it('gives a memo’s words to who wrote it when the sentence names both: “The memo that Rosenstein wrote …”', () => {
    const text = 'The memo that Rosenstein wrote on August 2 states that Mueller is also authorized to look into charges that Manafort “committed a crime or crimes by colluding with Russian government officials” specifically concerning the 2016 election. None of Manafort’s current charges are related to that investigation—which strongly suggests that Mueller isn’t done with Trump’s former campaign chief.'
    expect(speakersOf(text)).toEqual(['committed a crime → Rosenstein'])
  })

  it('gives words quoted in a sentence that opens by naming a memo to the sentence’s subject, its author', () => {
    const text = [
      'Deputy Attorney General Rod Rosenstein authorized the special counsel’s office to investigate former Trump campaign Chairman Paul Manafort’s Ukrainian lobbying activities as well as possible collusion with Russian government officials, according to a court filing late Monday night.',
      'In the heavily redacted memo, Rosenstein granted Mueller authority to investigate allegations that Manafort “committed a crime or crimes by colluding with Russian government officials” to interfere with the 2016 election as well as crimes “arising out of payments he received from the Ukrainian government before and during the tenure of President Viktor Yanukovych.” (RELATED: Here’s The Indictment Against Paul Manafort And His Associate, Rick Gates)',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['committed a crime → Rod Rosenstein', 'arising out of → Rod Rosenstein'])
  })

  it('reads “the President-elect” as an office, not an organisation', () => {
    const text = [
      'At the same time, Putin laid the onus of action on incoming President Donald Trump.',
      'The claim was demonstrably false -- the grousing had begun well before November 8 -- but made clear how Trump perceives the question. In his Thursday statement, the President-elect was more reserved and revealed he would, "in the interest of our country and its great people," take a meeting with "leaders of the intelligence community next week in order to be updated on the facts of this situation."',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['in the interest → Donald Trump', 'leaders of the → Donald Trump'])
  })

  it('takes “the Vermont Democrat” for the legislator the report was speaking of', () => {
    const text = [
      'Senate Judiciary Committee Chairman Patrick Leahy said he would ask for an administration briefing on the program because millions of U.S. residents could have had their communications monitored daily.',
      '"I will be asking whether this report is accurate, what legal authority the government is using, and how they are protecting the privacy rights of law-abiding Americans," the Vermont Democrat said.',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['I will be → Patrick Leahy'])
  })

  it('does not take someone named later in the sentence that brought a letter in for its author', () => {
    const text = 'More than 1,100 former prosecutors and officials at the Department of Justice called on Attorney General Bill Barr to resign Sunday after he intervened in the case of Roger Stone to reduce the recommended sentence of President Trump’s longtime friend and quasi-adviser. The former DOJ employees expressed outrage in an open letter at Barr’s intervention after Trump tweeted his disapproval of the nine-year sentence recommended by prosecutors in the case where Stone had been convicted of seven felonies. “Mr. Barr’s actions in doing the President’s personal bidding… and the damage they have done to the Department of Justice’s reputation for integrity and the rule of law, require Mr. Barr to resign,” the letter reads.'
    expect(speakersOf(text)).toEqual(['Mr. Barr’s actions → null'])
  })

  it('reads a verb’s form after its owner as a noun when a verb of speech comes before it (“described Trump’s tweets as”), and as its owner’s words when none does', () => {
    const described = [
      'Stormy Daniels was paid $130,000 before the election.',
      'Daniels’ lawyer, Michael Avenatti, described Trump’s tweets as “a stunning revelation”.',
      'Vindman’s attorney, David Pressman, called Trump’s claims about Vindman "obviously false," adding that "they conflict with the clear personnel record."',
    ].join('\n\n')
    expect(speakersOf(described)).toEqual(['a stunning revelation → Michael Avenatti', 'they conflict with → David Pressman'])
    const alone = 'Mitt Romney spoke in Virginia on Wednesday.\n\nRomney largely stayed away from the controversy surrounding his claims on Tuesday that the Obama administration made statements "akin to an apology."'
    expect(speakersOf(alone)).toEqual(['akin to an → Mitt Romney'])
  })

  it('takes no one a relative clause names for the subject it describes (“The editors of the Verge, where Jeong still works,”)', () => {
    const text = [
      'The newspaper hired Sarah Jeong this week.',
      'The editors of the Verge, where Jeong still works, described any assertion of racism in Jeong’s tweets as “dishonest and outrageous,” a function of bad faith.',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['dishonest and outrageous, → Verge'])
  })

  it('reads a name whose description runs long before the verb after the quotation (“…,” Democratic Sen. Patrick Leahy of Vermont, a longtime member …, told NPR), and no name in words that go on past another clause to a verb', () => {
    const leahy = '"I\'d have the professionals go in there, seek corroborating evidence, talk to the people involved, certainly talk to the third person who they claimed was there, and that hasn\'t been done," Democratic Sen. Patrick Leahy of Vermont, a longtime member of the Judiciary Committee and a former chairman, told NPR\'s Morning Edition. "This might take a week or two to get all of this together, but what difference does one or two weeks make when you\'re talking about a lifetime appointment?"'
    expect(speakersOf(leahy)).toEqual(['I\'d have the → Patrick Leahy', 'This might take → Patrick Leahy'])
    const carson = 'Carson wandered into a word salad in one answer about how to deal with Russia ("Putin is a one-horse country: oil and energy") and at the end of the debate -- instead of giving a closing statement -- oddly recited the preamble to the Constitution and said "Folks, it\'s not too late. Enough said."'
    expect(speakersOf(carson).some((line) => line.endsWith('Constitution'))).toBe(false)
  })

  it('reads the person a body’s name describes after the verb (“said University of Richmond law professor Carl Tobias”, “says the University of Virginia’s Professor Lawless”), not the body’s first word; and not a body after a name (“said Steve Aftergood of the Federation for American Scientists”)', () => {
    const tobias = '"I think [the state] will make that argument and say it was narrower. I don’t know whether they\'ll win on that or not," said University of Richmond law professor Carl Tobias. "It\'s an arguable argument to be made on the breadth of Grimm."'
    expect(speakersOf(tobias)).toEqual(['I think [the → Carl Tobias', 'It\'s an arguable → Carl Tobias'])
    const stein = '“No amount of top-down gun control is going to stop a determined killer — whether it’s from human error or from killers stealing their weapons,” said Gun Owners of America spokesman Jordan Stein.'
    expect(speakersOf(stein)).toEqual(['No amount of → Jordan Stein'])
    const lawless = '“The women being called in are not administrative assistants who might have heard something” but accomplished experts, says Jennifer Lawless, a professor of politics at the University of Virginia.\n\n“If we think of impeachment as the biggest, or most significant, check that Congress has on the executive branch, then we have a woman orchestrating that check,” says the University of Virginia’s Professor Lawless. “That’s not something we’ve seen before.”'
    expect(speakersOf(lawless)).toEqual(['The women being → Jennifer Lawless', 'If we think → Jennifer Lawless', 'That’s not something → Jennifer Lawless'])
    const aftergood = '“This is unusual and contrary to FBI policy, which requires that all records be preserved unless they are specifically cleared for disposal,” said Steve Aftergood of the Federation for American Scientists.'
    expect(speakersOf(aftergood)).toEqual(['This is unusual → Steve Aftergood'])
  })

  it('reads what an office is of as part of it, up to the holder’s name (“Chief of Staff John Kelly”, “Secretary of Homeland Security Kirstjen Nielsen”), not a place after a name or a party (“Rep. Steve King of Iowa”, “Republican of South Carolina”)', () => {
    const kelly = 'After his State of the Union address on Tuesday night, Trump told Rep. Jeff Duncan (R-SC) he would “100 percent” make the memo public in the coming days. And on Wednesday, Chief of Staff John Kelly told Fox News Radio that the memo “will be released here pretty quick, I think, and the whole world can see it.”'
    expect(speakersOf(kelly)).toEqual(['will be released → John Kelly'])
    const nielsen = 'Secretary of Homeland Security Kirstjen Nielsen on Wednesday called the death on Christmas Eve of an 8-year-old Guatemalan boy in federal detention a "deeply concerning and heartbreaking" tragedy.'
    expect(speakersOf(nielsen)).toEqual(['deeply concerning and → Kirstjen Nielsen'])
    const king = 'Rep. Steve King of Iowa, a leading GOP foe of Democratic proposals for immigration reform, threatened to file a lawsuit asking the courts to stop Obama "from implementing his unconstitutional and unlawful policy."'
    expect(speakersOf(king)).toEqual(['from implementing his → Steve King'])
    const graham = 'Senator Lindsey Graham , Republican of South Carolina , who had said early Sunday that he thought a deal was within reach, said later on his Twitter feed, “I think we’re going over the cliff.”'
    expect(speakersOf(graham)).toEqual(['I think we’re → Lindsey Graham'])
  })

  it('leaves unnamed someone described, not named, with where they work after the description (“what a top Russia expert at the White House called, “…””)', () => {
    const errand = 'Instead of working in the best interests of the United States, the officials said, Trump\'s lieutenants were dispatched around the world to carry out what a top Russia expert at the White House called, "a domestic political errand" on the president\'s own behalf.'
    expect(speakersOf(errand)).toEqual(['a domestic political → null'])
  })

  it('takes a state’s office (“the Florida senator”) for one the report names with that state, not for any senator', () => {
    const text = [
      'The GOP contenders are barnstorming the Hawkeye State Friday on the heels of the Fox News/Google debate, where Trump’s absence put a spotlight on candidates like Ted Cruz and Marco Rubio.',
      'Bush and Kentucky Sen. Rand Paul, in particular, were getting high marks Friday from analysts.',
      'In their most heated exchange, Rubio accused Cruz of falsely describing himself as the most conservative candidate, and changing his position on immigration.',
      '“This is the lie that Ted’s campaign is built on,” the Florida senator said.',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['This is the → Marco Rubio'])
  })

  it('reads the subject after a verb of speech that opens its clause before the quotation (“But, said legal director Liz Avore, “…””), or that a clause sets off by commas (“…, says Fred Shapiro, editor of …, but”)', () => {
    const avore = 'In an interview, Everytown officials couldn’t confirm whether the White House was heeding their advice. But, said legal director Liz Avore, “Any kind of clarification would be beneficial in this context because right now most sellers and prosecutors are kind of flying blind.”'
    expect(speakersOf(avore)).toEqual(['Any kind of → Liz Avore'])
    const shapiro = 'The speech may have been lacking in specific sound bites, says Fred Shapiro, editor of the Yale Book of Quotations, but it served up an "eloquence of evocativeness and overall tone."'
    expect(speakersOf(shapiro)).toEqual(['eloquence of evocativeness → Fred Shapiro'])
    const clinton = 'President Bill Clinton spoke after the choir.\n\nThe choice from 50 years ago, said Clinton, remains the same today: "cooperate and thrive or fight with each other and fall behind."'
    expect(speakersOf(clinton)).toEqual(['cooperate and thrive → Bill Clinton'])
    const dershowitz = 'Trump’s lawyer Alan Dershowitz spoke on Monday.\n\nSaid Dershowitz on the impeachment charges sent to the Senate by House Democrats: "This is a realistic threat to all future presidents."'
    expect(speakersOf(dershowitz)).toEqual(['This is a → Alan Dershowitz'])
  })

  it('gives the words of a claim after “that”, or of a promise, to the one whose claim or promise it is (“Trump’s argument that the probe is a “…””, “his promise to “…””)', () => {
    const argument = 'Paul Manafort was convicted on eight counts.\n\nThe convictions make it harder than ever for Trump’s argument that the probe is a “rigged witch hunt” to gain traction beyond his hardcore base of support.'
    expect(speakersOf(argument)).toEqual(['rigged witch hunt → Trump'])
    const promise = 'Others have criticized the seriousness with which President Obama has sought to follow through on his promise to “bring to justice the killers” who carried out the attack.'
    expect(speakersOf(promise)).toEqual(['bring to justice → Obama'])
  })

  it('takes “America’s top diplomat” for the holder of that office, not for America, and a name’s tweets for its own', () => {
    const text = [
      'Secretary of State Mike Pompeo spoke in California on Sunday.',
      'America’s top diplomat was particularly barbed in his remarks about the ayatollahs, saying they “are in on the act, too”.',
      '“The level of corruption and wealth among regime leaders shows that Iran is run by something that resembles the mafia,” he said.',
      'Trump’s first tweets last Monday pointed out that the territory “was already suffering from broken infrastructure & massive debt”.',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['are in on → null', 'The level of → Mike Pompeo', 'was already suffering → Trump'])
  })

  it('takes no dateline’s place for the subject of a participle that opens the story (“Damascus, Syria (CNN) -- Saying “…””)', () => {
    const text = 'Damascus, Syria (CNN) -- Saying "there is no doubt who is responsible for this heinous use of chemical weapons," Vice President Joe Biden signaled Tuesday that the United States was ready to respond.'
    expect(speakersOf(text)).not.toContain('there is no → Damascus')
    expect(speakersOf(text)).toHaveLength(1)
  })

  it('reads “States” right before the quotation in “a United States “…”” as part of a name, not a verb of speech', () => {
    const text = 'Mitt Romney spoke in Virginia.\n\nDuring his speech in Virginia, Romney reiterated a general vision of a United States "that\'s strong, that helps lead the world."'
    expect(speakersOf(text)).toEqual(["that's strong, that → Mitt Romney"])
  })

  it('reads the whole name right before a participle (“with Associate Justice Samuel Anthony Alito Jr. noting”)', () => {
    const text = 'Even the brief history of gay marriage was delved into, with Associate Justice Samuel Anthony Alito Jr. noting that such nuptials are “newer than cellphones or the Internet,” while others listened.'
    expect(speakersOf(text)).toEqual(['newer than cellphones → Samuel Anthony Alito Jr.'])
  })

  it('takes no name in the rest of the quotation’s clause for the subject of the verb after it (“who has said the “…” with the North is over, suggested”)', () => {
    const north = 'President Trump spoke on Monday.\n\nThe president, who has said the “era of strategic patience” with the North is over, suggested that regional allies now have a greater incentive.'
    expect(speakersOf(north)).toEqual(['era of strategic → Trump'])
    const silvia = '“This is a major disappointment. There was major weakness in construction,” an industry that had seen unusual job gains in the winter because of mild weather, said John Silvia, chief economist at Wachovia Securities.'
    expect(speakersOf(silvia)).toEqual(['This is a → John Silvia'])
  })
})
