// A speech, a statement or testimony that a report prints whole, without quotation marks, after saying
// whose it is: in its headline ("Transcript: Barack Obama's Second Inaugural Address", "Read the full text of
// Christine Blasey Ford's opening statement") or in a line that brings it in ("The remarks of President Obama,
// as released by The White House and prepared for delivery:", "Here is Rubio's full statement:", "Here's the
// full text of her speech:"). Its words are the speaker's, not the outlet's. A whole text runs to the end of
// the report; a line that brings in only what someone said ("Here's what Kelly said Thursday:") brings in the
// paragraph after it.

import { paragraphsOf } from './marks'
import { TITLES } from './nameWords'
import type { Turn } from './transcripts'

/** Kinds of text printed whole. */
const WHOLE = String.raw`(?:text|transcript|remarks|speech|address|statement|testimony|letter|opening statement|prepared remarks)`

/** Whose the text is, before its kind: a name in the possessive ("Rubio’s", "Christine Blasey Ford's"), a
 *  possessive pronoun, or an office's ("the president's"). */
const WHOSE = String.raw`(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*(?:'s|’s|'|’)|his|her|their|its|the\s+\p{Ll}+(?:'s|’s)`

/** A headline that is the text itself: "Transcript: …", "Full text: …", "Read the full text of …". */
const TITLE = /^(?:(?:Full\s+)?(?:Transcript|Text)\s*:\s*|Read\s+(?:the\s+)?(?:full\s+|complete\s+)?(?:text|transcript)\s+of\s+)(.+)$/i

/** A line that brings a whole text in: "Here is Rubio's full statement:", "Below is the transcript of …:". */
const INTRO = new RegExp(
  String.raw`^(?:Here(?:'s|’s|\s+is)|Below\s+is|(?:The\s+)?[Ff]ollowing\s+is)\s+(?:the\s+|an?\s+)?(?:(${WHOSE})\s+)?(?:(?:full|complete|entire|prepared)\s+)?${WHOLE}\b([^\n:]{0,160}):\s*$`,
  'iu',
)

/** A line that is the text's own heading: "The remarks of President Obama, as released by The White House …:". */
const OF_INTRO = /^The\s+(?:(?:full|complete|prepared)\s+)?(?:text|transcript|remarks)\s+of\s+([^\n:]{1,160}):\s*$/i

/** A line that brings in what someone said next: "Here's what Kelly said Thursday:". */
const SAID_INTRO = /^Here(?:'s|’s|\s+is)\s+what\s+(.{1,60}?)\s+(?:said|told|wrote|says|tweeted)\b[^\n:]{0,80}:\s*$/i

/** The person a phrase names: a possessive name ("Rubio's", "Christine Blasey Ford's") or one after "of"
 *  ("of President Obama"), titles dropped; null for "her", "the president's" and the like. */
function personIn(phrase: string): string | null {
  // "the full statement from Alexander Vindman's lawyer David Pressman": the one who speaks for the other.
  const through = /['’]s\s+(?:lawyer|attorney|spokesman|spokeswoman|spokesperson)\s+((?:\p{Lu}[\p{L}.'’-]*\s*){1,3})/u.exec(phrase)
  if (through?.[1]) return personIn(through[1].trim())
  const found = /((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*?)(?:['’]s?\b|\s*$)/u.exec(phrase) ?? /\bof\s+((?:\p{Lu}[\p{L}.'’-]*\s*){1,4})/u.exec(phrase)
  if (!found?.[1]) return null
  const words = found[1].trim().replace(/['’]s?$/u, '').split(/\s+/)
  // "… lawyer David Pressman Friday": a day after the name is not part of it.
  while (words.length > 1 && /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Yesterday)$/.test(words.at(-1) as string)) words.pop()
  while (words.length > 1 && TITLES.has((words[0] as string).toLowerCase().replace(/\.$/, ''))) words.shift()
  const name = words.join(' ')
  return /^\p{Lu}/u.test(name) && !TITLES.has(name.toLowerCase()) && !/^(?:The|A|An|Here|Read|Transcript|Text|Full)$/i.test(name) ? name : null
}

/** The speeches a report prints whole after saying whose they are, in order; none in most reports. */
export function printedSpeeches(text: string): Turn[] {
  const lines = paragraphsOf(text).map(([start, end]) => ({ start, end }))
  const first = lines[0]
  if (!first) return []
  const title = TITLE.exec(text.slice(first.start, first.end))
  if (title?.[1] && lines[1]) return [{ start: lines[1].start, end: text.length, speaker: personIn(title[1]), label: text.slice(first.start, first.end) }]
  const speeches: Turn[] = []
  lines.forEach((line, k) => {
    const next = lines[k + 1]
    const said = next ? text.slice(line.start, line.end) : ''
    if (!next || !said.trimEnd().endsWith(':') || said.length > 240) return
    const whole = INTRO.exec(said)
    const of = whole ? null : OF_INTRO.exec(said)
    if (whole || of) {
      const phrase = whole ? `${whole[1] ?? ''} ${whole[2] ?? ''}`.trim() : `of ${of?.[1] ?? ''}`
      speeches.push({ start: next.start, end: text.length, speaker: personIn(phrase), label: said })
      return
    }
    const what = SAID_INTRO.exec(said)
    if (what?.[1]) speeches.push({ start: next.start, end: next.end, speaker: personIn(what[1]), label: said })
  })
  // A whole text runs to the end, or to the next one brought in.
  return speeches.map((s, i) => ({ ...s, end: Math.min(s.end, speeches[i + 1]?.start ?? text.length) }))
}
