// The sentence patterns the attribution reads around a quotation, written as expressions: a name's remarks or
// vow before the opening mark, a short sentence that only says who spoke, a clause that opens a sentence, the
// last pronoun of a stretch of text, a line whose described subject speaks to a name before its colon.

import { ROLE_NOUNS, TITLES } from './nameWords'

/** A clause that opens a sentence and ends at the comma before its main clause: "When the president got to the podium,". */
export const SUBORDINATE_LEAD = /^\s*(?:When|After|As|Before|While|Once|Although|Though|Since|Until)\s+([^,;:“”"]{3,80}),\s*$/

/** The last "he" or "she" in a stretch of text. */
export const LAST_PRONOUN = /\b(?:he|she|He|She)\b(?![\s\S]*\b(?:he|she|He|She)\b)/

/** A name's possessive right before the opening mark, and the kind of words the quotation is right after it. */
export const OWNER_BEFORE = /(?:^|\s)(\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3})['’]s$/u
export const REMARKS_AFTER = /^(?:comments?|remarks?|rhetoric|threats?|warnings?|words|statement|tweets?|claims?|vows?|pledges?|promises?)\b/

/** A name's (or "his", "her") threat, promise or call to do what the quotation says, right before the opening
 *  mark ("Trump’s threat to unleash", "his promise to"); or a name's claim of what the quotation says, in the
 *  clause after "that" ("Trump’s argument that the probe is a"; not "his claim that", whose owner is often
 *  named only after it: "despite his claims that he did not “…”, the president …"). */
export const OWNER_VOW =
  /(?:(?:^|\s)(\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3})['’]s\s+(?:arguments?|claims?|assertions?|contentions?|insistence|charges?|accusations?|complaints?)(?:\s+[^\s“”"]+){0,4}?\s+that\s[^“”".!?;:]{0,120}|(?:(?:^|\s)(\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3})['’]s|(?:^|\s)([Hh]is|[Hh]er))\s+(?:threats?|promises?|pledges?|vows?|calls?)\s+to(?:\s+\p{Ll}+){0,2})$/u

/** The end of a sentence that closes a quotation and says who spoke it, right before an opening mark: "…,” the
 *  president said. “" (full stops inside it, as in "CNN.com" or "U.S.", are checked as no sentence's end: the
 *  flag d gives where the attribution lies). */
export const SHORT_QUOTE_SAID = /[,!?]["”]\s+([^“”"!?\n]{2,120}?[^\s.])\.\s*["“]$/d

/** A sentence that only says who spoke: a subject, a verb of speech, and at most whom to or when. */
export const BARE_ATTRIBUTION = /^([^,;:“”"]+?)\s+(?:said|says|told|added|wrote)(?:\s+(?:reporters|(?:on\s+)?\p{Lu}\p{Ll}+day|(?:the\s+)?\p{Lu}[\p{L}.’']*(?:\s+\p{Lu}[\p{L}.’']*){0,2}))?\.$/u

/** A line's words before its colon whose subject is described, not named, and speaks to the name after ("World
 *  leaders warn Trump", "Son of 9/11 victim addresses Ilhan Omar"); not an office before a name ("White House
 *  press secretary Josh Earnest"). */
export function describedSubjectSpeaksTo(lead: string): boolean {
  const m = /^(?:\p{Lu}\S*\s+)*(?:of\s+\S+\s+)?(\p{Ll}+)\s+(\p{Ll}+)\s+\p{Lu}/u.exec(lead)
  return m !== null && ![m[1], m[2]].some((w) => TITLES.has(w as string) || ROLE_NOUNS.has(w as string))
}

/** A paragraph that opens with a name, what they are after a comma, and a colon right before the quotation
 *  ("Charles Cooper, lawyer defending Proposition 8: “", "Sessions, for his part, made a similar argument in his
 *  statement: “"): the name's words all capitalised, not a clause ("When Clinton tried to interrupt, Sanders …"). */
export const DESCRIBED_LEAD = /^((?:\p{Lu}[\p{L}.'’-]*\s+){0,5}\p{Lu}[\p{L}.'’-]*),[^:“"‘\n]{2,80}:\s*["“‘']$/u
