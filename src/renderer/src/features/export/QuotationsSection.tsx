// The PDF's "Quotations" section: every quotation by speaker (most quoted first, then those no report
// attributes), each distinct wording once with the reports that carry it and how each differs from the
// fullest one (trimmed, re-capitalised, reworded with its words, without quotation marks), and the conflicts.

import type { QuoteLedger } from '../../../../shared/quotes'
import { quoteWordings, type QuoteCarrier } from './quoteWordings'
import './QuotationsSection.css'

const differencesOf = ({ differences }: QuoteCarrier): string =>
  differences.length === 0 ? '' : ` (${differences.map((d) => `${d.base === '' ? '+' : `“${d.base}”`} → ${d.text === '' ? 'left out' : `“${d.text}”`}`).join('; ')})`

export function QuotationsSection({ ledger, titles }: { ledger: QuoteLedger; titles: readonly string[] }) {
  const speakers: Array<string | null> = [...ledger.speakers.map((s) => s.name), null]
  return (
    <section className="print-quotes" aria-labelledby="print-quotes-heading">
      <h2 id="print-quotes-heading">Quotations</h2>
      {ledger.groups.length === 0 && <p className="print-empty">No quotation was found in these reports.</p>}
      {speakers.map((speaker) => {
        const groups = ledger.groups.filter((g) => g.speaker === speaker)
        if (groups.length === 0) return null
        return (
          <section key={speaker ?? ''} className="print-quotes-speaker">
            <h3>{speaker ?? 'No speaker named'}</h3>
            {groups.map((group) => (
              <div key={group.id} className="print-quote">
                {quoteWordings(group).map((wording) => (
                  <div key={wording.text} className="print-quote-wording">
                    {wording.carriers.map((carrier) => (
                      <p key={`${carrier.doc}:${carrier.badges.join()}:${differencesOf(carrier)}`} className="print-wording-source">
                        Report {carrier.doc + 1}, {titles[carrier.doc]} · {carrier.badges.join(', ')}
                        {differencesOf(carrier)}
                        {carrier.times > 1 && ` · ${carrier.times} times`}
                      </p>
                    ))}
                    <blockquote>“{wording.text}”</blockquote>
                  </div>
                ))}
                {group.conflicts.map((conflict) => (
                  <p key={conflict.kind} className="print-quote-conflict">
                    {conflict.kind === 'speaker'
                      ? `Given to different speakers: ${conflict.speakers.join(', ')}.`
                      : `Printed as the report’s own words, with no one named, in report ${conflict.docs.map((d) => d + 1).join(', ')}.`}
                  </p>
                ))}
              </div>
            ))}
          </section>
        )
      })}
    </section>
  )
}
