// Who each quotation is attributed to, on short passages of real news reports (most from the reports in
// tests/fixtures/quotes, the rest from other clusters of the corpus its README names): one rule of English news
// writing each.

import { describe, expect, it } from 'vitest'
import { ledgerSpeakers as speakersOf } from './speakersOf'

describe('attribution in real reports', () => {
  it('reads verbs of speech in the present tense of a live blog (“Romney responds that”, “predicts Michael Davis”), not a noun of the same form (“Kerry’s comments”)', () => {
    const text = [
      'Obama says Romney isn\'t giving Americans enough details about the policies he would pursue. Romney responds that "my experience as a governor is that if I come in and lay down a piece of legislation, not much gets done."',
      '“Hong Kong will have to take instructions from Beijing on this,” predicts Michael Davis, a Politics professor at Hong Kong University.',
      'Middle East analyst Richard Haass told CNN\'s The Lead that Kerry\'s comments "went far out on a limb" and indicate that a U.S. strike is coming.',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['my experience as → Romney', 'Hong Kong will → Michael Davis', 'went far out → Richard Haass'])
  })

  it('gives words a participle brings in after a name set off by commas to that name (“…, retired Admiral McRaven, calling Brennan “…,” said he “…”), not to the one quoted before', () => {
    const text = [
      '“I don’t trust many of those people on that list,” Trump told the Journal.',
      'In a letter to Trump published in the Washington Post, retired Admiral McRaven, calling Brennan "one of the finest public servants I have ever known," said he "would consider it an honor if you would revoke my security clearance as well."',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['I don’t trust → Trump', 'one of the → McRaven', 'would consider it → McRaven'])
  })

  it('reads verbs that say how something was said (“pleaded”, “wondered”, “queried”, “write”) as verbs of speech, and a verb in a clause about someone else after them as none', () => {
    const text = [
      '“Iowa, will you get your numbers up, please?” Mr. Trump pleaded with voters in Sioux City, Iowa, on Tuesday. “Will you get these numbers up? I promise you, I will do such a good job.”',
      '"When is the last time you read the Federal Rules of Evidence," Kennedy wondered at one point.',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['Iowa, will you → Trump', 'Will you get → Trump', 'When is the → Kennedy'])
    const hearing = [
      "Matthew Petersen's trouble began during Wednesday's confirmation hearing before the Senate Judiciary Committee when, among a panel of five nominees, he alone told Sen. John Kennedy, R-La., that he had never tried a case in court.",
      '"I have not," Petersen said.',
      '"Do you know what a motion in limine is?" queried the senator, referring to a common court motion to request testimony be excluded from a trial.',
    ].join('\n\n')
    expect(speakersOf(hearing)).toEqual(['I have not, → Matthew Petersen', 'Do you know → John Kennedy'])
    const letter =
      '"Rumors continue to swirl about the whereabouts of suspects involved in the attack," the lawmakers write in their letter to Comey, who was just confirmed to replace Robert Mueller as FBI director.'
    expect(speakersOf(letter)).toEqual(['Rumors continue to → null'])
  })

  it('takes agreeing to something for no verb of speech (“responded by saying Congress agreed to such increases in January “…””)', () => {
    const text =
      'Sen. Kelly Ayotte, R-N.H., responded by saying Congress agreed to such increases in January "at the president\'s request" and questioned why Obama and other Democrats will not agree to additional spending cuts.'
    expect(speakersOf(text)).toEqual(["at the president's → Kelly Ayotte"])
  })

  it('gives a question “asking” brings in to the sentence’s subject (“Couric can be heard in the interview asking activists …, “…?””)', () => {
    const text = [
      'Katie Couric interviewed members of the Virginia Citizens Defense League, a gun rights organization.',
      'Couric can be heard in the interview asking activists from the group, "If there are no background checks for gun purchasers, how do you prevent felons or terrorists from purchasing a gun?"',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['If there are → Katie Couric'])
  })

  it('reads a short surname ending the sentence ("said Krane.") as the person, not a state’s abbreviation', () => {
    const text = [
      "Still, it's unlikely that a major company like Coca-Cola would offer a product infused with CBD in the United States until the federal law changes, said Kris Krane, president of 4Front, a firm that advises companies on the legalities of marijuana and an expert on cannabis law.",
      '"I can\'t imagine they\'re doing it just for the 35 million people in Canada, they clearly have an eye on the US market," said Krane.',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(["I can't imagine → Kris Krane"])
  })

  it('gives words after a participle of speech ("accusing", "announcing") to the subject of the sentence’s own verb', () => {
    const text = [
      'Pat McCrory, Republican governor of North Carolina, has defended the law as a privacy measure, accusing the federal government of a “baseless and blatant overreach” of its power.',
      'WASHINGTON — House Speaker Nancy Pelosi sought Monday to deprive President Trump of a legal and political argument against the Democrats’ impeachment inquiry, announcing she would hold a vote in the full House this Thursday that “affirms the ongoing, existing investigation.”',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['baseless and blatant → Pat McCrory', 'affirms the ongoing, → Nancy Pelosi'])
  })

  it('leaves words an unnamed source said unnamed, not given to the named speaker quoted next in the paragraph', () => {
    const text =
      'A source tells Axios that the transition team will be sending a letter to Mueller asking for some emails to be returned because they’re privileged. “What they did is totally illegal, and they need to fix it,” the source said. But Mueller’s team begs to differ. “When we have obtained emails in the course of our ongoing criminal investigation, we have secured either the account owner’s consent or appropriate criminal process,” Mueller spokesman Peter Carr said.'
    expect(speakersOf(text)).toEqual(['What they did → null', 'When we have → Peter Carr'])
  })

  it('does not take the subject of a clause that goes on after a few quoted words ("because …") for their speaker', () => {
    const text =
      'Judiciary Committee Chair Lindsey Graham said he believes Democrats were "forced to change course" because Senate Republicans and the American people demanded a vote.'
    expect(speakersOf(text)).toEqual(['forced to change → Lindsey Graham'])
  })

  it('takes “he” for the holder of the office a sentence just opened with (“But the president said”)', () => {
    const text = [
      'WASHINGTON (Reuters) - President Barack Obama said on Friday immigration legislation on track to pass in the House of Representatives is unworkable and will force him to act on his own.',
      'Republicans have angrily denounced Obama’s practice of acting unilaterally when his agenda is blocked by Congress. House Speaker John Boehner on Thursday said that any action Obama takes on his own to address immigration would only make matters worse and add to “a legacy of lawlessness.”',
      'But the president said on Friday that without help from Congress, he will need to move funds from other government agencies to pay for stepped up efforts to deal with the crisis.',
      '“I’m going to have to act alone,” he said.',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['a legacy of → John Boehner', 'I’m going to → Barack Obama'])
  })

  it('gives a paragraph that is only a quotation to whoever speaks in the sentence before that ends with a colon', () => {
    const text = [
      'But the National Rifle Association opposes most gun-control efforts, and as Tamara noted in her story, Congress is unlikely to be an ally, either.',
      'In the New Republic interview, Obama acknowledged the uphill battle:',
      '"There are going to be a whole bunch of initiatives where I can get more than fifty percent support of the country, but I can\'t get enough votes out of the House of Representatives to actually get something passed."',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['There are going → Obama'])
  })

  it('reads the subject of a verb of speech past an adverb before it (“The Republican also vowed”)', () => {
    const text = [
      'WASHINGTON — President Barack Obama is basking in the aftermath of his breakthrough directive on illegal immigration and pressing his jobs agenda before a meeting of Hispanic leaders, one day after they gave a cool reception to GOP presidential challenger Mitt Romney and his newly softened stance on immigration.',
      'Romney seized on the temporary status of Obama’s plan as his prime criticism. The Republican also vowed to offer illegal immigrants who serve in the military “a path to legal status,” which the campaign says ultimately could allow for full citizenship.',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['a path to → Mitt Romney'])
  })

  it('gives words heard from someone (“captured him saying”) to the one the pronoun stands for', () => {
    const text = [
      'The protests began Friday after a judge\'s ruling clearing former St. Louis Metropolitan police officer Jason Stockley of first-degree murder in the 2011 shooting of 24-year-old Anthony Lamar Smith.',
      'At the trial, Stockley testified that he saw the 24-year-old Smith holding a silver revolver as he sped away at the start of the chase. He said when he shot Smith, he felt he was in imminent danger.',
      'Prosecutors said Stockley planted a gun in Smith’s car after the shooting — Stockley’s DNA was on the weapon but Smith’s wasn’t.',
      'Dashcam video from Stockley’s police car captured him saying he was “going to kill this (expletive), don’t you know it.” Less than a minute later, he shot Smith five times.',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['going to kill → Jason Stockley'])
  })

  it('gives “a statement read” to the one who “did issue a statement” in the sentence before', () => {
    const text = [
      "Heather MacGregor, a spokesperson for Aurora, would not confirm talks with Coca-Cola, but did issue a statement on the company's interest in branching out into the wellness drink industry.",
      '"Aurora has expressed specific interest in the infused beverage space, and we intend to enter that market," a statement read.',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['Aurora has expressed → Heather MacGregor'])
  })

  it('gives “it said” to the author of the document the report was just speaking of, not to a sentence that only cites it', () => {
    const text = [
      'Kory Langhofer, counsel to the transition team known as Trump for America, Inc. (TFA), wrote a letter to congressional committees to say Special Counsel Robert Mueller’s team had improperly received the emails from the General Services Administration (GSA), a government agency.',
      'Career staff members at the agency “unlawfully produced TFA’s private materials, including privileged communications, to the Special Counsel’s Office,” according to the letter, a copy of which was seen by Reuters. It said the materials included “tens of thousands of emails.”',
      'Langhofer’s letter was sent to the U.S. Senate Committee on Homeland Security and Government Affairs, and the U.S. House Committee on Oversight and Government Reform.',
      'It asked for Congress to act immediately “to protect future presidential transitions from having their private records misappropriated by government agencies, particularly in the context of sensitive investigations intersecting with political motives.”',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['unlawfully produced TFA’s → Kory Langhofer', 'tens of thousands → Kory Langhofer', 'to protect future → Kory Langhofer'])
  })

  it('does not take the one spoken to (“she told Cuomo”) for the one who speaks', () => {
    const text = [
      'The Democrat-led Senate and Assembly passed the bill Tuesday, the 46th anniversary of the Roe decision. Democratic Gov. Andrew Cuomo immediately signed it into law. At his side at a hastily arranged signing ceremony was Sarah Weddington, the Texas attorney who successfully argued Roe before the nation’s highest court.',
      '“Thank you for what you’ve done for women,” she told Cuomo and the assembled lawmakers and advocates who worked for years to pass the bill.',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['Thank you for → Sarah Weddington'])
  })

  it('gives words written by two people, each named with what they are, to both', () => {
    const text =
      '“Schools want to do right by all of their students and have looked to us to provide clarity on steps they can take to ensure that every student is comfortable at their school, is in an environment free of discrimination, and has an opportunity to thrive,” wrote Catherine E. Lhamon, the assistant secretary of education for civil rights, and Vanita Gupta, the head of the Justice Department’s Civil Rights Division.'
    expect(speakersOf(text)).toEqual(['Schools want to → Catherine E. Lhamon and Vanita Gupta'])
  })

  it('reads an office’s words before the quotation when the sentence goes on to what they suggested, unnamed words and all', () => {
    const text = [
      'David Cameron has resigned, bringing an abrupt end to his six-year premiership, after the British public took the momentous decision to reject his entreaties and turn their back on the European Union.',
      'The prime minister promised to stay on until the autumn, to “steady the ship”; but suggested a new leader should be in place by the start of the Conservative party’s conference in October.',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['steady the ship → David Cameron'])
  })

  it('finds the attribution after a clause that goes on from the quotation and ends with a comma', () => {
    const text = [
      'Pence and Trump are both traveling today, and it’s not clear if a deal can be closed without them. The president urged Mexico to make more concessions.',
      '“We’ve told Mexico the tariffs go on” if no deal is made, Trump told reporters in France, where he spoke at a commemoration of the 75th anniversary of D-Day. “They have to step up to the plate.”',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['We’ve told Mexico → Trump', 'They have to → Trump'])
  })

  it('reads a name’s suffix after a comma (“Joseph Dunford, Jr.”) as part of the person, not as someone', () => {
    const text =
      'In a memo to service chiefs and commanders, Chairman of the Joint Chiefs of Staff Gen. Joseph Dunford, Jr. declared no changes to the policy until "the President’s direction has been received by the Secretary of Defense and the Secretary has issued implementation guidance" -- which has not yet happened.'
    expect(speakersOf(text)).toEqual(['the President’s direction → Joseph Dunford'])
  })

  it('reads a private first class’s abbreviated rank as a title before the name', () => {
    const text =
      'Staff Sgt. Michael Murphrey on Sept. 5."He walked off," said former Pfc. Jose Baggett, a former comrade. "He left his guard post. Nobody knows if he defected, or he’s a traitor, or he was kidnapped."'
    expect(speakersOf(text)).toEqual(['He walked off, → Jose Baggett', 'He left his → Jose Baggett'])
  })

  it('gives words to someone unnamed quoted “claiming” them, not to the subject that quoted them', () => {
    const text =
      'The claims came as a 20-member U.N. chemical weapons team was in Syria to investigate three sites where chemical weapons attacks allegedly had occurred in the past. State media quoted a government official claiming the latest allegations were a bid to "divert the U.N. commission."'
    expect(speakersOf(text)).toEqual(['divert the U.N. → null'])
  })

  it('does not take an office in someone else’s words (“the president alone isn’t to blame, Roberts said”) for the one “he” stands for', () => {
    const text = [
      'President Barack Obama sought to change the narrative on Capitol Hill and the nation on Wednesday, with a much-anticipated economic speech at Knox College in Illinois, the first in a series of speeches he wants to give about his vision for rebuilding the economy.',
      'Like Strain, Lance Roberts, chief economist at Street Talk Advisors, believes both parties working together can solve some of the problems. Over the next three years, said Roberts, economic growth will still be pretty much sluggish as long as the policies now in place remain or new ones don\'t lead to further economic restraints.',
      'But the president alone isn’t to blame, Roberts said, adding decades of bad decisions that begun under President Reagan play a role. “We are just in the back end cycle of a long policy of bad fiscal decisions and increasing debt and running deficits to no end,” he said. “So now we are dealing with the deleterious effects on the economy of those previous decisions.”',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['We are just → Lance Roberts', 'So now we → Lance Roberts'])
  })

  it('takes “she” for a woman the report named as such (“spokeswoman”) after the last person quoted', () => {
    const text = [
      '(CNN) Donald Trump and Bernie Sanders are confronting the same paradox: the fate of their insurgent campaigns built on scorn for the political establishment rests on how well they play the inside game.',
      '"How is it possible that the people of the great State of Colorado never got to vote in the Republican Primary?" he wrote. "Great anger - totally unfair!"',
      'How is it possible that the people of the great State of Colorado never got to vote in the Republican Primary? Great anger - totally unfair! — Donald J. Trump (@realDonaldTrump) April 11, 2016',
      'Cruz campaign spokeswoman Catherine Frazier dismissed the complaints.',
      '"More sour grapes from Trump who continues to lash out in tantrums every time he loses. We are winning because we\'ve put in the hard work to build a superior organization," she said in a statement.',
    ].join('\n\n')
    // (The tweets' “he” is Trump, named in paragraphs left out here.)
    expect(speakersOf(text).at(-1)).toBe('More sour grapes → Catherine Frazier')
  })

  it('takes “she” for the woman who opened the sentence before, not one named after her who does not speak (“Ocasio-Cortez said a resolution to rebuke Omar …”), and for one who does (“…, and Nancy Pelosi, California Democrat, said”)', () => {
    const text = [
      'Rep. Ilhan Omar made the remarks last week. Rep. Alexandria Ocasio-Cortez defended her.',
      'Ocasio-Cortez said advancing a resolution to rebuke Omar should have only been done as a last resort if efforts to address the remarks privately didn’t work.',
      '“ ‘Calling out’ is one of the measures of last resort, not 1st or 2nd resort,” she wrote in a tweet on Tuesday.',
      'Rep. Sheila Jackson Lee spoke first. Many Democrats walked out of the vote in protest, and House Minority Leader Nancy Pelosi, California Democrat, said the vote was a black eye for the GOP.',
      '“Just when you think you have seen it all, they come up with something like this,” she said.',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['‘Calling out’ is → Alexandria Ocasio-Cortez', 'Just when you → Nancy Pelosi'])
  })

  it('leaves a ticker or a party’s initial in brackets out of the speaker’s name', () => {
    const text = [
      '"The space is evolving quickly," Coke (KO) said. "No decisions have been made at this time."',
      '“Clearly, he’s off-pattern with his father,” Rep. Mike Rogers (R) of Michigan, the chairman of the House Intelligence Committee, observed.',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['The space is → Coke', 'No decisions have → Coke', 'Clearly, he’s off-pattern → Mike Rogers'])
  })

  it('does not read a capitalised word that opens a sentence (“Another longtime aide added:”) as a name', () => {
    const text = '“She has, historically been a really horrible front-runner,” conceded one veteran of her 2008 campaign. “She’s extremely cautious and risk-averse, and it causes her, ironically, to make mistakes.” Another longtime aide added: "Finishing the deal has been hard for her in many contexts. Nobody in her universe is fully confident until it’s actually over.”'
    expect(speakersOf(text)).toEqual(['She has, historically → null', 'She’s extremely cautious → null', 'Finishing the deal → null'])
  })

  it('does not take the end of a name (“Kelly”) for an adverb before the verb', () => {
    const text = [
      'For days, Trump has revived his criticism of one of the moderators, Fox News host Megyn Kelly, alleging that she had treated him unfairly at the Fox News debate in August.',
      'Addressing the matter on “The Kelly File” Tuesday night, Kelly said: “I’ll be there. … The debate will go on with or without Mr. Trump.”',
    ].join('\n\n')
    expect(speakersOf(text).at(-1)).toBe('I’ll be there. → Megyn Kelly')
  })

  it('takes “he” for the one a verb of speech after a clause names (“…, says Troy of McGill University”)', () => {
    const text = [
      '“Apparently he has a lot of faith in her; she seems very reliable,” says Gil Troy, a presidential historian at McGill University in Montreal.',
      '“The overriding problem with the Trump White House is that it has too few people who know how to work the government,” says Cal Jillson, a political scientist at Southern Methodist University in Dallas, in an email.',
      'Still, the arrival of Ivanka Trump as a full-fledged participant in West Wing life can also be seen as a positive, says Troy of McGill University.',
      '“Maybe he’s starting to learn the ropes, maybe he’s understanding that there’s a whole set of rules and protocols in Washington, which you have to follow,” he says.',
    ].join('\n\n')
    expect(speakersOf(text).at(-1)).toBe('Maybe he’s starting → Gil Troy')
  })

  it('takes “she” for the one a sentence opens with after saying what she is (“EU foreign policy chief Federica Mogherini said”)', () => {
    const text = [
      'German Foreign Minister Heiko Maas said that U.S. and British intelligence needs to be compared with other information from allies. "We have to be very careful," he said.',
      'EU foreign policy chief Federica Mogherini said it was not a time to jump to action without proper information. "The maximum restraint and wisdom should be applied," she said ahead of the monthly foreign ministers meeting in Luxembourg.',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['We have to → Heiko Maas', 'The maximum restraint → Federica Mogherini'])
  })

  it('does not take the one a reported clause is about for the one a verb of speech names (“…, said Trump was given”)', () => {
    const text = [
      '“It is an abuse of power,” Scalise said. “It’s your abuse of power.”',
      'House Majority Leader Steny Hoyer, D-Md., said Trump was given every opportunity to prove his innocence.',
      '“Democrats did not choose this impeachment. We did not wish for it,” he said.',
    ].join('\n\n')
    expect(speakersOf(text).at(-1)).toBe('Democrats did not → Steny Hoyer')
  })

  it('reads words echoed as the one’s who echoes them (“Trump echoed again that …”, “echoed familiar accusations that … was …”)', () => {
    const text = [
      'Minutes later, Trump echoed again that “if people want to get tested, they get tested,” before bragging about the nation’s testing capacity.',
      'Rep. Devin Nunes, R-Calif., the Intelligence Committee\'s ranking member, echoed familiar accusations that the FBI investigation that later became the special counsel probe was "marred with corruption" and bias against Trump.',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['if people want → Trump', 'marred with corruption → Devin Nunes'])
  })

  it('gives "…, and Defense Secretary James Mattis, who declared that “…”" to the one the "who" follows, not the first name of the sentence', () => {
    const text =
      'The president was preceded in his remarks by Gen. Joseph Dunford, chairman of the Joint Chiefs of Staff, and Defense Secretary James Mattis, who declared that “Americans are not made of cotton candy, we\'re not seaweed drifting in the current, we are not intimidated by our enemies and, Mr. President, your military does not scare.”'
    expect(speakersOf(text)).toEqual(['Americans are not → James Mattis'])
  })

  it('reads "Psaki at the time seemed to admit the discrepancy, saying:" as Psaki’s, a name before a phrase of time and a verb', () => {
    const text = [
      'At that briefing, then-spokeswoman Jen Psaki was asked by Fox News’ James Rosen about an earlier claim that no direct, secret talks were underway between the U.S. and Iran – when, in fact, they were.',
      'Psaki at the time seemed to admit the discrepancy, saying: “There are times where diplomacy needs privacy in order to progress. This is a good example of that.”',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['There are times → Jen Psaki'])
  })

  it('gives a verb joined by "but" to the subject its clause opens with, not the last name before it', () => {
    const text = [
      'Canadian Prime Minister Justin Trudeau said he would with "absolute certainty" impose retaliatory measures on July 1. Trudeau said Canadians are nice but added, "We will not be pushed around."',
      'McCain has been one of many Senate Republicans to criticize the effort. McCain didn\'t single out Sen. Ted Cruz but blamed "the whole effort" instead.',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['We will not → Justin Trudeau', 'the whole effort → McCain'])
  })

  it('gives quoted words with no attribution beside them to whoever their sentence gives another of its quotations to, however many come between, and not past the sentence’s end', () => {
    const fcc =
      'The purpose of the CIN, according to the FCC, is to ferret out information from television and radio broadcasters about "the process by which stories are selected" and how often stations cover "critical information needs," along with "perceived station bias" and "perceived responsiveness to underserved populations."'
    expect(speakersOf(fcc)).toEqual(['the process by → FCC', 'critical information needs, → FCC', 'perceived station bias → FCC', 'perceived responsiveness to → FCC'])
    // The next sentence is someone else's, unnamed: the words after it are not carried back to the FCC, nor
    // over its end from the quotation before.
    const source = `${fcc} "It is definitely impacting information-sharing with our partners," added a senior Republican national security source. "Our interlocutors are more nervous to convey their perspective."`
    expect(speakersOf(source).slice(4)).toEqual(['It is definitely → null', 'Our interlocutors are → null'])
  })

  it('reads the participles of verbs of speech (“remarking”, “retorting”, “proclaiming”) as bringing in the subject’s words', () => {
    const text = [
      "The spokesman for the State Department, John Kirby, also noted that the edited video was only on the department's YouTube channel, remarking that a full, unedited version was always available \"on another official website.\"",
      "The president's lawyers responded furiously, with Pat Cipollone retorting: 'The only one who should be embarrassed Mr. Nadler, is you.'",
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['on another official → John Kirby', 'The only one → Pat Cipollone'])
  })

  it('gives words told second-hand to the one said to have said them (“…,” Gauger said Cohen told him), not to the one who retells them', () => {
    const text = [
      'Michael Cohen hired John Gauger to rig online polls, the Journal reported.',
      'Gauger said the last time he spoke to Cohen was in April 2018. "It’s not a big deal," Gauger said Cohen told him about the investigation.',
      '"I was never paid in full," Gauger said.',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['It’s not a → Michael Cohen', 'I was never → John Gauger'])
  })

  it('gives words after a verb joined by “but” or “and” to the sentence’s subject, past the quotation before it (“Obama said Ferguson is “rightly hurting,” but called …”)', () => {
    const text =
      'Of the situation, Obama said Ferguson is “rightly hurting,” but called once again for people to “seek some understanding rather than to simply holler at each other.”'
    expect(speakersOf(text).at(-1)).toBe('seek some understanding → Obama')
    const threat = 'On Tuesday, Trump mocked Kim as a "rocket man" on a "suicide mission," and said that if "forced to defend itself or its allies, we will have no choice but to totally destroy North Korea."'
    expect(speakersOf(threat).at(-1)).toBe('forced to defend → Trump')
  })

  it('reads “repeated” as bringing in the subject’s own words again (“Mr. Romney repeated a position … that he would embrace “a path to legal status””)', () => {
    const text =
      'Instead, Mr. Romney repeated a position he took earlier this year that he would embrace “a path to legal status” for undocumented young people who serve in the military.'
    expect(speakersOf(text)).toEqual(['a path to → Romney'])
  })

  it('gives a paragraph that is only a quotation to the one the next paragraph says it was (“… ¶ That’s what President Obama said …”)', () => {
    const text = [
      'President Barack Obama spoke to reporters in Paris on Tuesday.',
      '"I actually think we\'re going to solve this thing."',
      "That's what President Obama said in a news conference at the end of his time at the climate summit.",
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(["I actually think → Barack Obama"])
  })

  it('gives the words a paper or a reporter reports before them to the paper or the reporter (“USA Today reports that “…””), not “reports of” something, nor a paper named after someone’s words', () => {
    const text = [
      'Computer “glitches” seem massive. USA Today reports that "the federal health care exchange was built using 10-year-old technology that may require constant fixes."',
      'Foreign Minister Sergey Lavrov said Monday that reports of the use of chemical weapons must be "thoroughly and professionally investigated" and submitted to the U.N. Security Council.',
      'Sen. Tom Cotton called the payment "a $1.7 billion ransom to the ayatollahs for U.S. hostages," the Journal reported.',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['the federal health → USA Today', 'thoroughly and professionally → Sergey Lavrov', 'a $1.7 billion → Tom Cotton'])
  })
})
