// Who each quotation in one report is attributed to. The attribution is read where news reports put it:
// after the quotation ("…,” Carney said. / said Carney / he told reporters / according to Carney), or before
// it in the same sentence ("Carney said:", "Carney said the strikes were “…”"). A pronoun, a surname or an
// office ("he", "Mr. Holder", "the president") is resolved to the full name used earlier in the report. A
// quotation with no attribution of its own continues the speaker of the quotation just before it in the same
// paragraph, or of the paragraph before when it opens its paragraph. Where nothing names a speaker the answer
// is null: it is never guessed.

import { personMentions, readSpeakerPhrase, sameSpeaker, surnameOf, type PersonMention, type SpeakerPhrase } from './names'
import type { QuotedSpan } from './marks'

export interface Attribution {
  /** The full name (or organisation) the report gives the speaker, or null when it names none. */
  speaker: string | null
  /** The words the report uses for the speaker at the attribution ("he", "Carney"), or null. */
  named: string | null
}

const SPEECH_VERBS =
  'said|says|say|told|tells|added|adds|asked|asks|stated|states|wrote|writes|noted|notes|explained|explains|declared|insisted|insists|' +
  'argued|argues|warned|warns|continued|tweeted|posted|responded|replied|remarked|announced|acknowledged|admitted|claimed|' +
  'countered|recalled|urged|testified|conceded|complained|cautioned|predicted|suggested|contended|maintained|observed|' +
  'quipped|joked|recounted|concluded|pointed out|went on|shot back|fired back|emphasized|stressed|reiterated|answered|' +
  'explained|commented|agreed|conceded|promised|vowed|pledged|charged|alleged|lamented|boasted|demanded|predicted'
/** Verbs that bring in a few quoted words in the middle of the speaker's own sentence. */
const PARTIAL_VERBS = SPEECH_VERBS + '|called|calling|describ(?:ed|es|ing)|dubbed|labell?ed|termed|accused|blasted|slammed|praised|criticized|criticised|saying|telling|adding|writing|warning|arguing|insisting|noting'

const AFTER_VERB_FIRST = new RegExp(`^(?:${SPEECH_VERBS})\\s+(.{1,120}?)(?=[,.;:!?]|$| (?:in|on|at|during|after|before|when|while|of|to|about|that|who)\\b)`, 'i')
const AFTER_SUBJECT_FIRST = new RegExp(`^(.{1,160}?)\\s+(?:\\w+ly\\s+)?(?:${SPEECH_VERBS})\\b`, 'i')
const ACCORDING_TO = /^according to (.{1,120}?)(?=[,.;:!?]|$)/i
const BEFORE_ACCORDING = /(?:^|,\s*)according to ([^,]{1,120}),/i

const ABBREVIATION = /(?:^|\s)(?:Mr|Mrs|Ms|Dr|Rep|Sen|Gov|Lt|Gen|Col|Adm|Capt|Sgt|Rev|St|Jr|Sr|No|Vol|U\.S|[A-Z])\.$/

/** Where the sentence holding `at` starts, no earlier than `from`. */
function sentenceStart(text: string, from: number, at: number): number {
  for (let i = at - 1; i > from; i--) {
    const ch = text[i] as string
    if (ch === '\n') return i + 1
    if (/\s/.test(ch) && /[.!?]["”’]?$/.test(text.slice(Math.max(from, i - 2), i)) && !ABBREVIATION.test(text.slice(Math.max(from, i - 6), i))) {
      const next = text[i + 1] ?? ''
      if (/[\p{Lu}"“‘]/u.test(next)) return i + 1
    }
  }
  return from
}

/** Where the sentence holding `at` ends, no later than `to`. */
function sentenceEnd(text: string, at: number, to: number): number {
  for (let i = at; i < to; i++) {
    const ch = text[i] as string
    if (ch === '\n') return i
    if (/[.!?]/.test(ch) && /\s/.test(text[i + 1] ?? ' ') && !ABBREVIATION.test(text.slice(Math.max(at, i - 5), i + 1))) return i + 1
  }
  return to
}

/** Whether a comma-separated part of the words before a verb is an aside about the subject ("the committee's chairman", "who led the inquiry", "R-Calif."). */
const isAside = (segment: string): boolean => /^(?:the|a|an|who|which|whose|whom|once|now|then|also|[RDI]-[A-Z])\b/.test(segment) || /^[\p{Ll}]/u.test(segment)

/** The phrase naming the subject, from the words just before a verb: asides between commas are passed over. */
function subjectOf(words: string): SpeakerPhrase {
  const segments = words.split(/,|—|–| - /).map((s) => s.trim())
  const nearest = segments.at(-1) ?? ''
  if (nearest !== '') {
    const phrase = readSpeakerPhrase(nearest)
    if (phrase.kind !== 'unnamed') return phrase
  }
  // "Carney, the White House's spokesman, said": the subject comes before the aside. A person named there
  // counts before an office or organisation named in an aside.
  let fallback: SpeakerPhrase = { kind: 'unnamed' }
  for (let s = segments.length - 2; s >= 0; s--) {
    const segment = segments[s] as string
    if (segment === '' || (s > 0 && isAside(segment))) continue
    const phrase = readSpeakerPhrase(segment)
    if (phrase.kind === 'name' || phrase.kind === 'pronoun') return phrase
    if (fallback.kind === 'unnamed') fallback = phrase
  }
  return fallback
}

/** The subject of a sentence's first words: the first part that names someone ("At one point, Rep. Issa, …"). */
function firstSubjectOf(words: string): SpeakerPhrase {
  for (const segment of words.split(/,|—|–| - /).map((s) => s.trim())) {
    if (segment === '') continue
    const phrase = readSpeakerPhrase(segment)
    if (phrase.kind !== 'unnamed') return phrase
  }
  return { kind: 'unnamed' }
}

const SPEECH_VERB = new RegExp(`\\b(?:${SPEECH_VERBS})\\b`, 'gi')
const PARTIAL_VERB = new RegExp(`\\b(?:${PARTIAL_VERBS})\\b`, 'gi')

/** Who speaks in the words before a quotation: the subject of the last speech verb, or, when that verb is a
 *  participle ("…, saying"), of the sentence's own verb. */
function speakerBefore(before: string): { phrase: SpeakerPhrase; words: string } | null {
  const verbs = [...before.matchAll(PARTIAL_VERB)]
  const last = verbs.at(-1)
  if (!last) return null
  if (/ing$/i.test(last[0])) {
    const finite = verbs.slice(0, -1).reverse().find((v) => !/ing$/i.test(v[0]))
    const words = before.slice(0, finite ? finite.index : last.index).replace(/\s+\w+ly\s*$/, '')
    const phrase = finite ? subjectOf(words) : firstSubjectOf(words)
    return phrase.kind === 'unnamed' ? null : { phrase, words }
  }
  const words = before.slice(0, last.index).replace(/\s+\w+ly\s*$/, '')
  const phrase = subjectOf(words)
  return phrase.kind === 'unnamed' ? null : { phrase, words }
}

interface Context {
  text: string
  mentions: PersonMention[]
  /** The speakers resolved so far, with where they were attributed. */
  speakers: Array<{ at: number; speaker: string; gender: 'm' | 'f' | null }>
}

/** The full name behind a phrase, from what the report has said before `at` (or anywhere, for a name). */
function resolve(phrase: SpeakerPhrase, at: number, context: Context): string | null {
  switch (phrase.kind) {
    case 'name': {
      if (phrase.name.includes(' ')) return phrase.name
      const surname = surnameOf(phrase.name)
      const full = context.mentions.find((m) => m.at < at && surnameOf(m.name) === surname && m.name.includes(' ')) ?? context.mentions.find((m) => surnameOf(m.name) === surname && m.name.includes(' '))
      return full?.name ?? phrase.name
    }
    case 'organisation':
      return phrase.name
    case 'role': {
      const holders = context.mentions.filter((m) => m.role === phrase.role && m.name.includes(' '))
      return (holders.filter((m) => m.at < at).at(-1) ?? holders[0])?.name ?? null
    }
    case 'pronoun': {
      // The person the report was just speaking of: the last speaker, or the last person it named, within
      // the two paragraphs before, whichever is nearer; of the pronoun's gender where the report says it.
      const window = paragraphWindow(context.text, at, 2)
      const fits = (gender: 'm' | 'f' | null): boolean => gender === null || gender === phrase.gender
      const speaker = context.speakers.filter((s) => s.at >= window && s.at < at && fits(s.gender)).at(-1)
      const mention = context.mentions.filter((m) => m.at >= window && m.at < at && fits(m.gender)).at(-1)
      const nearest = !mention ? speaker?.speaker : !speaker || mention.at > speaker.at ? resolve({ kind: 'name', name: mention.name, role: null, gender: null }, at, context) : speaker.speaker
      return nearest ?? null
    }
    case 'unnamed':
      return null
  }
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
      return phrase.gender === 'm' ? 'he' : 'she'
    case 'role':
      return `the ${phrase.role}`
    case 'unnamed':
      return null
  }
}

/** The attribution written around one quotation, before it is carried over from a neighbour. */
function attributionAround(text: string, span: QuotedSpan, spans: readonly QuotedSpan[], index: number): { phrase: SpeakerPhrase; words: string } | null {
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
  if (!/[.]$/.test(quoted) || /^[\p{Ll}]/u.test(after)) {
    const verbFirst = AFTER_VERB_FIRST.exec(after)
    if (verbFirst?.[1]) {
      const phrase = subjectOf(verbFirst[1])
      if (phrase.kind !== 'unnamed') return { phrase, words: verbFirst[1] }
    }
    const subjectFirst = AFTER_SUBJECT_FIRST.exec(after)
    if (subjectFirst?.[1]) {
      const phrase = subjectOf(subjectFirst[1])
      if (phrase.kind !== 'unnamed') return { phrase, words: subjectFirst[1] }
    }
    const according = ACCORDING_TO.exec(after)
    if (according?.[1]) return { phrase: subjectOf(according[1]), words: according[1] }
  }
  // Before: from the sentence's start (or the quotation before) to the opening mark.
  const beforeFrom = Math.max(paragraphStart, previous && previous.end >= paragraphStart ? previous.end + 1 : paragraphStart)
  const before = text.slice(sentenceStart(text, beforeFrom, span.start - 1), Math.max(beforeFrom, span.start - 1))
  const according = BEFORE_ACCORDING.exec(before)
  if (according?.[1]) return { phrase: subjectOf(according[1]), words: according[1] }
  return speakerBefore(before.trimEnd())
}

/** The attribution of each quotation in `text`, in the order given. */
export function attributeQuotations(text: string, spans: readonly QuotedSpan[]): Attribution[] {
  const context: Context = { text, mentions: personMentions(text), speakers: [] }
  const genderOf = (name: string): 'm' | 'f' | null => context.mentions.find((m) => m.gender !== null && sameSpeaker(m.name, name))?.gender ?? null
  const found = spans.map((span, index) => {
    const around = attributionAround(text, span, spans, index)
    if (!around) return null
    const speaker = resolve(around.phrase, span.start, context)
    if (speaker) context.speakers.push({ at: span.start, speaker, gender: genderOf(speaker) })
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
    // A paragraph that opens with a quotation goes on with the paragraph before's speaker.
    const opensParagraph = text.slice(paragraphStart, span.start - 1).trim() === ''
    const previousParagraph = paragraphWindow(text, span.start, 1)
    if (opensParagraph) {
      for (let i = index - 1; i >= 0 && (spans[i] as QuotedSpan).start >= previousParagraph; i--) {
        const speaker = found[i]?.speaker
        if (speaker) return { speaker, named: null }
      }
      // Or the paragraph before ends by naming a speaker: "…, Carney said." or "Carney said:".
      const lead = text.slice(previousParagraph, paragraphStart).trim()
      const lastSentence = lead.slice(sentenceStart(lead, 0, lead.length - 1))
      const verbs = [...lastSentence.matchAll(SPEECH_VERB)]
      const verb = verbs.at(-1)
      if (verb && verb.index + verb[0].length >= lastSentence.length - 12 && !/["“”]/.test(lastSentence)) {
        const found = speakerBefore(lastSentence.slice(0, verb.index + verb[0].length))
        const speaker = found ? resolve(found.phrase, span.start, context) : null
        if (speaker) return { speaker, named: null }
      }
    }
    return { speaker: null, named: null }
  })
}
