// What the quote ledger computes: every quotation across the reports, grouped with the same words in the
// other reports, with who said them and how each report words them. Offsets are UTF-16 indexes into each
// report's text, as the alignment's are.

/**
 * How one report carries a quotation, against the group's fullest wording (its base):
 * - fullest: this is the base, and another report words it otherwise
 * - verbatim: the same characters (quote and apostrophe forms aside)
 * - punctuation: the same words, with other punctuation or capitals
 * - trimmed: a part of the base, from within it
 * - spliced: two or more parts of the base joined as one
 * - reworded: words substituted, added or left out inside
 * - paraphrased: the words, without quotation marks, told as reported speech or the outlet's own
 */
export type QuoteKind = 'fullest' | 'verbatim' | 'punctuation' | 'trimmed' | 'spliced' | 'reworded' | 'paraphrased'

export const QUOTE_KINDS: readonly QuoteKind[] = ['fullest', 'verbatim', 'punctuation', 'trimmed', 'spliced', 'reworded', 'paraphrased']

/** Each kind in words, as the Quotes tab, the PDF and the command line's Markdown name it. */
export const QUOTE_KIND_WORDS: Readonly<Record<QuoteKind, string>> = {
  fullest: 'fullest wording',
  verbatim: 'verbatim',
  punctuation: 'punctuation or capitals',
  trimmed: 'trimmed',
  spliced: 'spliced',
  reworded: 'reworded',
  paraphrased: 'without quotation marks',
}

/** How one report carries a quotation, as words: its kind, re-capitalised, then its other kinds. */
export function wordingWords(instance: Pick<QuoteInstance, 'kind' | 'also' | 'recapitalised'>): string[] {
  return [QUOTE_KIND_WORDS[instance.kind], ...(instance.recapitalised ? ['re-capitalised'] : []), ...instance.also.map((k) => QUOTE_KIND_WORDS[k])]
}

/** Words that differ from the base: base words this report replaces, or adds ('' base) or leaves out ('' text). */
export interface QuoteDifference {
  base: string
  text: string
}

export interface QuoteInstance {
  doc: number
  start: number
  end: number
  /** texts[doc].slice(start, end): the quoted words, without the marks. */
  text: string
  /** The speaker as this report gives them (resolved to the full name it uses), or null when it names none. */
  speaker: string | null
  /** The words the report uses for the speaker where it attributes the quotation ("he", "Carney"), or null. */
  named: string | null
  /** False for words the report carries without quotation marks. */
  marked: boolean
  kind: QuoteKind
  /** Other ways it differs besides its kind: a trimmed quotation may also be reworded. */
  also: QuoteKind[]
  /** A trimmed quotation whose first word is capitalised here though it is not in the base: made to look like a start. */
  recapitalised: boolean
  differences: QuoteDifference[]
  /** Where, in the base's report, the words this instance shares with the base begin; null for the base
   *  itself and where they share none. The columns are levelled there. */
  baseOffset: number | null
}

export type QuoteConflict =
  /** The same words attributed to different speakers in different reports. */
  | { kind: 'speaker'; speakers: string[] }
  /** Words quoted in one report that these reports print as their own text, with no one named as saying them. */
  | { kind: 'unattributed'; docs: number[] }

export interface QuoteGroup {
  id: string
  /** The speaker's name unified across the reports ("Jay Carney" for "Carney" and "White House spokesman Jay Carney"), or null. */
  speaker: string | null
  /** Ordered by report, then position; the base (the fullest marked wording) is among them. */
  instances: QuoteInstance[]
  /** Index in instances of the base. */
  base: number
  conflicts: QuoteConflict[]
}

export interface QuoteLedger {
  /** In the order a reader meets them: by the first report that carries each, then position. */
  groups: QuoteGroup[]
  /** Every unified speaker, most quoted first. */
  speakers: Array<{ name: string; groups: number }>
}
