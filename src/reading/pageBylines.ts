// Bylines a reader can trust: the names of the people who wrote an article, each once, as the page gives
// them, without what pages glue to them in their markup (a "By", the date, a comment count, "Updated …",
// a role such as "Staff Writer"). Pages often give one name twice in different sources ("Jeffrey
// Gettleman" in one tag, "By JEFFREY GETTLEMAN" in another): names are compared without case, and the
// better-cased form is kept.

import { cleanText } from './pageValues'

const MONTH = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?'
/**
 * A date in a byline, glued to the name or not ("Lucas Nolan22 Dec 2016", "Erin Cunningham Mar. 5, 2024",
 * "Erin Cunningham 2024-03-05"): everything from it on is the page's furniture, not a name.
 */
const DATE_IN_BYLINE = new RegExp(
  String.raw`\d{1,2}(?:st|nd|rd|th)?\.?\s+(?:${MONTH})\.?,?\s+\d{4}|(?<!\p{L})(?:${MONTH})\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{4}-\d{2}-\d{2}|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b`,
  'iu',
)
/** "Updated 3 hours ago", "Published 5 March", "Last modified …" after a name; upper-case initial or capitals when glued to it. */
const STAMP = /(?:\s+|\s*[|,•·–—-]\s*|(?<=\p{Ll}))(?:[Uu]pdated|UPDATED|[Pp]ublished|PUBLISHED|[Pp]osted|POSTED|[Ll]ast (?:[Uu]pdated|[Mm]odified))\b.*$/u
/** A count after the name (comments, shares), glued or not. */
const COUNT = /[\s|,•·–—-]*\d+(?:\s+(?:comments?|shares?|replies|responses))?\s*$/i
/** "By", "Written by", "Posted by", "Words by", with an optional colon. */
const BY = /^(?:(?:written|posted|words|reporting|story|text)\s+)?by\b\s*:?\s*/i
const ROLE_WORD = 'editors?|writers?|reporters?|correspondents?|contributors?|columnists?|journalists?|producers?|analysts?|critics?|photographers?|bureau\\s+chief|staff|interns?'
/** Words that qualify a role ("Senior Political Correspondent"); a name before a role word ("John Writer") is not one. */
const ROLE_QUALIFIER = 'senior|chief|staff|contributing|special|deputy|associate|assistant|executive|managing|political|foreign|national|international|business|economics|technology|tech|science|health|sports|investigative|data|lead|global|news|opinion|white\\s+house|washington'
/** ", Staff Writer" or " | Senior Correspondent" after a name: a role, not a name. */
const ROLE = new RegExp(String.raw`\s*(?:,|\||•|·|–|—|\s-)\s*(?:(?:${ROLE_QUALIFIER})\s+){0,3}(?:${ROLE_WORD})(?=\s*(?:,|\||•|·|–|—|\s-|\s+and\s|$))`, 'giu')
/** A byline is a few names: longer text is cut before it is searched, so a hostile page's huge value costs little. */
const MAX_BYLINE_INPUT = 1000
const SEPARATOR = /\s*[|,•·–—-]\s*$/

/** A byline without what is glued to its names; null when nothing of a name is left, or it is a link. */
export function cleanByline(raw: string | null | undefined): string | null {
  let text = cleanText(raw, MAX_BYLINE_INPUT)
  if (text === null || /^(?:https?:)?\/\//i.test(text)) return null
  text = text.replace(BY, '')
  const date = DATE_IN_BYLINE.exec(text)
  if (date !== null) text = text.slice(0, date.index)
  text = text.replace(STAMP, '').replace(COUNT, '')
  const withoutRoles = text.replace(ROLE, '').replace(SEPARATOR, '')
  if (!/\p{L}/u.test(withoutRoles)) return null
  const names = namesIn(withoutRoles)
  // Rewritten only where something was taken out between the names: a role, or a person given twice.
  const rewrite = names.length > 1 && (withoutRoles !== text || uniqueNames(names).length < names.length)
  return cleanText(rewrite ? joinNames(uniqueNames(names)) : withoutRoles)
}

/** The names in a byline when it lists several people ("A, B and C", "A & B"): each part a name of two words or more; else the byline whole. */
export function namesIn(byline: string): string[] {
  const parts = byline.split(/\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*/i).map((part) => part.trim())
  return parts.length > 1 && parts.every((part) => part.split(/\s+/).length >= 2) ? parts : [byline]
}

/** Mixed case ("Jeffrey Gettleman") reads better than capitals or lower case ("JEFFREY GETTLEMAN"). */
const isMixedCase = (name: string): boolean => /\p{Lu}/u.test(name) && /\p{Ll}/u.test(name)

/** Each name once, compared without case, in the order first given, in its best-cased form. */
export function uniqueNames(names: readonly string[]): string[] {
  const byKey = new Map<string, string>()
  for (const name of names) {
    const key = name.toLocaleLowerCase()
    const seen = byKey.get(key)
    if (seen === undefined || (!isMixedCase(seen) && isMixedCase(name))) byKey.set(key, name)
  }
  return [...byKey.values()]
}

/** "A", "A and B", "A, B and C". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? ''
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`
}

/**
 * One byline from the author values one source gives (a JSON-LD author list, a page's author meta tags):
 * each cleaned, each person once; as the page wrote it when one value names them all, else "A, B and C".
 */
export function bylineOf(values: ReadonlyArray<string | null | undefined>): string | null {
  const bylines = values.map((value) => cleanByline(value)).filter((byline): byline is string => byline !== null)
  const names = uniqueNames(bylines.flatMap(namesIn))
  if (names.length <= 1) return names[0] ?? null
  const keys = new Set(names.map((name) => name.toLocaleLowerCase()))
  const whole = bylines.find((byline) => {
    const own = uniqueNames(namesIn(byline)).map((name) => name.toLocaleLowerCase())
    return own.length === keys.size && own.every((key) => keys.has(key))
  })
  return cleanText(whole ?? joinNames(names))
}
