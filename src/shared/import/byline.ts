// Bylines in plain text: a line "By Erin Cunningham" (or "By ERIN CUNNINGHAM and Dan Goodin, Reuters"). The names are the
// article's byline; clean-up drops the line, since the byline is kept with the article's details.
// A name is capitalised words; a lower-case word other than a name particle means the line is prose
// ("By the time Kerry landed ..."), and so does a weekday or month ("By Tuesday").

import { trimEndMatching } from './lineShape'

const BY = /^(?:By|BY|by)(?=$|[\s:])[\s:]*(.*)$/
const MAX_BYLINE_LENGTH = 120
const MAX_NAME_WORDS = 12

// Particles of names and the joins between names and roles: "Ursula von der Leyen", "Erin Cunningham and Dan Goodin".
const LOWER_CASE_ALLOWED = new Set([
  'and', '&', 'de', 'del', 'della', 'der', 'den', 'di', 'da', 'dos', 'du', 'la', 'le', 'van', 'von', 'al', 'el', 'bin', 'ibn', 'y', 'of', 'in', 'for', 'at',
  'staff', 'writer', 'reporter', 'correspondent', 'editor', 'contributor',
])
const NOT_A_NAME = /^(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?$|^(?:january|february|march|april|may|june|july|august|september|october|november|december|the|a|an)$/i
const NAME_WORD = /^[\p{Lu}\p{Lt}][\p{L}\p{M}.'’-]*$|^\p{Lu}\.$/u

/** The names of a byline, without "By"; null when the text after "By" is not a list of names. */
export function bylineNames(rest: string): string | null {
  if (rest.length > MAX_BYLINE_LENGTH * 2) return null
  const names = trimEndMatching(rest.trim(), /[\s,;:|·•—–-]/u)
  if (names === '' || names.length > MAX_BYLINE_LENGTH) return null
  const words = names.split(/\s+/)
  if (words.length > MAX_NAME_WORDS) return null
  for (const raw of words) {
    const word = raw.replace(/^[("“]+|[)"”,;:]+$/gu, '')
    if (word === '' || /^[|·•—–&/-]+$/u.test(word)) continue
    if (LOWER_CASE_ALLOWED.has(word.toLowerCase()) && /^\p{Ll}/u.test(word)) continue
    if (NOT_A_NAME.test(word) || !NAME_WORD.test(word)) return null
  }
  return names
}

export type Byline = { kind: 'names'; names: string } | { kind: 'label' }

/** A line that is a byline: "By" and names, or "By" alone (a label whose names were lost in the copy). */
export function readByline(line: string): Byline | null {
  const match = BY.exec(line.trim())
  if (match === null) return null
  const rest = match[1]?.trim() ?? ''
  if (rest === '') return { kind: 'label' }
  const names = bylineNames(rest)
  return names === null ? null : { kind: 'names', names }
}
