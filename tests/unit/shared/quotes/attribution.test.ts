// Who each quotation is attributed to, on short reports written to show one rule each: where the report
// names the speaker, the quotation gets that person (or body); where it names no one, no one.

import { describe, expect, it } from 'vitest'
import { ledgerSpeakers as speakersOf } from './speakersOf'

describe('attribution', () => {
  it('reads two names a page ran together (a link card) as two, the second starting its own sentence', () => {
    const text = [
      'The budget office under director Nora Bellamy Nora (Nell) Ann BellamyHarlan says the plan is "a tax on every family in the state" as the vote nears.',
      'Bellamy has said the office will publish its own figures on Friday.',
    ].join('\n\n')
    // Not "Nora Ann BellamyHarlan", nor the card’s "Ann Bellamy" for Bellamy: Harlan, who "says".
    expect(speakersOf(text)).toEqual(['a tax on → Harlan'])
  })

  it('reads a title and a short surname that end the sentence as the person, not a place’s abbreviation', () => {
    const text = [
      'Vice President Karen Holt toured the flooded valley on Monday.',
      '“We will not leave these towns to rebuild on their own,” said Ms. Holt.',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['We will not → Karen Holt'])
  })

  it('takes “he” for the person a sentence opens with, not a name after a quoted word in mid-sentence', () => {
    const text = [
      'Press Secretary Paul Dorsey repeated on Monday that the mayor wants the "balance" Grant Avery has asked for.',
      'Still, he said, the mayor "thinks that a compromise is close."',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['thinks that a → Paul Dorsey'])
  })

  it('finds where a sentence starts when a full stop runs into it without a space', () => {
    const text =
      'The editor Carla Monti said in a statement, "We will not attend a meeting held in secret."The Chronicle’s bureau chief, Victor Lang, also said he would not go. ' +
      '"A meeting about the freedom of the press should be open to all," he told reporters.'
    expect(speakersOf(text)).toEqual(['We will not → Carla Monti', 'A meeting about → Victor Lang'])
  })

  it('does not give a man’s words, “Mr. Reyes”, to the woman the report names in full as his wife', () => {
    const text = [
      'Governor Reyes spoke for an hour. His wife Elena Reyes sat in the front row.',
      '“The time for small plans is over and the work starts tomorrow,” said Mr. Reyes.',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['The time for → Reyes'])
  })

  it('reads a naval officer’s abbreviated ranks as titles before the name', () => {
    const text = 'Troops were helping “move families to safer ground before the river crests,” said Lt. Cmdr. Hannah Voss, a spokeswoman for the command.'
    expect(speakersOf(text)).toEqual(['move families to → Hannah Voss'])
  })

  it('counts “asserted” as a verb of speech', () => {
    const text = 'The prosecutor Dana Whitlock also asserted that the transfers “have clear links to the shell companies in Cyprus.”'
    expect(speakersOf(text)).toEqual(['have clear links → Dana Whitlock'])
  })

  it('does not take who obtained a letter for its author, and names no one for a letter no one signed', () => {
    const text = [
      'Several members of the county board sent a letter to the new police chief on Tuesday.',
      '“It has been more than a year since the fire at the depot,” a copy of the letter, obtained by HERALDNEWS, states.',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['It has been → null'])
  })

  it('gives a verb joined by “and” the subject of the clause before it', () => {
    const text = [
      'Attorney General Lena Moss spoke to prosecutors on Friday.',
      'She said most of them do fine work. But she signaled the office has drifted from the cases sent to it by the Legislature, and said her “first duty every day” is to bring it back.',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['first duty every → Lena Moss'])
  })

  it('takes a titled name at a clause’s head for its subject, not a name later in the clause', () => {
    const text = 'Lawmakers agreed on a budget this week, but Governor Alder took to Facebook on Tuesday morning to argue that the state "needs a good shutdown" to fix its rules.'
    expect(speakersOf(text)).toEqual(['needs a good → Alder'])
  })

  it('gives words brought in by “saying” to whoever issued the statement or update', () => {
    const text = 'The Retail Clerks Union has bargained for weeks. Talks seemed close, but on Friday the RCU sent an update to its members saying that negotiations had taken “a sharp turn for the worse.”'
    expect(speakersOf(text)).toEqual(['a sharp turn → Retail Clerks Union'])
  })

  it('gives a statement “from” someone to that person', () => {
    const text = '“Our members did not knock on doors for years so that the plan could cut their pensions,” read a statement from Nora Castillo, the director of the group.'
    expect(speakersOf(text)).toEqual(['Our members did → Nora Castillo'])
  })

  it('continues an unnamed speaker into the next paragraph rather than someone quoted before', () => {
    const text = [
      '“This is a sorry effort to find the people responsible,” Senator Paul Brandt said.',
      'In the letter, the lawmakers ask for a report within 30 days. “The agency keeps adding photographs to its website and asks the public for help,” they wrote.',
      '“It has been more than a year since the fire. We are no closer to knowing who set it.”',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['This is a → Paul Brandt', 'The agency keeps → null', 'It has been → null'])
  })

  it('carries the speaker of a quotation run over two paragraphs to the next one in the paragraph where it ends', () => {
    const text = [
      'Senator Ada Kim said on Tuesday she backs the inquiry.',
      '“With his words and his actions, the governor has broken his oath,” Kim said at a town hall. “He has convicted himself.',
      '“In full view of the state, he has betrayed the voters,” Kim continued, drawing applause. “To protect our constitution, he should be removed.”',
    ].join('\n\n')
    expect(speakersOf(text).at(-1)).toBe('To protect our → Ada Kim')
  })

  it('attributes a quotation ending in a full stop to a sentence after it that is only an attribution', () => {
    const text = [
      'Families who entered the country last year face removal, according to the Courier.',
      '"If people come here without papers and have final orders of removal, they will be sent back under our laws.” Agency spokeswoman Irene Pratt told the Courier.',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['If people come → Irene Pratt'])
  })

  it('gives a passage after a short line that introduces it (“The Courier reports:”) to what that line names', () => {
    const text = [
      '“Our borders are not open, and people without papers will be sent back,” spokesman Omar Dunn said.',
      'The Courier reports:',
      '“The planned removals have divided the agency, which has discussed them for several months.”',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['Our borders are → Omar Dunn', 'The planned removals → Courier'])
  })

  it('gives a memo’s words to who wrote it, past an aside between dashes and a mention that only calls it “the memo”', () => {
    const text = [
      'Deputy Secretary Alan Greer signed the order in May.',
      'But in their filing, lawyers revealed that Greer – who took charge after the secretary, Maria Stone, stepped aside – wrote a memo last August that set out the scope of the review.',
      'The memo, which is still partly blacked out, said the review could cover claims that the firm “hid payments from the regulators in two states.”',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['hid payments from → Alan Greer'])
  })

  it('gives a memo’s words to who wrote it when the sentence names both: “The memo that Greer wrote …”', () => {
    const text = [
      'Deputy Secretary Alan Greer signed the order in May.',
      'The memo that Greer wrote on Aug. 2 states that the review may cover claims that the firm “hid payments from the regulators in two states.”',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['hid payments from → Alan Greer'])
  })

  it('gives words quoted in a sentence that opens by naming a memo to the sentence’s subject, its author', () => {
    const text = [
      'Deputy Secretary Alan Greer signed the order in May.',
      'In the heavily redacted memo, Greer gave the inspectors power to look into allegations that the firm “hid payments from the regulators in two states” as well as payments “made through a shell company in Malta.”',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['hid payments from → Alan Greer', 'made through a → Alan Greer'])
  })

  it('reads “the President-elect” as an office, not an organisation', () => {
    const text = [
      'President-elect Nora Hale met the outgoing cabinet on Thursday.',
      'In her Thursday statement, the President-elect said she would, “in the interest of our state and its people,” meet the panel next week.',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['in the interest → Nora Hale'])
  })

  it('takes “the Vermont Democrat” for the legislator the report was speaking of', () => {
    const text = [
      'Senate Rules Committee Chairman Peter Albee said he would ask for a briefing on the program.',
      '“I will be asking whether this report is accurate and what legal authority is being used,” the Vermont Democrat said.',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['I will be → Peter Albee'])
  })

  it('does not take someone named later in the sentence that brought a letter in for its author', () => {
    const text =
      'More than 400 former inspectors expressed outrage in an open letter at the decision after Governor Nora Hale tweeted her support for it. ' +
      '“The governor’s actions in doing a friend’s bidding require the director to resign,” the letter reads.'
    expect(speakersOf(text)).toEqual(['The governor’s actions → null'])
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
