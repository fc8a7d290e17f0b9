// Who a phrase names, as news reports name people: "White House spokesman Jay Carney", "Rep. Darrell E.
// Issa", "Mr. Holder", "the president", "he", "the Pentagon", "a senior official". Names are runs of
// capitalised words; the titles and offices before them are taken off (and kept as the person's role) so the
// same person is known by one name through a report. Written for speed: the quote ledger reads every report
// each time a comparison opens, and a general language library takes many times the alignment's own time.

/** Who a phrase refers to, before it is resolved against the rest of the report. */
export type SpeakerPhrase =
  | { kind: 'name'; name: string; role: string | null; gender: 'm' | 'f' | null }
  | { kind: 'pronoun'; gender: 'm' | 'f' }
  | { kind: 'role'; role: string }
  | { kind: 'organisation'; name: string }
  | { kind: 'unnamed' }

/** Titles and offices written before a name; the name is what follows the last of them. */
const TITLES = new Set(
  (
    'mr mrs ms miss dr rep reps sen sens gov govs lt gen col maj adm capt sgt cpl pvt rev fr sister brother prof ' +
    'president vice secretary speaker senator senators governor chairman chairwoman chair judge justice mayor attorney general ' +
    'prime minister ambassador chief director commissioner sheriff officer detective pope king queen prince princess ' +
    'leader majority minority whip representative congressman congresswoman councilman councilwoman lieutenant ' +
    'coach candidate nominee spokesman spokeswoman spokesperson press sergeant commander superintendent chancellor ' +
    'sheikh ayatollah emir sultan premier deputy assistant acting former then state u.s us house senate ' +
    'republican republicans democrat democrats democratic independent gop'
  ).split(' '),
)
const MALE_TITLES = new Set(['mr', 'king', 'prince', 'brother', 'fr', 'sheikh', 'emir', 'sultan', 'pope', 'congressman', 'councilman', 'spokesman', 'chairman'])
const FEMALE_TITLES = new Set(['mrs', 'ms', 'miss', 'queen', 'princess', 'sister', 'congresswoman', 'councilwoman', 'spokeswoman', 'chairwoman'])

/** Words that make a capitalised run an organisation rather than a person. */
const ORGANISATION_WORDS = new Set(
  (
    'house department ministry office agency committee commission council court party campaign pentagon kremlin ' +
    'company inc corp corporation association union administration service bureau university police army navy ' +
    'times post news network institute foundation center centre group board bank reserve fund organization ' +
    'organisation federation government parliament congress senate command coalition alliance embassy club ' +
    'airlines school hospital church county city state states nations press journal magazine tribune'
  ).split(' '),
)

/** Lower-case offices and descriptions that stand for a person ("the president said"). */
const ROLE_NOUNS = new Set(
  (
    'president senator congressman congresswoman governor secretary spokesman spokeswoman spokesperson minister ' +
    'mayor judge justice chairman chairwoman ambassador candidate nominee speaker director chief sheriff prosecutor ' +
    'attorney official commissioner leader lawmaker coach pope king queen premier chancellor general commander ' +
    'officer detective representative'
  ).split(' '),
)

/** Words that begin a sentence or a clause in capitals without being a name. */
const NOT_NAMES = new Set(
  (
    'the a an and but or so yet in on at of for to from by with as if when while after before since though although ' +
    'this that these those there here it its he she they we i you his her their our my your one some many most ' +
    'all both each every no not however meanwhile also still then now later earlier today yesterday tomorrow ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july ' +
    'august september october november december asked speaking writing according instead indeed moreover'
  ).split(' '),
)

const CONNECTORS = new Set(['de', 'da', 'del', 'della', 'di', 'van', 'von', 'der', 'den', 'bin', 'ibn', 'al', 'el', 'la', 'le', 'du', 'dos', 'st.'])
const SUFFIXES = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv'])

const bare = (word: string): string => word.toLowerCase().replace(/[.,]$/, '').replace(/’s$|'s$/, '')
const capitalised = (word: string): boolean => /^[\p{Lu}][\p{L}'’.-]*$/u.test(word) || /^[\p{Lu}]\.$/u.test(word) || /^(al|el)-[\p{Lu}]/u.test(word)

/** The words of a phrase, with the commas, brackets and the like around them taken off. */
function wordsOf(phrase: string): string[] {
  return phrase
    .split(/\s+/)
    .map((w) => w.replace(/^[("'“‘[]+|[)"'”’\],;:!?]+$/g, ''))
    .filter((w) => w !== '')
}

/** The last run of capitalised words in `words` (with the connectors and suffixes names carry). */
function lastCapitalisedRun(words: string[]): { run: string[]; before: string | undefined } | null {
  let end = words.length
  while (end > 0 && !capitalised(words[end - 1] as string) && !SUFFIXES.has(bare(words[end - 1] as string))) end--
  if (end === 0) return null
  let start = end - 1
  while (start > 0) {
    const previous = words[start - 1] as string
    if (capitalised(previous) || (CONNECTORS.has(previous.toLowerCase()) && start - 1 > 0 && capitalised(words[start - 2] as string))) start--
    else break
  }
  return { run: words.slice(start, end), before: words[start - 1] }
}

/** A name's parts: what the titles before it say (role, gender) and the name itself. */
export function splitTitles(run: string[]): { name: string[]; role: string | null; gender: 'm' | 'f' | null } {
  let last = -1
  run.forEach((word, i) => {
    if (TITLES.has(bare(word))) last = i
  })
  const titles = run.slice(0, last + 1).map(bare)
  const gender = titles.some((t) => MALE_TITLES.has(t)) ? 'm' : titles.some((t) => FEMALE_TITLES.has(t)) ? 'f' : null
  const role = titles.filter((t) => ROLE_NOUNS.has(t) || t === 'rep' || t === 'sen' || t === 'gov').at(-1) ?? null
  const normalRole = role === 'rep' ? 'representative' : role === 'sen' ? 'senator' : role === 'gov' ? 'governor' : role
  let name = run.slice(last + 1)
  while (name.length > 0 && NOT_NAMES.has(bare(name[0] as string))) name = name.slice(1)
  const cleaned = name.map((w) => w.replace(/[,;:]$/, '').replace(/’s$|'s$/, ''))
  // A full stop that ends the sentence is not part of the name; an initial's or a suffix's is.
  const end = cleaned.length - 1
  if (end >= 0 && /[^.]{2,}\.$/.test(cleaned[end] as string) && !SUFFIXES.has(bare(cleaned[end] as string) + '.')) cleaned[end] = (cleaned[end] as string).slice(0, -1)
  return { name: cleaned, role: normalRole, gender }
}

/** Whether a capitalised run names an organisation ("the White House", "Justice Department"). */
function isOrganisation(run: string[], before: string | undefined): boolean {
  // The words after the titles decide: "Secretary of State John Kerry" is a person, "State Department" not.
  const { name } = splitTitles(run)
  if ((name.length > 0 ? name : run).some((w) => ORGANISATION_WORDS.has(bare(w)))) return true
  return run.length === 1 && before?.toLowerCase() === 'the'
}

/** Who the phrase before or after a speech verb names. */
export function readSpeakerPhrase(phrase: string): SpeakerPhrase {
  const words = wordsOf(phrase)
  if (words.length === 0) return { kind: 'unnamed' }
  const last = bare(words[words.length - 1] as string)
  if (words.length <= 2 && (last === 'he' || last === 'she')) return { kind: 'pronoun', gender: last === 'he' ? 'm' : 'f' }
  const found = lastCapitalisedRun(words)
  if (found) {
    const { run, before } = found
    if (isOrganisation(run, before)) {
      // An organisation keeps its whole name ("Justice Department", "White House"), less a leading "The".
      const name = run.filter((w, i) => i > 0 || !NOT_NAMES.has(bare(w))).map((w) => w.replace(/’s$|'s$/, ''))
      if (name.length > 0) return { kind: 'organisation', name: name.join(' ') }
    }
    const { name, role, gender } = splitTitles(run)
    if (name.length > 0 && !(name.length === 1 && NOT_NAMES.has(bare(name[0] as string)))) return { kind: 'name', name: name.join(' '), role, gender }
    if (role) return { kind: 'role', role }
  }
  // "the president", "the senator": an office that stands for the person who holds it.
  const role = [...words].reverse().find((w) => ROLE_NOUNS.has(bare(w)))
  const article = words[0]?.toLowerCase()
  if (role && (article === 'the' || article === 'his' || article === 'her') && words.length <= 4) return { kind: 'role', role: bare(role) }
  return { kind: 'unnamed' }
}

/** A person named in full in a report, where the name appears. */
export interface PersonMention {
  at: number
  /** Where the words naming the person end. */
  end: number
  name: string
  role: string | null
  gender: 'm' | 'f' | null
}

/** Every person a report names (two or more name words, not an organisation), in order. */
export function personMentions(text: string): PersonMention[] {
  const mentions: PersonMention[] = []
  const word = /[^\s]+/g
  let run: Array<{ word: string; at: number }> = []
  let before: string | undefined
  const flush = (): void => {
    if (run.length > 0) {
      const words = run.map((r) => r.word)
      if (!isOrganisation(words, before)) {
        const { name, role, gender } = splitTitles(words)
        if (name.length >= 2 || (name.length === 1 && (role !== null || gender !== null))) mentions.push({ at: run[0]?.at ?? 0, end: (run.at(-1)?.at ?? 0) + (run.at(-1)?.word.length ?? 0), name: name.join(' '), role, gender })
      }
    }
    run = []
  }
  for (let m = word.exec(text); m; m = word.exec(text)) {
    const raw = m[0]
    const clean = raw.replace(/^[("“‘[]+|[)"”’\],;:!?]+$/g, '')
    const ends = /[,;:!?)"”’]$/.test(raw) || (/\.$/.test(raw) && !/^(Mr|Mrs|Ms|Dr|Rep|Sen|Gov|Lt|Gen|Col|Adm|Capt|Sgt|Rev|St|Jr|Sr|[A-Z])\.$/.test(clean))
    if (capitalised(clean) || (run.length > 0 && CONNECTORS.has(clean.toLowerCase()))) {
      if (run.length === 0) before = text.slice(Math.max(0, m.index - 5), m.index).trim().split(/\s+/).at(-1)
      run.push({ word: clean, at: m.index })
      if (ends) flush()
    } else flush()
  }
  flush()
  return withSurnameMentions(text, mentions)
}

/** The same list with each later mention of a full name's surname alone ("Holder said") added, under the full name. */
function withSurnameMentions(text: string, mentions: PersonMention[]): PersonMention[] {
  const bySurname = new Map<string, PersonMention>()
  for (const m of mentions) if (m.name.includes(' ') && !bySurname.has(surnameOf(m.name))) bySurname.set(surnameOf(m.name), m)
  if (bySurname.size === 0) return mentions
  const added: PersonMention[] = []
  const word = /[\p{Lu}][\p{L}'’-]+/gu
  for (let m = word.exec(text); m; m = word.exec(text)) {
    const full = bySurname.get(bare(m[0]))
    if (full && full.at < m.index && !mentions.some((x) => x.at <= m.index && m.index < x.end)) {
      added.push({ at: m.index, end: m.index + m[0].length, name: full.name, role: full.role, gender: full.gender })
    }
  }
  return [...mentions, ...added].sort((a, b) => a.at - b.at)
}

/** The surname of a name: its last word that is not a suffix. */
export function surnameOf(name: string): string {
  const words = name.split(' ').filter((w) => !SUFFIXES.has(bare(w)))
  return bare(words.at(-1) ?? name)
}

/** Whether two names can be the same person: the same surname, and first names that agree where both have one. */
export function sameSpeaker(a: string, b: string): boolean {
  if (a.toLowerCase() === b.toLowerCase()) return true
  if (surnameOf(a) !== surnameOf(b)) return false
  const firstA = bare(a.split(' ')[0] ?? '')
  const firstB = bare(b.split(' ')[0] ?? '')
  const oneWord = a.split(' ').length === 1 || b.split(' ').length === 1
  return oneWord || firstA === firstB || (firstA.length === 1 && firstB.startsWith(firstA)) || (firstB.length === 1 && firstA.startsWith(firstB))
}
