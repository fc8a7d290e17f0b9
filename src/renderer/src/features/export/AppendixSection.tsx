// The PDF's "Shared passages" appendix: each shared passage once, with every report's wording (reports that
// word it alike share one printing; a part of a longer passage points to that passage's entry for the
// reports whose wording lies inside it) and the first report's variants read out.

import { describeMark, type ComparisonViewModel, type drawnHighlights } from '../comparison'
import { Paragraphs } from './Paragraphs'
import type { AppendixEntry } from './printModel'

const numberFormat = new Intl.NumberFormat()

const reportList = (docs: readonly number[]): string => {
  const numbers = docs.map((d) => d + 1)
  return numbers.length === 1 ? `report ${numbers[0]}` : `reports ${numbers.slice(0, -1).join(', ')} and ${numbers.at(-1)}`
}

export interface AppendixSectionProps {
  entries: AppendixEntry[]
  texts: readonly string[]
  titles: readonly string[]
  model: ComparisonViewModel
  passages: ReturnType<typeof drawnHighlights>['passages']
}

export function AppendixSection({ entries, texts, titles, model, passages }: AppendixSectionProps) {
  return (
    <section className="print-appendix" aria-labelledby="print-appendix-heading">
      <h2 id="print-appendix-heading">Shared passages</h2>
      {entries.length === 0 && <p className="print-empty">The reports share no passage.</p>}
      {entries.map(({ number, passage, wordings, variants, variantsDoc, partOf, withinPartOf }) => (
        <article key={passage.id} className="print-passage" data-passage-entry={passage.id}>
          <h3>
            <span className={`legend-swatch tint-${passage.tint}`} /> Passage {number} · in reports {passage.docs.map((d) => d + 1).join(', ')} · {numberFormat.format(passage.words)} words
            {partOf !== null && ` · part of passage ${partOf}`}
          </h3>
          {withinPartOf.length > 0 && (
            <p className="print-wording-source">
              As {reportList(withinPartOf)} word{withinPartOf.length === 1 ? 's' : ''} it: in passage {partOf}, where it is framed and numbered {number}.
            </p>
          )}
          {wordings.map(({ doc, docs, paragraphs }) => (
            <div key={doc} className="print-wording">
              <p className="print-wording-source">{docs.map((d) => `Report ${d + 1}, ${titles[d]}`).join('; ')}</p>
              <Paragraphs text={texts[doc] ?? ''} paragraphs={paragraphs} model={model} passages={passages} />
            </div>
          ))}
          {variants.length > 0 && (
            <ul className="print-variants" aria-label="Variants">
              {variants.map((segment) => (
                <li key={segment.start}>
                  Report {variantsDoc + 1} {segment.start === segment.end ? '(nothing here)' : `“${(texts[variantsDoc] ?? '').slice(segment.start, segment.end).trim()}”`} — {describeMark(segment.variant!).split('\n').join('; ')}
                </li>
              ))}
            </ul>
          )}
        </article>
      ))}
    </section>
  )
}
