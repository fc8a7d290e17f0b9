// A report's person mentions indexed for the questions resolving a speaker asks again and again: is this
// name given in full, who bears this surname or holds this office, and who is named in a stretch of text
// before a place. Filtering every mention for each question grew with the square of a long report's names.

import type { PersonMention } from './mentions'
import { surnameOf } from './speakers'

export interface MentionIndex {
  /** The mentions, in the order of the text. */
  readonly mentions: readonly PersonMention[]
  /** Whether some mention gives exactly this name. */
  has(name: string): boolean
  /** The mentions whose name ends with this surname, in order; `full` only those of two words or more. */
  withSurname(surname: string, full: boolean): readonly PersonMention[]
  /** The mentions of people who hold this office, in order. */
  withRole(role: string): readonly PersonMention[]
  /** How many mentions come before `at`: mentions[0 .. countBefore(at)) are those with m.at < at. */
  countBefore(at: number): number
}

/** How many of `items` (in order of `at`) lie before `at`. */
export function countBefore(items: ReadonlyArray<{ at: number }>, at: number): number {
  let lo = 0
  let hi = items.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((items[mid] as { at: number }).at < at) lo = mid + 1
    else hi = mid
  }
  return lo
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

/** The index of `mentions`, which must be in the order of the text (as personMentions gives them). */
export function indexMentions(mentions: readonly PersonMention[]): MentionIndex {
  const names = new Set<string>()
  const bySurname = new Map<string, PersonMention[]>()
  const fullBySurname = new Map<string, PersonMention[]>()
  const byRole = new Map<string, PersonMention[]>()
  for (const m of mentions) {
    names.add(m.name)
    const surname = surnameOf(m.name)
    push(bySurname, surname, m)
    if (m.name.includes(' ')) push(fullBySurname, surname, m)
    if (m.role !== null) push(byRole, m.role, m)
  }
  return {
    mentions,
    has: (name) => names.has(name),
    withSurname: (surname, full) => (full ? fullBySurname : bySurname).get(surname) ?? [],
    withRole: (role) => byRole.get(role) ?? [],
    countBefore: (at) => countBefore(mentions, at),
  }
}
