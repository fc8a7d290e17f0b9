// How a report brings in a quotation around it, on short passages of real news reports (from the corpus the
// fixtures' README names): the passive ("was quoted as saying"), a name and what they are before a colon, a
// sentence a colon ends, any verb that ends the clause after the speaker, a dash naming the speaker after the
// quotation, and an opening participle of speech.

import { describe, expect, it } from 'vitest'
import { ledgerSpeakers as speakersOf } from './speakersOf'

describe('words brought in around a quotation', () => {
  it('reads someone "quoted as saying" or "heard saying" after the words as their speaker, and the words after as theirs too', () => {
    const text = [
      'Mr. Assad told Russia’s Izvestia daily that accusations that his troops used chemicals were “politically motivated.”',
      '“This is nonsense,” Mr. Assad was quoted as saying in an interview published Monday. “First they level the accusations, and only then they start collecting evidence.”',
      'Mayor Michael Bloomberg defended the policy in 2015.',
      '“Ninety-five percent of murders — murderers and murder victims — fit one M.O.,” Mr. Bloomberg is heard saying. “You can just take a description, Xerox it, and pass it out to all the cops.”',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['This is nonsense, → Assad', 'First they level → Assad', 'Ninety-five percent of → Michael Bloomberg', 'You can just → Michael Bloomberg'])
  })

  it('gives a paragraph’s quotation to the name it opens with, then what they are and a colon (“Charles Cooper, lawyer defending Proposition 8: "…"”), not to a name inside a clause', () => {
    const text = [
      'Justice Sonia Sotomayor: "Is there any way to decide this case in a principled manner that is limited to California only?"',
      'Theodore Olson, lawyer representing Proposition 8 challengers: "Yes, the Ninth Circuit did that. You can decide the standing case that limits it."',
      'Charles Cooper, lawyer defending Proposition 8: "Your Honor, even with respect to couples over the age of 55, it is very rare."',
      'When Clinton tried to interrupt, Sanders cut her off: "Excuse me, I\'m talking!"',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['Is there any → Sonia Sotomayor', 'Yes, the Ninth → Theodore Olson', 'Your Honor, even → Charles Cooper', "Excuse me, I'm → null"])
  })

  it('gives a quotation after a colon to the subject of the sentence the colon ends, past a clause the sentence opens with', () => {
    const text = [
      'Senator Bernie Sanders and Hillary Clinton clashed in Flint over the auto bailout.',
      'When Clinton tried to interrupt, Sanders cut her off: "Excuse me, I\'m talking!"',
      '“You would think that any president would make job creation his first order of economic business,” Rep. Paul Ryan said.',
      'He went on: “Instead, we got a long, divisive, all-or-nothing attempt to put the federal government in charge of health care.”',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(["Excuse me, I'm → Bernie Sanders", 'You would think → Paul Ryan', 'Instead, we got → Paul Ryan'])
  })

  it('does not take the subject for the speaker where the sentence says what it is, or the subject is something of someone’s', () => {
    const text = [
      'Obama\'s speech took place almost exactly 50 years after President John F. Kennedy spoke in Berlin.',
      'Berlin is also where President Ronald Reagan delivered a famous line to the Soviet Union in 1987: "Mr. Gorbachev, tear down this wall!"',
      'Hillary Clinton’s campaign, sidelined by another day of Trump drama, seized on the discrepancy: “It turns out Trump didn’t just choke, he got beat in the room.”',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['Mr. Gorbachev, tear → null', 'It turns out → null'])
  })

  it('reads any verb that ends the clause after the speaker as their attribution (“he rhymed”, “Booker jeered”), but not a paper reporting the words, nor a few words quoted in a sentence', () => {
    const text = [
      'Donald Trump spoke to a mostly white crowd in Michigan on Friday.',
      '“Strong defense, common sense, take care of our vets,” he rhymed. “I am the change agent.”',
      'Senator Cory Booker turned to former Vice President Joe Biden.',
      '“You can\'t have it both ways,” Booker jeered. “You invoke President Obama more than anybody in this campaign.”',
      'Jeb Bush twice assured Republicans he can beat Clinton with the “proven record of accomplishment” she lacks.',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['Strong defense, common → Donald Trump', 'I am the → Donald Trump', "You can't have → Cory Booker", 'You invoke President → Cory Booker', 'proven record of → null'])
    expect(speakersOf('“No French nationals were killed in the hotel attack,” Reuters reported.')).toEqual(['No French nationals → null'])
  })

  it('gives a quotation to the person a dash names after it on its line (“– Charles Krauthammer discussing …”, “— Judge Robert Owen\'s report”), not to a paper a date follows nor to a tweet’s card', () => {
    const text = [
      'AND NOW, A WORD FROM CHARLES…',
      '“This is a major abuse of power. They covered up for two years and now they say, ‘Hey, dude, two-year-old story so it’s old news.’” – Charles Krauthammer discussing new IRS e-mails uncovered by a watchdog group.',
      'WATER UNDER THE BRIDGE…',
      '“If I decide to do something more, it\'s going to be how the people in the country feel about me.” – Gov. Chris Christie, R-N.J., in an appearance at a debt-reduction conference in Washington.',
      'From his hospital bed, Litvinenko, who was 44, pointed a dying finger at Putin.',
      '"There can be no doubt that Alexander Litvinenko was poisoned by Mr. Lugovoi and Mr. Kovtun." — Judge Robert Owen\'s report',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['This is a → Charles Krauthammer', 'If I decide → Chris Christie', 'There can be → Robert Owen'])
    const printed = ['Via Wikiquote, here are some great ones.', '"If a Tory does not believe that private property is one of the main bulwarks of individual freedom, then he had better become a socialist." — Daily Telegraph, Jan. 30, 1975.'].join('\n\n')
    expect(speakersOf(printed)).toEqual(['If a Tory → null'])
    expect(speakersOf('Reporters at the dinner tweeted.\n\n"So please watch your language" — Candace Smith (@CandaceSmith_) October 20, 2016')).toEqual(['So please watch → null'])
  })

  it('gives a quotation after an opening participle of speech to the sentence’s subject, whatever its verb (“Declaring that "…," Ukrainian President Petro Poroshenko held”)', () => {
    const text = [
      'Ukraine accuses Russia of invasion as rebels mount new offensive',
      'Declaring that "Russian forces have entered Ukraine," Ukrainian President Petro Poroshenko held an emergency security session today as pro-Russia rebels launched a powerful new offensive in the east.',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['Russian forces have → Petro Poroshenko'])
  })

  it('reads the subject of a sentence a colon ends past its opening phrase (“On Tuesday, however, he offered Holder some support:”, “As Trump eyed Lewandowski, …, he”), in its paragraph or the one before', () => {
    const text = [
      'Press Secretary Jay Carney issued a statement distancing the White House from the investigation.',
      'On Tuesday, however, he offered Holder some support: "The president has confidence in the attorney general."',
      'Donald Trump summoned operatives to his Fifth Avenue office in New York.',
      'As Trump eyed Lewandowski, who would become his campaign manager, he skimmed through a list of the other strategists he\'d interviewed, posing one key question: "Are you better than all these guys?"',
      'Some Republicans expressed such concerns. On Tuesday, Washington Post columnist Michael Gerson, former speechwriter to President George W. Bush, articulated the moral dimension in a commentary:',
      '“Those who support Trump, no matter how reluctantly, have crossed a moral boundary.”',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['The president has → Jay Carney', 'Are you better → Donald Trump', 'Those who support → Michael Gerson'])
  })

  it('does not take past an opening phrase a name that follows the verb, what is someone’s, or a headline', () => {
    const text = [
      'While he waited for his own confirmation, Kavanaugh advised the president on replacing retiring Associate Justice Sandra Day O’Connor. In his memoir Decision Points, Bush credits Kavanaugh with helping him decide to nominate John Roberts to replace Rehnquist: “Brett told me that Luttig, Alito, and Roberts would all be solid justices.”',
      'Throughout the joint press conference, Putin emphatically and repeatedly denied meddling in the U.S. election.',
      'In the wake of the comments, Trump\'s Director of National Intelligence Dan Coats stood by their assessment: "We have been clear in our assessments of Russian meddling in the 2016 election."',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['Brett told me → null', 'We have been → null'])
  })

  it('gives a paragraph that is only a quotation to the person the paragraph before ends on, not to one who asked, nor a subheading in marks to anyone', () => {
    const text = [
      'Former FBI director James Comey described his reaction to finding out on TV that he had been fired.',
      '“That’s crazy,” Comey remembered thinking. “How could that be?” Then Comey got on the FBI plane for the long flight back to Washington.',
      '“I drank red wine from a paper coffee cup and just looked out at the lights of the country I love so much as we flew home.”',
      'Republican Senators John McCain and Lindsey Graham called for Tsarnaev to be held as an enemy combatant.',
      "'Glad it's over'",
      'Word of the arrest spread quickly in suburban Watertown.',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['How could that → null', 'I drank red → James Comey', "Glad it's over → null"])
    const answered = [
      'Former special envoy to Ukraine Kurt Volker said his memory was “jogged” by other witnesses’ testimony.',
      'Intelligence Committee Chairman Adam Schiff had asked why he changed his testimony about a July 10 meeting between White House and Ukrainian officials.',
      '“I learned other things including seeing the statements from Alexander Vindman and from Fiona Hill that reminded me.”',
    ].join('\n\n')
    expect(speakersOf(answered)).not.toContain('I learned other → Adam Schiff')
  })

  it('gives a reply to whoever “jabbed back” or “pushed back”, as to whoever “hit back”', () => {
    const text = [
      'Sen. Elizabeth Warren defended her wealth tax. Sen. Amy Klobuchar took aim at her again.',
      'In response, Warren jabbed back, "I think as Democrats we are going to succeed when we dream big and fight hard, not when we dream small and quit before we get started."',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['I think as → Elizabeth Warren'])
  })

  it('passes over a link to another story set between the paragraphs of a speech (“… – a visual guide Read more”)', () => {
    const text = [
      'President Barack Obama laid a wreath at the memorial in Hiroshima.',
      'He said: “Technological progress without equivalent progress in human institutions can doom us. The scientific revolution that led to the splitting of the atom requires a moral revolution as well.',
      '“We force ourselves to feel the dread of children confused by what they see. We listen to a silent cry.',
      'Hiroshima and the nuclear age – a visual guide Read more',
      '“Some day, the voices will no longer be with us to bear witness, but the memory must never fade. That memory fuels our imagination. It allows us to change.”',
    ].join('\n\n')
    expect(speakersOf(text).at(-1)).toBe('Some day, the → Barack Obama')
  })

  it('reads the name after a verb of speech that opens the sentence, past a party’s tag or a description (“Added Sen. Richard Shelby, R-Ala., of the expanded background check plan, “…””), and the one of several people the report names after the comma (“said one of Trump’s lawyers, Alan Dershowitz”)', () => {
    const shelby = 'Added Sen. Richard Shelby, R-Ala., of the expanded background check plan, "This is the first step in the erosion of my rights under the Second Amendment."'
    expect(speakersOf(shelby)).toEqual(['This is the → Richard Shelby'])
    const chocola = 'Added Chris Chocola, president of the fiscally hawkish Club for Growth, “Apparently, there are some Republicans who don’t have the stomach for even relatively small spending reductions.”'
    expect(speakersOf(chocola)).toEqual(['Apparently, there are → Chris Chocola'])
    const dershowitz = '"You cannot turn conduct that is not impeachable into impeachable conduct simply by using words like quid pro quo," said one of Trump\'s lawyers, Alan Dershowitz.'
    expect(speakersOf(dershowitz)).toEqual(['You cannot turn → Alan Dershowitz'])
    const boies = '"This is a great day for America," said one of their lawyers, David Boies.'
    expect(speakersOf(boies)).toEqual(['This is a → David Boies'])
  })

  it('reads someone who “can be heard saying” or “could be heard saying” the words on a recording as their speaker', () => {
    const trump = '“And when you’re a star they let you do it,” Trump can be heard saying on the recording. “Grab them by the pussy. You can do anything.”'
    expect(speakersOf(trump)).toEqual(['And when you’re → Trump', 'Grab them by → Trump'])
    const romney = 'It showed Romney speaking at a May 17 fundraiser in Boca Raton, Fla.\n\n"There are 47 percent of the people who will vote for the president no matter what," Romney could be heard saying.'
    expect(speakersOf(romney)).toEqual(['There are 47 → Romney'])
  })

  it('gives a quotation that follows a sentence saying its subject did something in a statement to that subject, whatever the verb (“… celebrated the decision in a statement. “…””)', () => {
    const text = 'The decision immediately set off a political firestorm on both sides of the aisle. Donna Brazile, the chair of the Democratic National Committee, celebrated the decision in a statement. “This is a massive blow to the White House. The court upheld that we do not discriminate based on religion.”'
    expect(speakersOf(text)).toEqual(['This is a → Donna Brazile'])
  })
})

