// Who each quotation in one report is attributed to. The attribution is read where news reports put it:
// after the quotation ("…,” Carney said. / said Carney / he told reporters / according to Carney), or before
// it in the same sentence ("Carney said:", "Carney said the strikes were “…”"). A pronoun, a surname or an
// office ("he", "Mr. Holder", "the president") is resolved to the full name used earlier in the report. A
// quotation with no attribution of its own continues the speaker of the quotation just before it in the same
// paragraph, or of the paragraph before when it opens its paragraph. Where nothing names a speaker the answer
// is null: it is never guessed.

import { sentenceEnd, sentenceStart, wordsOf, SPEECH_VERBS } from './clauses'
import { speakerBefore } from './clausesBefore'
import { dashedSpeaker, speakerAfter, speakerEndingClause, subjectAfterParticiple } from './clausesAfter'
import { lexiconOf, namedIn, readOpeningSubject, readSpeakerPhrase, type SpeakerPhrase } from './names'
import { withoutLinkCards, type PersonMention } from './mentions'
import { peopleOf } from './people'
import { indexMentions } from './mentionIndex'
import { paragraphWindow, resolve, type Context } from './resolve'
import { headlineSpeaker, headlineSpeakerPastColon, headlineSubjectSpeaker } from './headlineSubjects'
import { theOneAsked } from './askers'
import { dialogueTurn, sameSentenceSpeaker, toldAfter, turnsOf } from './carried'
import { colonSubject, reportedBefore } from './reportedBefore'
import { personEndingOn, speakerIntroducing } from './paragraphBefore'
import { sameSpeaker } from './speakers'
import type { QuotedSpan } from './marks'
import { classOf, SPACE } from './charClasses'
import { BARE_ATTRIBUTION, DESCRIBED_LEAD, describedSubjectSpeaksTo, LAST_PRONOUN, OWNER_BEFORE, OWNER_VOW, REMARKS_AFTER, SHORT_QUOTE_SAID, SUBORDINATE_LEAD } from './attributionPatterns'

export interface Attribution {
  /** The full name (or organisation) the report gives the speaker, or null when it names none. */
  speaker: string | null
  /** The words the report uses for the speaker at the attribution ("he", "Carney"), or null. */
  named: string | null
}

/** A dash, after spaces or tabs, right where the search starts (lastIndex: after a closing mark). */
const DASH_AFTER = /[ \t]*[—–]/y

/** How many paragraphs back a paragraph that is only a quotation looks for the person last quoted. */
const STANDALONE_REACH = 4

/** The attribution written around one quotation, before it is carried over from a neighbour. */
function attributionAround(context: Context, span: QuotedSpan, spans: readonly QuotedSpan[], index: number): { phrase: SpeakerPhrase; words: string; headline?: true; at?: number } | null {
  const { text } = context
  const paragraphStart = text.lastIndexOf('\n', span.start) + 1
  const paragraphEndAt = text.indexOf('\n', span.end)
  const paragraphEnd = paragraphEndAt < 0 ? text.length : paragraphEndAt
  const previous = spans[index - 1]
  const next = spans[index + 1]
  const quoted = text.slice(span.start, span.end).trimEnd()
  // "…” – Gwenda Blair, Trump biographer, to the Guardian": a dash after the mark names whose words they are.
  DASH_AFTER.lastIndex = span.end + 1
  const dashed = DASH_AFTER.test(text) ? dashedSpeaker(text.slice(span.end + 1, paragraphEnd), context.lexicon) : null
  if (dashed) return dashed
  // After: up to the sentence's end or the next quotation, whichever comes first.
  const afterFrom = Math.min(span.end + 1, paragraphEnd)
  const afterTo = Math.min(sentenceEnd(text, afterFrom, paragraphEnd), next && next.start > afterFrom ? next.start - 1 : paragraphEnd)
  // A card of links blanked out after a name is one space: the words after it are read within the same reach.
  const after = text.slice(afterFrom, afterTo).replace(/^[\s,;:—–-]+/, '').replace(/ {3,}/g, ' ')
  // A quotation that ends its sentence with a full stop is attributed before it, or in the sentence's own words after.
  // Before: from the sentence's start (or the quotation before) to the opening mark.
  const beforeFrom = Math.max(paragraphStart, previous && previous.end >= paragraphStart ? previous.end + 1 : paragraphStart)
  const beforeStart = sentenceStart(text, beforeFrom, span.start - 1)
  const before = text.slice(beforeStart, Math.max(beforeFrom, span.start - 1))
  // So is one ending with a question or an exclamation that a verb of speech and a comma or colon bring in
  // ("Jiang … asked the president, “Sir, why are you saying that to me?” Trump then claimed …").
  // And the words after a question that bring in the next quotation are its attribution, not this one's
  // ("…, okay?” After a tense pause, Jiang … asked the president, “…”).
  const endsSentence = /[.]$/.test(quoted) || (/[?!]$/.test(quoted) && (introducedBy(before) || (next !== undefined && afterTo >= next.start - 1 && introducedBy(after))))
  if (!endsSentence || /^[\p{Ll}]/u.test(after)) {
    const found = speakerAfter(after, context.lexicon)
    // "Parsons said he and others are “…,” according to The Times": the paper reports what the person said.
    // So do reports no one is named for ("Otherwise, he said, Biden will become “history to me,” according to
    // published reports").
    if (found && found.phrase.kind !== 'name' && found.phrase.kind !== 'pronoun' && /^according to\b/i.test(after)) {
      const said = speakerBefore(before.trimEnd(), context.lexicon)
      if (said?.phrase.kind === 'name' || (said?.phrase.kind === 'pronoun' && found.phrase.kind !== 'organisation')) return said
    }
    if (found) return found
    const ending = /[,?!]$/.test(quoted) ? speakerEndingClause(after, context.lexicon) : null
    if (ending) return ending
  }
  const found = speakerBefore(before.trimEnd(), context.lexicon)
  // A pronoun before the quotation stands for someone named before it, not for whom its sentence names after it:
  // "When the president got to the podium, he turned to Mr. Brooks and said, “Arthur, …”".
  const pronoun = found?.phrase.kind === 'pronoun' ? LAST_PRONOUN.exec(before) : null
  if (found && pronoun) {
    // And a clause that opens the sentence by an office names who the pronoun is: "When the president got to the
    // podium, he …" (a name there may be someone else: "As Warren began to speak, he added").
    const lead = SUBORDINATE_LEAD.exec(before.slice(0, pronoun.index))?.[1]
    const subject = lead === undefined ? null : readOpeningSubject(lead, context.lexicon)
    if (subject?.kind === 'role') return { phrase: subject, words: lead as string }
    return { ...found, at: beforeStart + pronoun.index }
  }
  if (found) return found
  const participle = subjectAfterParticiple(before, after, context.lexicon)
  if (participle) return participle
  // A headline's "Buttigieg: ‘I was slow to realize’", run into the text (a related story's link): the person
  // named right before the colon.
  const glued = /\p{Ll}/u.test(text[beforeStart - 1] ?? '')
  const headlined = headlineSpeaker(before.trimEnd(), context, glued) ?? headlineSpeakerPastColon(before, context, glued)
  if (headlined) return headlined
  // "Trump's “fire and fury” comments": the words of the one whose remarks they are.
  const owner = OWNER_BEFORE.exec(before.trimEnd())?.[1]
  if (owner !== undefined && REMARKS_AFTER.test(after)) {
    const phrase = readSpeakerPhrase(owner, context.lexicon)
    if (phrase.kind === 'name') return { phrase, words: owner }
  }
  // "Trump’s threat to unleash “fire and fury”", "his argument that the probe is a “…”": the words of a threat, a
  // promise, a call or a claim are its maker's.
  const vow = OWNER_VOW.exec(before.trimEnd())
  const maker = vow?.[1] ?? vow?.[2] ?? vow?.[3]
  if (maker !== undefined) {
    const phrase: SpeakerPhrase = vow?.[3] !== undefined ? { kind: 'pronoun', gender: maker.toLowerCase() === 'his' ? 'm' : 'f' } : readSpeakerPhrase(maker, context.lexicon)
    if (phrase.kind === 'name' || phrase.kind === 'pronoun') return { phrase, words: maker }
  }
  // A full stop where a comma belongs: "…our values.” DHS spokesman Marsha Catron told the Post.", a sentence
  // that is nothing but an attribution.
  const bareAttribution = BARE_ATTRIBUTION.exec(after)
  return bareAttribution && bareAttribution[1] !== undefined && bareAttribution[1].split(/\s+/).length <= 6 ? speakerAfter(after, context.lexicon) : null
}

/** Whether the words before an opening mark end with a verb of speech, a few words and a comma or colon: "asked the president,". */
function introducedBy(before: string): boolean {
  if (!/[,:]\s*$/.test(before)) return false
  const words = wordsOf(before.slice(-60))
  return words.slice(-4).some((w) => SPEECH_VERBS.has(w.bare))
}

/** How many pieces text.split(/\s+/) makes of a trimmed text, counted up to `most`: a paragraph is not split
 *  into its words to learn that it has more than three. */
function piecesUpTo(text: string, most: number): number {
  let pieces = 1
  for (let i = 0; i < text.length && pieces < most; i++) {
    if ((classOf(text.charCodeAt(i)) & SPACE) === 0) continue
    pieces++
    while (i + 1 < text.length && (classOf(text.charCodeAt(i + 1)) & SPACE) !== 0) i++
  }
  return pieces
}

/** The attribution of each quotation in `text`, in the order given. */
export function attributeQuotations(page: string, spans: readonly QuotedSpan[]): Attribution[] {
  // A page's cards of links to other stories stand between a name and its verb ("Sen. Lindsey Graham Lindsey Olin
  // GrahamTrump … MORE (R-S.C.) said"): the attribution is read with them blanked out, places unchanged.
  const text = withoutLinkCards(page)
  // The words it writes in lower case, less the surnames that are words ("May said" after "Theresa May").
  const { lexicon, mentions: people } = peopleOf(text, lexiconOf(text))
  // People named inside a quotation are not who the report goes on to call "he" or "the mayor".
  const quoted = (at: number): boolean => {
    // The spans are in order and do not overlap: the last one starting at or before `at` is the only candidate.
    let lo = 0
    let hi = spans.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((spans[mid] as QuotedSpan).start <= at) lo = mid + 1
      else hi = mid
    }
    const span = spans[lo - 1]
    return span !== undefined && at < span.end
  }
  const context: Context = { text, lexicon, mentions: indexMentions(people.filter((m) => !quoted(m.at))), speakers: [], quoted }
  const genders = new Map<string, 'm' | 'f' | null>()
  // Each name once, with the gender of its first mention: a long report names the same people hundreds of times.
  const gendered: PersonMention[] = []
  const seen = new Set<string>()
  for (const m of context.mentions.mentions) if (m.gender !== null && !seen.has(m.name)) gendered.push((seen.add(m.name), m))
  const genderOf = (name: string): 'm' | 'f' | null => {
    if (!genders.has(name)) genders.set(name, gendered.find((m) => sameSpeaker(m.name, name))?.gender ?? null)
    return genders.get(name) ?? null
  }
  // A quotation inside a card (a linked headline, "John Dean: 'There is enough evidence' to impeach Trump") is read
  // in the card's own words.
  const onPage: Context = text === page ? context : { ...context, text: page }
  const found = spans.map((span, index) => {
    const inCard = onPage !== context && text.charCodeAt(span.start) === 32 && page.charCodeAt(span.start) !== 32
    const around = attributionAround(inCard ? onPage : context, span, spans, index)
    if (!around) return null
    const speaker = resolve(theOneAsked(around.phrase, span.start, span.end, context), around.at ?? span.start, context)
    // "It said" with no document before it to stand for: as if no attribution were written (a body's words,
    // carried over from the quotation beside them).
    if (!speaker && around.phrase.kind === 'it') return null
    // A headline run into the text names who speaks in it alone: not whom a "he" after it stands for, nor the
    // speaker of the quotations beside it (the next headline's, or the sentence's own).
    // As does a quotation in a card of links (another story's headline).
    if (around.headline || inCard) return { speaker, named: namedIn(around.phrase), headline: true }
    // An organisation, or a body a common noun stands for ("the newspaper said"), is no one a later "he" stands for.
    if (speaker && around.phrase.kind !== 'organisation' && around.phrase.kind !== 'body') context.speakers.push({ at: span.start, speaker, gender: genderOf(speaker) })
    return { speaker, named: namedIn(around.phrase) }
  })
  // Carried over: a quotation with no attribution of its own, next to one that has one. Not a headline's (a
  // related story's link): it names who speaks in it alone.
  const carried = found.map((f) => (f && !('headline' in f) ? f : null))
  const turnAt = turnsOf(text, spans, carried.map((c) => c?.speaker ?? null))
  return spans.map((span, index) => {
    const own = found[index]
    if (own) return { speaker: own.speaker, named: own.named }
    // The last quotation from `from` on with an attribution of its own, carried over; one whose speaker is
    // unnamed ("they wrote", "a spokesman said") is continued unnamed, not passed over for someone quoted before.
    const lastSince = (from: number): Attribution | null => {
      for (let i = index - 1; i >= 0 && (spans[i] as QuotedSpan).start >= from; i--) {
        const before = carried[i]
        if (before) return { speaker: before.speaker, named: null }
      }
      return null
    }
    const paragraphStart = text.lastIndexOf('\n', span.start) + 1
    // In the same paragraph: no line break between the two (a quotation run over paragraphs ends in this one).
    const sameParagraph = (i: number): boolean => {
      const other = spans[i]
      if (other === undefined) return false
      const between = i < index ? text.slice(other.end, span.start) : text.slice(span.end, other.start)
      return !between.includes('\n')
    }
    for (const i of [index - 1, index + 1]) {
      const neighbour = carried[i]
      if (neighbour?.speaker && sameParagraph(i)) return { speaker: neighbour.speaker, named: null }
    }
    // Or further in the same sentence, past other quotations without one: "The purpose, according to the FCC, is
    // to find out about “the process …” and how often stations cover “critical information needs,” along with
    // “perceived station bias” and “…”".
    const inSentence = sameSentenceSpeaker(text, spans, found, index)
    if (inSentence) return { speaker: inSentence, named: null }
    // The sentence before ends a few quoted words with their attribution: "“Walls work,” the president said.
    // “Walls save lives.”" (two words are no quotation of their own, but the one after them goes on with them).
    const opening = text.slice(paragraphStart, span.start)
    const said = SHORT_QUOTE_SAID.exec(opening)
    const [saidFrom, saidTo] = (said?.indices?.[1] ?? [0, 0]).map((at) => paragraphStart + at) as [number, number]
    const short = said && sentenceStart(text, saidFrom, saidTo) === saidFrom ? said[1] : undefined
    const shortFound = short === undefined ? null : speakerAfter(short, context.lexicon)
    const shortSpeaker = shortFound ? resolve(shortFound.phrase, span.start, context) : null
    if (shortSpeaker) return { speaker: shortSpeaker, named: null }
    // An embedded post, signed on the line after it: "— Donald J. Trump (@realDonaldTrump) May 2, 2017".
    const lineEnd = text.indexOf('\n', span.end)
    const nextLine = lineEnd < 0 ? '' : text.slice(lineEnd, lineEnd + 160).trimStart().split('\n')[0] ?? ''
    const signed = /^[—–-]\s*([^()\n]{2,60}?)\s*\(@\w+\)/.exec(nextLine)
    if (signed?.[1]) {
      const speaker = resolve(readSpeakerPhrase(signed[1], context.lexicon), span.start, context)
      if (speaker) return { speaker, named: signed[1] }
    }
    // A headline's "Trump: US ‘needs a good shutdown’", a transcript's "Charles Cooper, lawyer defending Proposition 8: “…”".
    const lead = /^([^:“"‘\n]{2,40}):\s/.exec(opening) ?? DESCRIBED_LEAD.exec(opening)
    // Not a headline whose subject is described, not named, before the name it speaks to ("Son of 9/11 victim
    // addresses Ilhan Omar: ‘…’").
    if (lead?.[1] && !describedSubjectSpeaksTo(lead[1])) {
      // "Trump to Jeff Sessions: '…'": the one before "to" speaks.
      const who = lead[1].split(/\s+to\s+/)[0] ?? lead[1]
      const speaker = resolve(readSpeakerPhrase(who, context.lexicon), span.start, context)
      if (speaker) return { speaker, named: lead[1] }
    }
    const afterColon = colonSubject(text, paragraphStart, span, context)
    if (afterColon) return { speaker: afterColon, named: null }
    // A quotation in the report's headline, named by nothing around it: the headline's subject's.
    if (paragraphStart === 0) {
      const subject = headlineSubjectSpeaker(context, span, lineEnd < 0 ? text.length : lineEnd)
      if (subject) return subject
    }
    // A sentence that is only a quotation, after one in the same paragraph that says what someone said: "McCain
    // said he's confident Congress will not let it happen again. “The American people will not stand for …”".
    const sentenceBefore = reportedBefore(text, paragraphStart, span, context)
    if (sentenceBefore) return { speaker: sentenceBefore, named: null }
    // A paragraph that opens with a quotation goes on with the paragraph before's speaker (a line of page
    // clutter between them, "ADVERTISEMENT", passed over).
    const opensParagraph = text.slice(paragraphStart, span.start - 1).trim() === ''
    // A short line that introduces what follows ("The Post reports:") is not clutter.
    let previousParagraph = paragraphWindow(text, span.start, 1)
    const previousText = text.slice(previousParagraph, paragraphStart).trim()
    const previousWords = piecesUpTo(previousText, 4)
    // A link to another story the page set between two paragraphs ("Hiroshima and the nuclear age – a visual guide
    // Read more") is passed over as clutter is, and the sentence ending the paragraph before it read instead.
    let leadEnd = paragraphStart
    if (/\bRead more$/.test(previousText)) leadEnd = previousParagraph
    if ((previousWords <= 3 && !(previousWords > 1 && previousText.endsWith(':'))) || leadEnd !== paragraphStart) previousParagraph = paragraphWindow(text, span.start, 2)
    if (opensParagraph) {
      const paragraphEndAt = text.indexOf('\n', span.end)
      const turn = dialogueTurn(text, paragraphStart, paragraphEndAt < 0 ? text.length : paragraphEndAt, turnAt, sameSpeaker)
      if (turn) return { speaker: turn, named: null }
      // The last quotation there with an attribution of its own.
      const there = lastSince(previousParagraph)
      if (there) return there
      // Or the paragraph before ends by naming a speaker: "…, Carney said." or "Carney said:".
      const lead = text.slice(previousParagraph, leadEnd).trim()
      const lastSentence = lead.slice(sentenceStart(lead, 0, lead.length - 1))
      // "Mr. Manafort issued a statement in March 2017:", "Carney said.": the sentence that ends the paragraph before.
      const introduced = speakerIntroducing(lastSentence, span.start, context)
      if (introduced) return { speaker: introduced, named: null }
      // A paragraph that is only a quotation goes on with the last person quoted, a few paragraphs back.
      const rest = text.slice(span.end + 1, paragraphEndAt < 0 ? text.length : paragraphEndAt).trim()
      if (rest === '') {
        // Unless the next paragraph says whose it was: "“…” ¶ That's what President Obama said …".
        const teller = toldAfter(context, span.start, paragraphEndAt)
        if (teller) return teller
        // Or the paragraph before ends on a sentence about someone, who then speaks.
        const person = personEndingOn(lastSentence, text.slice(span.start, span.end).trimEnd(), span.start, context)
        if (person) return { speaker: person, named: null }
        const quotedLast = lastSince(paragraphWindow(text, span.start, STANDALONE_REACH))
        if (quotedLast) return quotedLast
      }
    }
    return { speaker: null, named: null }
  })
}
