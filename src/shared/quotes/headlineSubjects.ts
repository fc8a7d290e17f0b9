// A quotation in a report's headline that nothing around it attributes is the headline's subject's, when a
// colon sets the two apart: "Trump delivers another blow to Fox News: 'Fox isn’t working for us anymore!'",
// "'Nobody likes him': Hillary Clinton slams Bernie". Quoted words inside the headline's own sentence are
// often about its subject instead ("Trudeau 'stabbed us in the back'"), so those are left unattributed.
// Also a headline run into the text (a related story's link) that gives words to the name before its colon:
// "Buttigieg: ‘I was slow to realize’", or a few words after the colon ("SEE ALSO: Michele Bachmann: Benghazi report a
// ‘very grim picture for America’").

import type { QuotedSpan } from './marks'
import { resolve, type Context } from './resolve'
import { readSpeakerPhrase, type SpeakerPhrase } from './names'
import { bare } from './nameRuns'
import { ROLE_NOUNS } from './nameWords'

/** The capitalised words a headline part opens with (its subject), to the first word in lower case. */
const HEADLINE_SUBJECT = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*/u

/** The speaker of a quotation in the headline (the text up to `titleEnd`), or null. Only a person the report
 *  names, and writes so, below its headline: a headline in capitals runs its subject into its verb ("Trump
 *  Echoes Americans’ Distrust"), so there the first word alone, when it is such a person's name. */
export function headlineSubjectSpeaker(context: Context, span: QuotedSpan, titleEnd: number): { speaker: string; named: string } | null {
  const { text } = context
  // The headline printed again below (a caption, a link) names no one more.
  const title = text.slice(0, titleEnd).trim()
  const repeats: number[] = []
  for (let at = text.indexOf(title, titleEnd); title !== '' && at >= 0; at = text.indexOf(title, at + title.length)) repeats.push(at)
  const writtenBelow = (name: string): boolean => {
    for (let at = text.indexOf(name, titleEnd); at >= 0; at = text.indexOf(name, at + name.length)) if (!repeats.some((r) => at >= r && at < r + title.length)) return true
    return false
  }
  const before = text.slice(0, span.start)
  const after = text.slice(span.end, titleEnd)
  const parts = [/:\s*["“‘']?\s*$/u.test(before) ? before : '', /^\s*[!?.,]?["”’']?\s*:/u.test(after) ? after : '']
  for (const part of parts) {
    if (part === '') continue
    // The words the part opens with: not a name further on ("'…': 'Today' show host grills Paul Ryan").
    const run = HEADLINE_SUBJECT.exec(part.replace(/^[\s"“”‘’':,!?.]+/u, ''))?.[0].replace(/['’]s$/u, '')
    if (!run) continue
    for (const name of new Set([run, run.split(' ')[0] as string])) {
      const speaker = resolve({ kind: 'name', name, role: null, gender: null }, span.start, context)
      if (speaker && context.mentions.has(speaker) && writtenBelow(speaker)) return { speaker, named: name }
    }
  }
  return null
}

/** A name and a colon right before the opening mark, as headlines attribute words: "John Dean: ‘". */
const NAME_COLON = /(?:^|(?<=[\s,;(]))(\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3}):$/u

/** The person a headline's colon gives the words to, when the words before the opening mark end with one:
 *  the whole of a person's name ("Trump Throws Down With Pelosi and Schumer Over Border Wall:" is no name),
 *  not in capitals throughout (a dateline's "SIMFEROPOL, UKRAINE:"), after a capitalised word, an office or
 *  nothing (not "to replace Rehnquist:", "Trump to Jeff Sessions:"), and, when one word, a surname the report
 *  gives in full ("Translation:" is no one). */
export function headlineSpeaker(before: string, context: Context, glued: boolean): { phrase: SpeakerPhrase; words: string; headline: true } | null {
  const m = NAME_COLON.exec(before)
  if (!m?.[1]) return null
  // Words in capitals before the name are a page's labels ("MUST WATCH Pelosi:").
  const words = m[1].split(/\s+/)
  const first = words.findIndex((w) => !CAPITALS.test(w))
  if (first < 0) return null
  const run = words.slice(first).join(' ')
  const last = words.at(-1) as string
  const lead = before.slice(0, m.index) + words.slice(0, first).join(' ')
  // A quotation closing just before is the end of another headline ("… are 'a circus' Comey: Mueller '…'").
  const wordBefore = QUOTED_AT_END.test(lead) ? undefined : /(\S+)\s*$/.exec(lead)?.[1]
  if (wordBefore !== undefined && ((/^[\p{Ll}\p{N}]/u.test(wordBefore) && !ROLE_NOUNS.has(wordBefore)) || /[’']$/.test(wordBefore))) return null
  if (words.some((w) => /[’']$/.test(w))) return null
  if (/\bto\s+(?:\S+\s+){0,3}$/.test(lead)) return null
  const phrase = readSpeakerPhrase(run, context.lexicon)
  if (phrase.kind !== 'name' || !last.endsWith(phrase.name.split(' ').at(-1) as string)) return null
  // A name glued to a link before it ("Joe BidenButtigieg: ‘I was slow to realize’") begins a link's headline.
  if (!phrase.name.includes(' ') && !glued && context.mentions.withSurname(bare(phrase.name), true).length === 0) return null
  return { phrase, words: run, headline: true }
}
const CAPITALS = /^[\p{Lu}.’'-]{2,}$/u
/** A few words in quotation marks closing at the end: "… hearings are 'a circus' ". */
const QUOTED_AT_END = /(?:^|\s)['‘"“][^'‘’"“”\n]{1,80}['’"”]\s*$/u

/** A colon, then a few words of a headline (no stop, colon or quotation mark among them) up to a quotation's opening mark. */
const COLON_THEN_WORDS = /:\s+(?:[\p{L}\p{N}'’-]+\s+){1,5}["“‘']?$/u

/** The same, with a few of the headline's words between its colon and the quotation: "SEE ALSO: Michele
 *  Bachmann: Benghazi report a ‘very grim picture for America’". */
export function headlineSpeakerPastColon(before: string, context: Context, glued: boolean): { phrase: SpeakerPhrase; words: string; headline: true } | null {
  const colon = COLON_THEN_WORDS.exec(before)
  return colon ? headlineSpeaker(before.slice(0, colon.index + 1).trimEnd(), context, glued) : null
}
