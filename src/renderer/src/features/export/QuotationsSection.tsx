// The PDF's "Quotations" section: every quotation by speaker (most quoted first, then those no report
// attributes), each with the wording in every report that carries it and how that wording differs from the
// fullest one (trimmed, re-capitalised, reworded with its words, without quotation marks), and the conflicts.

import { wordingWords, type QuoteLedger } from '../../../../shared/quotes'
import './QuotationsSection.css'


const flat = (text: string): string => text.replace(/\s+/g, ' ').trim()

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
                {group.instances.map((instance) => {
                  const single = new Set(group.instances.map((i) => i.doc)).size === 1
                  const badges = single ? ['only in this report'] : wordingWords(instance)
                  return (
                    <div key={`${instance.doc}:${instance.start}`} className="print-quote-wording">
                      <p className="print-wording-source">
                        Report {instance.doc + 1}, {titles[instance.doc]} · {badges.join(', ')}
                        {instance.differences.length > 0 && ` (${instance.differences.map((d) => `${d.base === '' ? '+' : `“${d.base}”`} → ${d.text === '' ? 'left out' : `“${d.text}”`}`).join('; ')})`}
                      </p>
                      <blockquote>“{flat(instance.text)}”</blockquote>
                    </div>
                  )
                })}
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
