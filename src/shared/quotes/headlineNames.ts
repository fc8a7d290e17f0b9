// A person's name out of the words a headline or a page's card of links runs into it: a headline in capitals
// or with a capital on each word writes its verb and its other names in the same run as the name ("SCHUMER URGES
// TRUMP", "Donald Trump Corrects John Kelly"), and a card of links gives the name again in full, run into the
// linked story's headline ("Paul Ryan Paul Davis Ryan Retirees …"). So does a country brought in before a name
// ("envoy to Ukraine Kurt Volker").

import { bare } from './bareWords'
import { COMMON_WORDS } from './commonWords'
import { genderOfGivenName } from './nameGenders'
import { isPlaceWord } from './nameWords'
import { PARTIAL_VERBS } from './speechVerbs'

/** What a headline says someone does to someone, between their names: "Trump Picks Larry Kudlow". */
const HEADLINE_ACTIONS = new Set(
  ('picks corrects names taps nominates fires hires backs endorses meets signs visits rips hits defends attacks sues rebukes chooses appoints ousts ' +
    'threatens faces wins loses seeks plans eyes weighs mulls targets pushes quits joins leaves takes gets makes gives raps knocks bashes chides scolds taunts lauds').split(' '),
)

/** The name in a run of capitalised words (its titles already taken off), less a headline's or a card's words. */
export function outOfHeadline(words: readonly string[]): string[] {
  let name = [...words]
  // A page's card of links right after a name gives the name again in full, run into the card's headline: "Paul
  // Ryan Paul Davis Ryan Retirees …", "John Kennedy John Neely KennedyMORE". The name is the first.
  const again = name.findIndex((w, i) => i >= 2 && w === name[0])
  if (again > 0) name = name.slice(0, again)
  // A headline in capitals runs on past a name: the name ends at the verb ("SCHUMER URGES TRUMP", "TRUMP SLAMS
  // BANNON"); words from a verb on are none ("BLASTS MEXICO ON HEELS OF EXEC ORDER").
  // A verb's form in "-ing" is one too: "MEDIA SLAMMING TRUMP AFTER PUTIN SUMMIT".
  if (name.length > 1 && name.every((w) => !/\p{Ll}/u.test(w))) {
    const verb = name.findIndex((w) => PARTIAL_VERBS.has(bare(w)) || /^\p{Lu}{3,}ING$/u.test(w))
    if (verb >= 0) name = name.slice(0, verb)
  }
  // As does one with capitals on each word, at a verb between two names ("Donald Trump Corrects John Kelly",
  // "Trump Picks Larry Kudlow"; not "United States", whose last word it is). The headline's own words before
  // the name go too ("Nothing Trump Says Can Be Trusted"); a verb the run opens with is no part of the name
  // after it ("Threatens Christie's …", where "Bridge Scandal" before it was read as words).
  // So is a verb's form in "-ing" before a given name ("Silencing Elizabeth Warren backfires"): no one's name ends
  // in "-ing" with a given name after it.
  const headlineVerb = name.findIndex((w, i) => i < name.length - 1 && (PARTIAL_VERBS.has(bare(w)) || HEADLINE_ACTIONS.has(bare(w)) || (/\p{Ll}ing$/u.test(w) && genderOfGivenName(bare(name[i + 1] as string)) !== null)))
  if (headlineVerb === 0) return name.slice(1)
  if (headlineVerb > 0) {
    name = name.slice(0, headlineVerb)
    while (name.length > 0 && COMMON_WORDS.has(bare(name[0] as string))) name = name.slice(1)
  }
  return name
}

/** A country or a state "to" brings in, run into the name of the person after it ("envoy to Ukraine Kurt Volker"):
 *  the name from its given name on. */
export function afterPlace(name: string[], before: string | undefined): string[] {
  if (before?.toLowerCase() !== 'to') return name
  const given = name.findIndex((w, i) => i > 0 && genderOfGivenName(bare(w)) !== null)
  const place = given > 0 && given <= name.length - 2 && name.slice(0, given).every((w) => isPlaceWord(bare(w)))
  return place ? name.slice(given) : name
}
