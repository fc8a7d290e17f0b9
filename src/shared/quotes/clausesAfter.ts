// Who speaks in the words after a quotation: "…,” Carney said", "said Carney, a spokesman", "he told
// reporters", "according to Carney"; someone described and not named ("a senior official said") is unnamed.
// A clause of its own that goes on after the quotation ("because …") is not its attribution.

import { describedAtEnd, insideName, lowerDemonyms, SPEECH_VERBS, subjectOf, withoutAdverb, wordsOf, type FoundSpeaker, type TextWord } from './clauses'
import { readSpeakerPhrase, type Lexicon } from './names'
import { HIT_BACK_VERBS } from './speechVerbs'
import { DOCUMENTS, ROLE_NOUNS, TITLES } from './nameWords'

/** Verbs that give the words of a quotation before them, though not of one after them: "…,” the judge
 *  ordered" is the order's words, "the agency ordered a restriction “…”" not. */
const AFTER_VERBS: ReadonlySet<string> = new Set(['ordered'])

/** Someone's words reported in the passive, after their name: "was quoted as saying", "was heard saying". */
const PASSIVE_SAYING = /\s+(?:was|were|is|are|has been|had been|can be|could be)\s+(?:(?:later|also|then|once|reportedly)\s+)?(?:quoted|heard|recorded|overheard|filmed|caught on (?:tape|camera|video))\s+(?:as\s+)?saying\b/

/** A pronoun after a verb of speech that opens the words said: "said he “would …”", "said she would". */
const REPORTED_PRONOUN = /^\s+(?:he|she|they)(?:\s*$|\s+[“"‘]|\s+(?:would|will|was|is|had|has|could|should|might|must|wanted|hoped|believed|thought)\b)/

/** A name, then "told" or "said", right after a verb of speech: "…,” Gauger said Cohen told him". */
const SECOND_HAND = /^\s+((?:\p{Lu}[\p{L}.'’-]*\s+){0,2}\p{Lu}[\p{L}.'’-]*)\s+(?:had\s+)?(?:told|said)\b/u

/** A verb of replying in two words after a quotation: "…,” Trump fired back." (clausesBefore.ts reads it before one.) */
const HIT_BACK_AFTER = new RegExp(`^([^,;:“”"]{1,40}?)\\s+(?:${HIT_BACK_VERBS})\\s+back\\b`)

/** Words after a quotation that go on with its clause to a verb of their own before a comma: "with the North is over,". */
const CLAUSE_GOES_ON = /^\p{Ll}[^,;:]*\s(?:is|are|was|were|has|have|had|will|would)\s[^,;:]*,\s*$/u

/** A name with a long description after it, closed by a comma before the verb, in one sentence: "…,” Democratic
 *  Sen. Patrick Leahy of Vermont, a longtime member of the Judiciary Committee and a former chairman, told NPR". */
const LONG_DESCRIPTION = /^\s*\p{Lu}[\p{L}.'’-]*\s+\p{Lu}[^!?;:“”"]*,\s*$/u
/** A sentence's end within words: a stop after a word that is not a short abbreviation ("Sen.", "U.S."). */
const SENTENCE_END = /(?<!\b\p{Lu}[\p{L}.]{0,3})[.!?]\s+\p{Lu}/u

/** Whether the words before a verb far after a quotation are one name and its description (LONG_DESCRIPTION). */
const describedAtLength = (words: string): boolean => LONG_DESCRIPTION.test(words) && !SENTENCE_END.test(words)

/** Words that open a clause of its own; not "as", which brings in an attribution ("…,” as Obama said). */
const SUBORDINATORS: ReadonlySet<string> = new Set('because since although though while whereas unless until if once'.split(' '))
/** Words that end the phrase naming a speaker after the verb: "said Carney in a briefing", "said Carney, who…". */
const PHRASE_ENDS: ReadonlySet<string> = new Set('in on at during after before when while of to about that who which as because from'.split(' '))

/** Who speaks in the words after a quotation: "said Carney", "Carney said", "he told reporters", "according to Carney". */
export function speakerAfter(written: string, lexicon: Lexicon): FoundSpeaker | null {
  // "…,” Rockefeller was quoted as saying: read as "Rockefeller said".
  const after = written.replace(PASSIVE_SAYING, ' said')
  const words = wordsOf(after.slice(0, 240))
  const first = words[0]
  if (!first) return null
  if (SPEECH_VERBS.has(first.bare) || AFTER_VERBS.has(first.bare)) {
    // "…,” said he “would consider it an honor …”: the pronoun opens what was said, whose speaker the sentence
    // named before the quotation.
    if (REPORTED_PRONOUN.test(after.slice(first.index + first.word.length))) return null
    // "…,” wrote the man who…: the verb that follows the quotation is its attribution, named or not.
    return nameAfterVerb(after, words, 1, lexicon)
  }
  // "…,” the paper quoted Mr. Smith as saying.": the one quoted, when named ("quoted him" is left to the
  // verb's own reading: the man last quoted is seldom who a document quotes).
  const quoted = QUOTED_AFTER.exec(after)?.[1]
  const cited = quoted === undefined ? null : readSpeakerPhrase(quoted, lexicon)
  if (quoted !== undefined && (cited?.kind === 'name' || cited?.kind === 'organisation')) return { phrase: cited, words: quoted }
  if (first.bare === 'according' && words[1]?.bare === 'to') {
    const rest = after.slice((words[2] ?? first).index).split(/[,;:!?]|\.\s|\.$/)[0] ?? ''
    return { phrase: subjectOf(rest, lexicon), words: rest }
  }
  // The sentence going on into a clause of its own ("…” because Senate Republicans demanded a vote): its verb
  // is not the quotation's attribution.
  // Past that clause, an attribution may still follow: "…” if no deal is made, Trump told reporters.
  if (SUBORDINATORS.has(first.bare)) {
    const comma = after.indexOf(',')
    return comma < 0 ? null : speakerAfter(after.slice(comma + 1).trimStart(), lexicon)
  }
  // Not "…,” to which Trump snapped back, “…”" (the reply is the next quotation), nor "… can afford to wait to hit back".
  const back = HIT_BACK_AFTER.exec(after)?.[1]
  if (back !== undefined && !/\b(?:to|which|who)\b/i.test(back)) {
    const phrase = subjectOf(back, lexicon)
    if (phrase.kind !== 'unnamed') return { phrase, words: back }
  }
  const verbAt = words.findIndex((w, i) => i > 0 && i < 24 && (SPEECH_VERBS.has(w.bare) || AFTER_VERBS.has(w.bare)) && !insideName(words, i) && (i < 16 || describedAtLength(after.slice(0, w.index))))
  const verb = words[verbAt]
  if (verb) {
    // "…,” Margie Miller, who lost her husband, Joel, said: the one the "who" clause is about, not a name in it
    // (the clause closed by a comma just before the verb; not "… Officer Wilson, who is white, Mr. McCulloch said").
    const beforeVerb = after.slice(0, verb.index)
    const relative = /,\s*$/.test(beforeVerb) ? /,\s+(?:who|whose|whom)\s/u.exec(beforeVerb) : null
    const phraseWords = withoutAdverb(after.slice(0, relative ? relative.index + 1 : verb.index))
    // The rest of the clause the quotation stands in, with its own verb, before the sentence's ("The president,
    // who has said the “era of strategic patience” with the North is over, suggested"): its subject is before the
    // quotation, not a name in that rest; unless the verb's subject comes after it ("…,” an industry that had
    // seen unusual job gains, said John Silvia").
    if (CLAUSE_GOES_ON.test(phraseWords)) return nameAfterVerb(after, words, verbAt + 1, lexicon)
    const phrase = subjectOf(phraseWords, lexicon)
    // "…,” Gauger said Cohen told him: words told second-hand are the one said to have said them.
    const secondHand = verb.bare === 'said' || verb.bare === 'says' ? SECOND_HAND.exec(after.slice(verb.index + verb.word.length))?.[1] : undefined
    const teller = secondHand === undefined ? null : readSpeakerPhrase(secondHand, lexicon)
    if (teller?.kind === 'name' && secondHand !== undefined) return { phrase: teller, words: secondHand }
    if (phrase.kind === 'pronoun' && (verb.bare === 'told' || verb.bare === 'tells')) {
      // "…,” she told Cuomo and the assembled lawmakers: she is someone other than Cuomo.
      const spokenTo = TOLD_NAME.exec(after.slice(verb.index + verb.word.length))?.[1]
      const told = spokenTo === undefined ? null : readSpeakerPhrase(spokenTo, lexicon)
      if (told?.kind === 'name') return { phrase: { ...phrase, told: told.name }, words: phraseWords }
    }
    if (phrase.kind !== 'unnamed' || unnamedSubject(phraseWords)) return { phrase, words: phraseWords }
    // "…" between revenue and cost-cutting, said Carney: the rest of a partial quotation's sentence first. Not
    // after "told": "…,” the deputy campaign manager told host Bob Schieffer" names whom the words were told to.
    return verb.bare === 'told' || verb.bare === 'tells' ? null : nameAfterVerb(after, words, verbAt + 1, lexicon)
  }
  return null
}

/** After a quotation whose words end with a comma, a question or an exclamation inside the marks, the one a
 *  verb ends the clause after, whatever the verb: "…,” he rhymed.", "…,” Booker jeered.", "…,” she continues."
 *  Not a paper that reports the words ("…,” Reuters reported."): where they were printed, not who said them. */
export function speakerEndingClause(after: string, lexicon: Lexicon): FoundSpeaker | null {
  const ending = VERB_ENDS_CLAUSE.exec(after)
  if (ending?.[1] === undefined || /^report/.test(ending[2] ?? '')) return null
  const phrase = subjectOf(ending[1], lexicon)
  return phrase.kind === 'name' || phrase.kind === 'pronoun' ? { phrase, words: ending[1] } : null
}

/** A pronoun or a name, then a verb in the past or the present tense that ends the clause. */
const VERB_ENDS_CLAUSE = /^\s*((?:he|she|(?:\p{Lu}[\p{L}.'’-]*\s+){0,2}\p{Lu}[\p{L}.'’-]*))\s+(\p{Ll}+(?:ed|s))\s*[.,;]/u

/** The speaker named right after a speech verb: "said Carney, a spokesman", "said a spokesman, Sami Abu Zuhri". */
function nameAfterVerb(after: string, words: readonly TextWord[], from: number, lexicon: Lexicon): FoundSpeaker | null {
  // A possessive right after the verb, with no name, office or document in the few words after it, is what the
  // words are about ("…,” and said Bryson's “health-related” issues …"); not so a body's or someone's with their
  // office or relation and name after ("said Moody's Analytics chief economist Mark Zandi", "said Noah's uncle
  // Alexis Haller", "said Reagan’s 1984 campaign manager Ed Rollins"), or a statement ("said GM's lone statement").
  // "said one of Trump's lawyers, Alan Dershowitz": the one of them the report names after the comma.
  const oneOf = words[from] ? ONE_OF_THEM.exec(after.slice((words[from] as TextWord).index))?.[1] : undefined
  const named = oneOf === undefined ? null : readSpeakerPhrase(oneOf, lexicon)
  if (named?.kind === 'name') return { phrase: named, words: oneOf as string }
  const owner = words[from]
  if (owner && /['’]s$/.test(owner.word) && !words.slice(from + 1, from + 6).some((w) => /^\p{Lu}/u.test(w.word) || TITLES.has(w.bare) || ROLE_NOUNS.has(w.bare) || DOCUMENTS.has(w.bare))) return null
  // The words up to a comma or full stop (not an initial's or a title's), or a word that starts something else.
  let end = from
  let commas = 0
  while (end < words.length) {
    const previous = words[end - 1] as TextWord
    const word = words[end] as TextWord
    const between = after.slice(previous.index + previous.word.length - 1, word.index)
    const fullStop = /\.\s/.test(between) && !/^(?:\p{Lu}|St)\.$/u.test(previous.word) && !(previous.word.endsWith('.') && TITLES.has(previous.bare))
    if (fullStop || /[;:!?]/.test(between)) break
    // "said University of Texas political scientist Bruce Buchanan": a body's name goes on past "of" to the
    // person it describes.
    if (PHRASE_ENDS.has(word.bare) && !(word.bare === 'of' && words.slice(from, end).every((w, k) => /^\p{Lu}/u.test(w.word) || (k === 0 && w.bare === 'the')) && PERSON_OF_BODY.test(after.slice(word.index)))) break
    if (between.includes(',')) {
      // Past one comma only after a description in lower case: "a spokesman, Sami Abu Zuhri".
      const sofar = after.slice((words[from] as TextWord).index, previous.index + previous.word.length)
      if (commas > 0 || end === from || readSpeakerPhrase(sofar, lexicon).kind === 'name' || /^\p{Lu}/u.test(previous.word)) break
      commas++
    }
    end++
  }
  if (end <= from) return null
  const last = words[end - 1] as TextWord
  const phraseWords = after.slice((words[from] as TextWord).index, last.index + last.word.length)
  const phrase = subjectOf(phraseWords, lexicon)
  const by = words[end]
  // "…” -- urged the court to keep out of the issue": the body urged is not who spoke.
  if (phrase.kind === 'body' && by?.bare === 'to') return null
  // "read a statement from Anna Ruiz": the statement's author.
  if (phrase.kind === 'document' && (by?.bare === 'from' || by?.bare === 'by')) {
    const author = nameAfterVerb(after, words, end + 1, lexicon)
    if (author) return author
  }
  // "wrote Catherine E. Lhamon, the assistant secretary …, and Vanita Gupta, the head of …": two people, each
  // with what they are, writing together.
  if (phrase.kind === 'name') {
    const other = AND_ANOTHER.exec(after.slice(last.index + last.word.length))?.[1]
    const second = other === undefined ? null : readSpeakerPhrase(other, lexicon)
    if (second?.kind === 'name' && second.name.includes(' ')) return { phrase: { kind: 'name', name: `${phrase.name} and ${second.name}`, role: null, gender: null }, words: phraseWords }
  }
  // Someone unnamed right after the verb that follows the quotation ("…,” said a senior official); later in the
  // sentence, the unnamed words are what the verb is about ("…; but suggested a new leader should …").
  return phrase.kind === 'unnamed' && !(from === 1 && unnamedSubject(phraseWords)) ? null : { phrase, words: phraseWords }
}

/** One of some people, described in lower case, and the name of the one: "one of Trump's lawyers, Alan Dershowitz". */
const ONE_OF_THEM = /^(?:one|another)\s+of\s+(?:the|his|her|their|its|(?:\p{Lu}[\p{L}.'’-]*\s+){0,2}\p{Lu}[\p{L}.-]*['’]s?)\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+s,\s+((?:\p{Lu}[\p{L}.'’-]*\s+){1,3}\p{Lu}[\p{L}'’-]+)/u

/** After a body's first words: the rest of its name, what the person is there in lower case, and their name:
 *  "of Texas political scientist Bruce Buchanan", "of America spokesman Jordan Stein", "of Virginia’s Professor Lawless". */
const PERSON_OF_BODY = /^of\s+(?:the\s+)?(?:(?:\p{Lu}[\p{L}.'’&-]*\s+){1,4}(?:(?!(?:for|and|or|of|the|in|on|at|to|with|from|by)\s)\p{Ll}[\p{L}-]*\s+){1,3}|(?:\p{Lu}[\p{L}.&-]*\s+){0,3}\p{Lu}[\p{L}.&-]*['’]s\s+(?:\p{Ll}[\p{L}-]*\s+){0,2})\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}\.)?\s+\p{Lu}[\p{L}'’-]+(?=[\s,.;:!?]|$)/u

/** A report or a paper quoting someone after the quotation: "a court document quoted him saying". */
const QUOTED_AFTER = /^[^,;:“”".]{0,60}?\bquot(?:es|ed)\s+(?!by\b)([^,;:“”".]{2,60}?)\s+(?:as\s+)?saying\b/

/** After a name, what the person is and another person joined to them: ", the assistant secretary …, and Vanita Gupta". */
const AND_ANOTHER = /^,\s+(?:the|a|an)\s[^,.;:“”"]{1,120},\s+and\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)+)/u

/** The name right after "told": "told Cuomo", "told Gov. Andrew Cuomo". */
const TOLD_NAME = /^\s+((?:(?:Mr|Mrs|Ms|Dr|Gov|Sen|Rep)\.\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*)/u

/** Whether words name someone described, not named: "a senior official", "a senior Ukrainian security official"
 *  (a nation's word says only where they are from), "one House Republican aide". */
function unnamedSubject(words: string): boolean {
  const described = lowerDemonyms(words.trim())
  // The whole phrase the description, compared in the form describedAtEnd gives it back.
  return UNNAMED_SUBJECT.test(described) || describedAtEnd(described) === described.replace(/[.,]$/, '')
}

/** Someone the report describes without naming ("a senior official", "one aide", "the source"): the quotation
 *  is theirs, unnamed, and does not take the speaker of a quotation beside it. ("The man who once said" is
 *  someone named before, and is looked for as such; in "a reality he said" the speaker is "he".) */
const UNNAMED_SUBJECT = /^(?!.*\b(?:he|she|they|we|it|i|you)\b)(?:(?:a|an|one|another|two|three|several|some|other)\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+|the\s+(?:source|sources|insider|insiders))[.,]?$/u

/** A sentence that opens on a participle of speech before the quotation and names its subject after it:
 *  "Saying that Fox News “isn't working for us anymore,” President Donald Trump slammed the network",
 *  "Declaring “the time for small thinking is over,” Trump …". A dateline before it is passed over. */
const OPENING_PARTICIPLE = /^(?:\p{Lu}[\p{Lu}.,'’ -]*\s[–—-]{1,2}\s+)?(?:Saying|Noting|Arguing|Claiming|Insisting|Warning|Calling|Describing|Declaring|Stressing|Adding|Telling|Promising|Vowing|Stating|Asserting|Acknowledging|Admitting|Predicting|Explaining|Announcing)\b/u

/** A run of capitalised words, then a word in lower case. */
const CAPITALISED_SUBJECT = /^[,\s]*((?:\p{Lu}[\p{L}.'’-]*\s+){0,5}\p{Lu}[\p{L}.'’-]*)\s+\p{Ll}/u

/** The subject after the quotation of a sentence that opens on a participle of speech, when it names someone. */
export function subjectAfterParticiple(before: string, after: string, lexicon: Lexicon): FoundSpeaker | null {
  if (!OPENING_PARTICIPLE.test(before.trimStart())) return null
  // The subject's words: a run of capitalised words before any word in lower case ("Ukrainian President Petro
  // Poroshenko held"), else those before a verb in the past or present ("the company's chief executive slammed").
  const subject = (CAPITALISED_SUBJECT.exec(after) ?? /^[,\s]*([^,;:“”"]{2,80}?)\s+\p{Ll}+(?:ed|s)\b/u.exec(after))?.[1]
  if (subject === undefined || !/^\p{Lu}/u.test(subject)) return null
  const phrase = readSpeakerPhrase(subject, lexicon)
  return phrase.kind === 'name' || phrase.kind === 'organisation' ? { phrase, words: subject } : null
}

/** A dash right after the closing mark, then a run of capitalised words: "…” – Gwenda Blair, Trump biographer". */
const DASHED_NAME = /^[ \t]*[—–][ \t]*((?:\p{Lu}[\p{L}.'’-]*[ \t]+){0,5}\p{Lu}[\p{L}.'’-]*)/u
/** What may follow the name of a dashed attribution: the paragraph's end, what the person is after a comma, or
 *  where and to whom they said it ("– Trump Jr to New York magazine", "– Charles Krauthammer discussing …"). */
const DASHED_NAME_ENDS = /^(?:\s*$|\s*[,.;]|[ \t]+(?:on|to|at|in|during|discussing|defending|speaking|writing|via|from|after|before|about|when|while)\b)/u

/** A date straight after the name: ", Jan. 30, 1975", ", 12 July 2017" (not ", Trump biographer, …, 12 July 2017"). */
const DATED = /^,\s*(?:\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d)/

/** The person a dash names after a quotation, on its line: "…” – Gwenda Blair, Trump biographer, to the
 *  Guardian", "…" — Judge Robert Owen's report". A person's name only: "— BBC, March 5, 1975" is where the
 *  words were said, and so is a name a date follows ("— Daily Telegraph, Jan. 30, 1975"). Not a name a verb
 *  follows ("— McMaster ordered …" goes on with the sentence), nor a tweet's card ("— Frank Thorp V
 *  (@frankthorp) October 21"), whose marks often hold another's words. */
export function dashedSpeaker(afterMark: string, lexicon: Lexicon): FoundSpeaker | null {
  const run = DASHED_NAME.exec(afterMark)
  if (!run?.[1]) return null
  let name = run[1]
  let rest = afterMark.slice(run[0].length)
  // "Judge Robert Owen's report": the report's author.
  const owner = /^(.*)['’]s$/u.exec(name)?.[1]
  if (owner !== undefined) {
    const noun = /^[ \t]+(\p{Ll}+)/u.exec(rest)
    if (!noun?.[1] || !DOCUMENTS.has(noun[1])) return null
    name = owner
    rest = rest.slice(noun[0].length)
  }
  if (!DASHED_NAME_ENDS.test(rest) || DATED.test(rest)) return null
  const phrase = readSpeakerPhrase(name.replace(/\.$/, ''), lexicon)
  return phrase.kind === 'name' ? { phrase, words: name } : null
}

