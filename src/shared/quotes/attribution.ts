// Who each quotation in one report is attributed to. The attribution is read where news reports put it:
// after the quotation ("…,” Carney said. / said Carney / he told reporters / according to Carney), or before
// it in the same sentence ("Carney said:", "Carney said the strikes were “…”"). A pronoun, a surname or an
// office ("he", "Mr. Holder", "the president") is resolved to the full name used earlier in the report. A
// quotation with no attribution of its own continues the speaker of the quotation just before it in the same
// paragraph, or of the paragraph before when it opens its paragraph. Where nothing names a speaker the answer
// is null: it is never guessed.

import { sentenceEnd, sentenceStart, speakerAfter, speakerBefore, wordsOf, SPEECH_VERBS } from './clauses'
import { lexiconOf, namesTogether, readOpeningSubject, readSpeakerPhrase, type Lexicon, type SpeakerPhrase } from './names'
import { personMentions, type PersonMention } from './mentions'
import { bare } from './nameRuns'
import { expandInitials, sameSpeaker, surnameOf } from './speakers'
import type { QuotedSpan } from './marks'

export interface Attribution {
  /** The full name (or organisation) the report gives the speaker, or null when it names none. */
  speaker: string | null
  /** The words the report uses for the speaker at the attribution ("he", "Carney"), or null. */
  named: string | null
}

/** How many paragraphs back a paragraph that is only a quotation looks for the person last quoted. */
const STANDALONE_REACH = 4

/** How many paragraphs back a pronoun looks first for the person it stands for. */
const PRONOUN_REACH = 3

interface Context {
  text: string
  lexicon: Lexicon
  mentions: PersonMention[]
  /** The people resolved as speakers so far, with where they were attributed. */
  speakers: Array<{ at: number; speaker: string; gender: 'm' | 'f' | null }>
}

/** The full name behind a phrase, from what the report has said before `at` (or anywhere, for a name). */
function resolve(phrase: SpeakerPhrase, at: number, context: Context): string | null {
  switch (phrase.kind) {
    case 'name': {
      if (phrase.name.includes(' ')) {
        // Two capitalised words the report never gives as a name otherwise, one of them a person's surname
        // ("Biden Drops", a headline's capitals): that person.
        if (context.mentions.some((m) => m.name === phrase.name)) return phrase.name
        const words = phrase.name.split(' ')
        if (words.length !== 2) return phrase.name
        const known = context.mentions.find((m) => m.name.includes(' ') && (surnameOf(m.name) === bare(words[0] ?? '') || surnameOf(m.name) === bare(words.at(-1) ?? '')))
        return known && !phrase.name.includes(' and ') ? known.name : phrase.name
      }
      // A surname alone: the full name the report gives it. Where two people share it ("Barack Obama",
      // "Michelle Obama"), the one who holds the office named with it, else the one the report names most.
      const surname = surnameOf(phrase.name)
      // "Mr. Trump" is not "Melania Trump": a title's gender rules out a name of the other.
      const candidates = context.mentions.filter((m) => m.name.includes(' ') && surnameOf(m.name) === surname && !(phrase.gender && m.gender && m.gender !== phrase.gender))
      if (candidates.length === 0) return phrase.name
      const counts = new Map<string, number>()
      for (const m of context.mentions) if (surnameOf(m.name) === surname) counts.set(m.name, (counts.get(m.name) ?? 0) + 1)
      const holder = phrase.role ? candidates.find((m) => m.role === phrase.role) : undefined
      const best = [...new Set(candidates.map((m) => m.name))].sort((x, y) => (counts.get(y) ?? 0) - (counts.get(x) ?? 0))[0]
      return holder?.name ?? best ?? phrase.name
    }
    case 'organisation':
      return expandInitials(phrase.name, context.text)
    case 'role': {
      const holders = context.mentions.filter((m) => m.role === phrase.role)
      const holder = holders.filter((m) => m.at < at).at(-1) ?? holders[0]
      if (holder) return resolve({ kind: 'name', name: holder.name, role: holder.role, gender: holder.gender }, at, context)
      // An office brought in without a name ("a senior official … the official said") stays unnamed; one the
      // report never gives with a name ("the Massachusetts senator") is the person it was speaking of.
      const unnamed = new RegExp(`\\b(?:a|an|one)\\s+(?:[\\p{L}.'’-]+\\s+){0,4}${phrase.role}\\b`, 'iu')
      return unnamed.test(context.text.slice(0, at)) ? null : resolve({ kind: 'pronoun', gender: null }, at, context)
    }
    case 'pronoun': {
      // The person the report was just speaking of, within the two paragraphs before: the last speaker, or
      // the last person a sentence opened with, or else the last person named, whichever is nearest; of
      // the pronoun's gender where the report says it.
      const window = paragraphWindow(context.text, at, PRONOUN_REACH)
      const fits = (gender: 'm' | 'f' | null): boolean => gender === null || phrase.gender === null || gender === phrase.gender
      const speaker = context.speakers.filter((s) => s.at >= window && s.at < at && fits(s.gender)).at(-1)
      const near = context.mentions.filter((m) => m.at >= window && m.at < at && fits(m.gender))
      const mention = near.filter((m) => m.subject).at(-1) ?? (speaker ? undefined : near.at(-1))
      if (mention && (!speaker || mention.at > speaker.at)) return mention.name
      if (speaker) return speaker.speaker
      // Further back: the last person a sentence opened with or who was quoted, the report's own subject.
      const earlier = context.mentions.filter((m) => m.at < window && m.subject && fits(m.gender)).at(-1)
      const earlierSpeaker = context.speakers.filter((s) => s.at < window && fits(s.gender)).at(-1)
      return earlier && (!earlierSpeaker || earlier.at > earlierSpeaker.at) ? earlier.name : (earlierSpeaker?.speaker ?? null)
    }
    case 'document':
      return documentAuthor(phrase.noun, at, context)
    case 'plural':
      return namedTogetherBefore(at, context)
    case 'unnamed':
      return null
  }
}

/** The people last named together at the head of a sentence ("Sens. Rand Paul, Ted Cruz and Mike Lee are…"),
 *  within a few paragraphs before `at`. */
function namedTogetherBefore(at: number, context: Context): string | null {
  const { text } = context
  const from = paragraphWindow(text, at, PRONOUN_REACH)
  const heads = [...text.slice(from, at).matchAll(GROUP_HEAD)].reverse()
  for (const head of heads) {
    // Surnames alone ("Paul, Lee and Cruz") stand for the full names the report gave them.
    const together = namesTogether(head[1] ?? '', context.lexicon, true)
    if (together?.kind !== 'name') continue
    const names = together.name.split(/, | and /).map((name) => resolve({ kind: 'name', name, role: null, gender: null }, at, context) ?? name)
    return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`
  }
  return null
}

const NAME_PART = String.raw`(?:(?:Sens?|Reps?|Govs?|Mr|Mrs|Ms|Dr)\.\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*`
/** A sentence that opens with names joined by commas and "and". */
const GROUP_HEAD = new RegExp(String.raw`(?:^|[.!?]["”’]?\s+|
)(${NAME_PART}(?:\s*,\s*${NAME_PART})*,?\s+and\s+${NAME_PART})`, 'gu')

/** Verbs for bringing out a document: "the NSA released a statement", "Paul, Cruz and Lee wrote a letter". */
const ISSUES = /\b(?:released|issued|sent|wrote|posted|tweeted|published|signed|put out|said in|says in|according to)\b/i

/** Who issued the statement (letter, memo…) a quotation comes from: the subject of the sentence that brought
 *  it in ("The NSA also released a statement saying…", "In a statement, Smith said"), or its owner ("Smith's letter"). */
function documentAuthor(noun: string, at: number, context: Context): string | null {
  const { text } = context
  const from = paragraphWindow(text, at, PRONOUN_REACH)
  const nounAt = new RegExp(`\\b${noun}s?\\b`, 'gi')
  let last = -1
  for (let m = nounAt.exec(text.slice(from, at)); m; m = nounAt.exec(text.slice(from, at))) last = from + m.index
  if (last < 0) return null
  const start = sentenceStart(text, from, last)
  const sentence = text.slice(start, sentenceEnd(text, last, at))
  const owner = /(\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*)*)['’]s\s+(?:\w+\s+)?$/u.exec(text.slice(start, last))
  if (owner?.[1]) return resolve(readSpeakerPhrase(owner[1], context.lexicon), at, context)
  if (!ISSUES.test(sentence)) return null
  const found = speakerBefore(sentence.slice(0, (ISSUES.exec(sentence)?.index ?? 0) + 6), context.lexicon) ?? null
  const phrase = found?.phrase ?? readOpeningSubject(sentence, context.lexicon)
  return phrase.kind === 'document' ? null : resolve(phrase, at, context)
}

/** Where the paragraph `back` paragraphs before the one holding `at` starts. */
function paragraphWindow(text: string, at: number, back: number): number {
  let i = at
  for (let n = 0; n <= back; n++) {
    const newline = text.lastIndexOf('\n', i - 1)
    if (newline < 0) return 0
    i = newline
    while (i > 0 && text[i - 1] === '\n') i--
  }
  return i + 1
}

/** How the attribution names the speaker, in short: "Carney", "he", "the president", "the Pentagon". */
function namedIn(phrase: SpeakerPhrase): string | null {
  switch (phrase.kind) {
    case 'name':
    case 'organisation':
      return phrase.name
    case 'pronoun':
      return phrase.gender === 'f' ? 'she' : 'he'
    case 'role':
      return `the ${phrase.role}`
    case 'document':
      return `the ${phrase.noun}`
    case 'plural':
      return 'they'
    case 'unnamed':
      return null
  }
}

/** The attribution written around one quotation, before it is carried over from a neighbour. */
function attributionAround(context: Context, span: QuotedSpan, spans: readonly QuotedSpan[], index: number): { phrase: SpeakerPhrase; words: string } | null {
  const { text } = context
  const paragraphStart = text.lastIndexOf('\n', span.start) + 1
  const paragraphEndAt = text.indexOf('\n', span.end)
  const paragraphEnd = paragraphEndAt < 0 ? text.length : paragraphEndAt
  const previous = spans[index - 1]
  const next = spans[index + 1]
  const quoted = text.slice(span.start, span.end).trimEnd()
  // After: up to the sentence's end or the next quotation, whichever comes first.
  const afterFrom = Math.min(span.end + 1, paragraphEnd)
  const afterTo = Math.min(sentenceEnd(text, afterFrom, paragraphEnd), next && next.start > afterFrom ? next.start - 1 : paragraphEnd)
  const after = text.slice(afterFrom, afterTo).replace(/^[\s,;:—–-]+/, '')
  // A quotation that ends its sentence with a full stop is attributed before it, or in the sentence's own words after.
  if (!/[.]$/.test(quoted) || /^[\p{Ll}]/u.test(after)) {
    const found = speakerAfter(after, context.lexicon)
    if (found) return found
  }
  // Before: from the sentence's start (or the quotation before) to the opening mark.
  const beforeFrom = Math.max(paragraphStart, previous && previous.end >= paragraphStart ? previous.end + 1 : paragraphStart)
  const before = text.slice(sentenceStart(text, beforeFrom, span.start - 1), Math.max(beforeFrom, span.start - 1))
  return speakerBefore(before.trimEnd(), context.lexicon)
}

/** The attribution of each quotation in `text`, in the order given. */
export function attributeQuotations(text: string, spans: readonly QuotedSpan[]): Attribution[] {
  const lexicon = lexiconOf(text)
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
  const context: Context = { text, lexicon, mentions: personMentions(text, lexicon).filter((m) => !quoted(m.at)), speakers: [] }
  const genders = new Map<string, 'm' | 'f' | null>()
  const gendered = context.mentions.filter((m) => m.gender !== null)
  const genderOf = (name: string): 'm' | 'f' | null => {
    if (!genders.has(name)) genders.set(name, gendered.find((m) => sameSpeaker(m.name, name))?.gender ?? null)
    return genders.get(name) ?? null
  }
  const found = spans.map((span, index) => {
    const around = attributionAround(context, span, spans, index)
    if (!around) return null
    const speaker = resolve(around.phrase, span.start, context)
    if (speaker && around.phrase.kind !== 'organisation') context.speakers.push({ at: span.start, speaker, gender: genderOf(speaker) })
    return { speaker, named: namedIn(around.phrase) }
  })
  // Carried over: a quotation with no attribution of its own, next to one that has one.
  return spans.map((span, index) => {
    const own = found[index]
    if (own) return own
    const paragraphStart = text.lastIndexOf('\n', span.start) + 1
    const sameParagraph = (i: number): boolean => {
      const other = spans[i]
      return other !== undefined && text.lastIndexOf('\n', other.start) + 1 === paragraphStart
    }
    for (const i of [index - 1, index + 1]) {
      const neighbour = found[i]
      if (neighbour?.speaker && sameParagraph(i)) return { speaker: neighbour.speaker, named: null }
    }
    // An embedded post, signed on the line after it: "— Donald J. Trump (@realDonaldTrump) May 2, 2017".
    const lineEnd = text.indexOf('\n', span.end)
    const nextLine = lineEnd < 0 ? '' : text.slice(lineEnd, lineEnd + 160).trimStart().split('\n')[0] ?? ''
    const signed = /^[—–-]\s*([^()\n]{2,60}?)\s*\(@\w+\)/.exec(nextLine)
    if (signed?.[1]) {
      const speaker = resolve(readSpeakerPhrase(signed[1], context.lexicon), span.start, context)
      if (speaker) return { speaker, named: signed[1] }
    }
    // A headline's "Trump: US ‘needs a good shutdown’".
    const lead = /^([^:“"‘\n]{2,40}):\s/.exec(text.slice(paragraphStart, span.start))
    if (lead?.[1]) {
      // "Trump to Jeff Sessions: '…'": the one before "to" speaks.
      const who = lead[1].split(/\s+to\s+/)[0] ?? lead[1]
      const speaker = resolve(readSpeakerPhrase(who, context.lexicon), span.start, context)
      if (speaker) return { speaker, named: lead[1] }
    }
    // A paragraph that opens with a quotation goes on with the paragraph before's speaker (a line of page
    // clutter between them, "ADVERTISEMENT", passed over).
    const opensParagraph = text.slice(paragraphStart, span.start - 1).trim() === ''
    let previousParagraph = paragraphWindow(text, span.start, 1)
    if (text.slice(previousParagraph, paragraphStart).trim().split(/\s+/).length <= 3) previousParagraph = paragraphWindow(text, span.start, 2)
    if (opensParagraph) {
      for (let i = index - 1; i >= 0 && (spans[i] as QuotedSpan).start >= previousParagraph; i--) {
        const speaker = found[i]?.speaker
        if (speaker) return { speaker, named: null }
      }
      // Or the paragraph before ends by naming a speaker: "…, Carney said." or "Carney said:".
      const lead = text.slice(previousParagraph, paragraphStart).trim()
      const lastSentence = lead.slice(sentenceStart(lead, 0, lead.length - 1))
      // "Mr. Manafort issued a statement in March 2017:": whoever the sentence opens with.
      if (lastSentence.endsWith(':') && !/["“”]/.test(lastSentence)) {
        const opening = readOpeningSubject(lastSentence, context.lexicon)
        const speaker = opening.kind === 'unnamed' ? null : resolve(opening, span.start, context)
        if (speaker) return { speaker, named: null }
      }
      const verb = wordsOf(lastSentence).filter((w) => SPEECH_VERBS.has(w.bare)).at(-1)
      if (verb && verb.index + verb.word.length >= lastSentence.length - 12 && !/["“”]/.test(lastSentence)) {
        const found = speakerBefore(lastSentence.slice(0, verb.index + verb.word.length), context.lexicon)
        const speaker = found ? resolve(found.phrase, span.start, context) : null
        if (speaker) return { speaker, named: null }
      }
      // A paragraph that is only a quotation goes on with the last person quoted, a few paragraphs back.
      const paragraphEndAt = text.indexOf('\n', span.end)
      const rest = text.slice(span.end + 1, paragraphEndAt < 0 ? text.length : paragraphEndAt).trim()
      if (rest === '') {
        const reach = paragraphWindow(text, span.start, STANDALONE_REACH)
        for (let i = index - 1; i >= 0 && (spans[i] as QuotedSpan).start >= reach; i--) {
          const speaker = found[i]?.speaker
          if (speaker) return { speaker, named: null }
        }
      }
    }
    return { speaker: null, named: null }
  })
}
