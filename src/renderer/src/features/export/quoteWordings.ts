// The Quotations section's wordings: each quotation's distinct wordings once, each with the reports that
// carry it and how (the Quotes tab's badges and differences). A quotation a report repeats (one was carried
// 153 times in the 3 × 10k benchmark) is printed once, with how many times each report carries it.

import { wordingWords, type QuoteDifference, type QuoteGroup, type QuoteInstance } from '../../../../shared/quotes'

export interface QuoteCarrier {
  doc: number
  /** The Quotes tab's words for how this report words it ("trimmed", "re-capitalised" ...). */
  badges: string[]
  differences: QuoteDifference[]
  /** How many times this report carries this wording in this way. */
  times: number
}

export interface QuoteWording {
  /** The quoted words, white space made single spaces. */
  text: string
  carriers: QuoteCarrier[]
}

const flat = (text: string): string => text.replace(/\s+/g, ' ').trim()

const differenceKey = (d: QuoteDifference): string => `${d.base}\u0000${d.text}`

/** The group's distinct wordings, the base's first, then in the order the reports carry them. */
export function quoteWordings(group: QuoteGroup): QuoteWording[] {
  const single = new Set(group.instances.map((i) => i.doc)).size === 1
  const base = group.instances[group.base]
  const ordered: QuoteInstance[] = base ? [base, ...group.instances.filter((i) => i !== base)] : group.instances
  const wordings = new Map<string, { wording: QuoteWording; carriers: Map<string, QuoteCarrier> }>()
  for (const instance of ordered) {
    const text = flat(instance.text)
    let entry = wordings.get(text)
    if (!entry) {
      entry = { wording: { text, carriers: [] }, carriers: new Map() }
      wordings.set(text, entry)
    }
    const badges = single ? ['only in this report'] : wordingWords(instance)
    const key = [instance.doc, ...badges, ...instance.differences.map(differenceKey)].join('\u0001')
    const known = entry.carriers.get(key)
    if (known) known.times++
    else {
      const carrier = { doc: instance.doc, badges, differences: instance.differences, times: 1 }
      entry.carriers.set(key, carrier)
      entry.wording.carriers.push(carrier)
    }
  }
  // Within a wording, the reports in their order.
  return [...wordings.values()].map(({ wording }) => ({ ...wording, carriers: [...wording.carriers].sort((a, b) => a.doc - b.doc) }))
}
