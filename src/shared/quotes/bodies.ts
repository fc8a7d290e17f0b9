// Which organisation a common noun for one stands for: "the agency said", "according to the committee",
// "committee leaders wrote" speak for the body of that kind the report last named ("The IRS confirmed …",
// "the House Committee on Energy and Commerce said …"). A body is named in capitals with the noun in its name
// ("Justice Department", "Department of Justice", "Supreme Court"); an agency or a group also by its initials
// ("FCC", "NAACP"); "the newspaper" for the paper named last ("The newspaper adds that …" after "the Journal").

import { COMMON_WORDS } from './commonWords'
import { NOT_NAMES } from './nameWords'
import { paragraphWindow, PRONOUN_REACH, type Context } from './resolve'
import { sameSpeaker } from './speakers'

/** The words a newspaper's name ends with. */
const PAPERS = 'Times|Post|Journal|Daily|Herald|Tribune|Globe|Gazette|Chronicle|Telegraph|Guardian|Inquirer|Examiner|Observer|Independent|Star|Sun|Mail|Express|Mirror|Bee|Register|Dispatch|Courier|Sentinel'

/** The words a group's name ends with. */
const GROUPS = 'Association|Group|Foundation|Coalition|Federation|Alliance|Institute|Project|Fund|Center|Centre|Society|League|Network|Organization|Organisation|Council|Union|Caucus|Forum'

/** The lower-case nouns that stand for a body the report named, and the capitalised words its name holds. */
const NAMED_AS: Readonly<Record<string, string>> = {
  agency: 'Agency|Administration|Commission|Service|Bureau',
  committee: 'Committee',
  department: 'Department',
  ministry: 'Ministry',
  commission: 'Commission',
  court: 'Court',
  council: 'Council',
  // A group by the word its name ends with ("the American Family Association", "Everytown for Gun Safety" is not
  // found), or by its initials.
  group: GROUPS,
  organization: GROUPS,
  organisation: GROUPS,
  union: 'Union',
  // A paper by its name's last word: "The Wall Street Journal", "the Globe", "The Washington Post".
  newspaper: PAPERS,
  paper: PAPERS,
}
export const BODY_NOUNS: ReadonlySet<string> = new Set(Object.keys(NAMED_AS))
const PAPER_NOUNS: ReadonlySet<string> = new Set(['newspaper', 'paper'])
const GROUP_NOUNS: ReadonlySet<string> = new Set(['group', 'organization', 'organisation'])

// Words of a name, a space apart (never across lines); not a day or a month ("the Supreme Court on Monday").
const CAP = String.raw`(?:(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}[\p{L}.'’&]*(?:-\p{Lu}[\p{L}.'’&]*)*)`
const patterns = new Map<string, RegExp>()
function patternFor(noun: string): RegExp {
  let pattern = patterns.get(noun)
  if (!pattern) {
    // Capitalised words before the noun's word ("House Judiciary Committee"), or what it is of after it
    // ("Department of Justice", "Committee on Energy and Commerce"); for an agency, its initials alone.
    const initials = noun === 'agency' || GROUP_NOUNS.has(noun) ? String.raw`|\b(?!(?:US|USA|UK|GOP|CEO|TV|DC|OK|AM|PM|COVID)\b)\p{Lu}{2,5}\b(?![.'’-]\p{L})` : ''
    const source = String.raw`(?:(?:${CAP} (?:and |& )?){0,4}(?:${NAMED_AS[noun]})\b(?: (?:of|on|for) (?:the )?${CAP}(?: (?:and )?${CAP}){0,3})?)${initials}`
    pattern = new RegExp(source, 'gu')
    patterns.set(noun, pattern)
  }
  return pattern
}

/** One body's names: the same, its initials, or one the end of the other ("ATF and Justice Department"). */
const sameBody = (a: string, b: string): boolean => sameSpeaker(a, b) || a.endsWith(` ${b}`) || b.endsWith(` ${a}`)

/** The body of the noun's kind named last before `at`, outside the quotations; or null. Where the paragraphs
 *  just before name two bodies of the kind ("the 9th Circuit Court of Appeals", "the Supreme Court"), "the
 *  court" could be either, and is left unnamed. */
export function bodyNamed(noun: string, at: number, context: Context): string | null {
  if (!BODY_NOUNS.has(noun)) return null
  const pattern = patternFor(noun)
  pattern.lastIndex = 0
  const near = paragraphWindow(context.text, at, PRONOUN_REACH)
  let last: string | null = null
  const nearby: string[] = []
  const named: string[] = []
  for (const m of context.text.slice(0, at).matchAll(pattern)) {
    // The noun's word alone ("Committee members, led by …") names no body; a paper's does after "the" ("the Journal").
    const alone = !/[ A-Z]/.test(m[0].slice(1)) && !(PAPER_NOUNS.has(noun) && context.text.slice(Math.max(0, (m.index ?? 0) - 4), m.index).endsWith('the '))
    // Capitals that are a word ("MUST WATCH", "SEE ALSO") or a number ("World War II") are no body's initials.
    const shout = /^\p{Lu}{2,5}$/u.test(m[0]) && (context.lexicon.hasLowerCase(m[0].toLowerCase()) || COMMON_WORDS.has(m[0].toLowerCase()) || NOT_NAMES.has(m[0].toLowerCase()) || /^[IVXLC]+$/.test(m[0]))
    if (context.quoted?.(m.index ?? 0) || alone || shout) continue
    last = m[0].replace(/^(?:The|A) /, '')
    named.push(last)
    if ((m.index ?? 0) >= near && !nearby.some((name) => sameBody(name, last as string))) nearby.push(last)
  }
  if (nearby.length > 1 || last === null) return null
  // A paper named again by its last word ("the Times") is the one named in full before.
  const word = last
  return word.includes(' ') ? word : (named.findLast((name) => name.endsWith(` ${word}`)) ?? word)
}
