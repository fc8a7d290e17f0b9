// A quotation in a report's headline that nothing around it attributes is the headline's subject's, when a
// colon sets the two apart: "Trump delivers another blow to Fox News: 'Fox isn’t working for us anymore!'",
// "'Nobody likes him': Hillary Clinton slams Bernie". Quoted words inside the headline's own sentence are
// often about its subject instead ("Trudeau 'stabbed us in the back'"), so those are left unattributed.

import type { QuotedSpan } from './marks'
import { resolve, type Context } from './resolve'

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
