// The Quotes tab: every quotation in the reports, by speaker, then quotation, each with the reports that
// carry it and how each words it (verbatim, trimmed, re-capitalised, reworded with its words, without
// quotation marks), and the conflicts to check. Choosing a quotation levels the columns at it. Filters by
// speaker and by kind. Article text is rendered only as React text.

import { useId, useMemo, useState } from 'react'
import type { QuoteGroup, QuoteInstance, QuoteLedger } from '../../../../shared/quotes'
// The ledger's own module, not its index: the quote engine stays out of the window's first screen.
import { wordingWords } from '../../../../shared/quotes/types'
import { QUOTE_KIND_FILTERS, quoteSections, type QuoteKindFilter, type SpeakerFilter } from './quoteFilter'
import './QuotesPanel.css'

export interface QuotesPanelProps {
  /** Null while the quotations are still being found (or when they could not be). */
  ledger: QuoteLedger | null
  /** The quotations could not be found (the comparison could not be aligned, or the ledger failed). */
  failed?: boolean
  /** Each report's outlet where known, for naming the reports. */
  outlets: ReadonlyArray<string | null | undefined>
  /** Brings the quotation into view in every column that carries it, level. */
  onShow: (group: QuoteGroup) => void
}


const MAX_QUOTE_CHARS = 220
const shorten = (text: string): string => {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > MAX_QUOTE_CHARS ? `${flat.slice(0, MAX_QUOTE_CHARS - 1)}…` : flat
}

function reportName(doc: number, outlets: QuotesPanelProps['outlets']): string {
  const outlet = outlets[doc]
  return outlet ? `report ${doc + 1} (${outlet})` : `report ${doc + 1}`
}

function InstanceLine({ instance, single, outlets }: { instance: QuoteInstance; single: boolean; outlets: QuotesPanelProps['outlets'] }) {
  const kinds = single ? ['only here'] : wordingWords(instance)
  return (
    <li className="quote-instance" data-quote-doc={instance.doc}>
      <span className="quote-report" aria-label={reportName(instance.doc, outlets)}>
        {instance.doc + 1}
      </span>
      <span className="quote-badges">
        {kinds.map((kind) => (
          <span key={kind} className={`quote-badge quote-badge-${kind.replace(/\W+/g, '-')}`}>
            {kind}
          </span>
        ))}
      </span>
      {instance.differences.length > 0 && (
        <span className="quote-differences">
          {instance.differences.map((d, i) => (
            <span key={i} className="quote-difference">
              {d.base !== '' && <del className="quote-from">{d.base}</del>}
              {d.base !== '' && d.text !== '' && <span aria-hidden="true"> → </span>}
              {d.text !== '' && <ins className="quote-to">{d.text}</ins>}
            </span>
          ))}
        </span>
      )}
      {instance.speaker && instance.named && instance.named !== instance.speaker && <span className="quote-named">as “{instance.named}”</span>}
    </li>
  )
}

function QuoteItem({ group, outlets, onShow }: { group: QuoteGroup; outlets: QuotesPanelProps['outlets']; onShow: QuotesPanelProps['onShow'] }) {
  const base = group.instances[group.base] ?? group.instances[0]
  const docs = [...new Set(group.instances.map((i) => i.doc))]
  const single = docs.length === 1
  return (
    <li className="quote-item" data-quote-group={group.id}>
      <button type="button" className="quote-show" onClick={() => onShow(group)} aria-describedby={`${group.id}-reports`}>
        <q className="quote-words">{shorten(base?.text ?? '')}</q>
      </button>
      <ul className="quote-instances" id={`${group.id}-reports`} aria-label={`In ${docs.length === 1 ? reportName(docs[0] ?? 0, outlets) : `${docs.length} reports`}`}>
        {group.instances.map((instance) => (
          <InstanceLine key={`${instance.doc}:${instance.start}`} instance={instance} single={single} outlets={outlets} />
        ))}
      </ul>
      {group.conflicts.map((conflict) => (
        <p key={conflict.kind} className="quote-conflict" role="note">
          {conflict.kind === 'speaker'
            ? `Given to different speakers: ${conflict.speakers.join(', ')}.`
            : `Printed as the report’s own words, with no one named, in ${conflict.docs.map((d) => reportName(d, outlets)).join(', ')}.`}
        </p>
      ))}
    </li>
  )
}

const speakerValue = (filter: SpeakerFilter): string => (filter.kind === 'name' ? `name:${filter.name}` : filter.kind)
const speakerFilterOf = (value: string): SpeakerFilter => (value.startsWith('name:') ? { kind: 'name', name: value.slice(5) } : value === 'none' ? { kind: 'none' } : { kind: 'any' })

export function QuotesPanel({ ledger, failed = false, outlets, onShow }: QuotesPanelProps) {
  const id = useId()
  const [speaker, setSpeaker] = useState<SpeakerFilter>({ kind: 'any' })
  const [kind, setKind] = useState<QuoteKindFilter>('all')
  const sections = useMemo(() => (ledger ? quoteSections(ledger, speaker, kind) : []), [kind, ledger, speaker])
  if (!ledger) {
    return (
      <p className="quotes-status" role="status">
        {failed ? 'The quotations could not be found in these reports.' : 'Finding the quotations…'}
      </p>
    )
  }
  const count = sections.reduce((sum, s) => sum + s.groups.length, 0)
  return (
    <div className="quotes-panel">
      <div className="quotes-filters">
        <label htmlFor={`${id}-speaker`}>Speaker</label>
        <select id={`${id}-speaker`} value={speakerValue(speaker)} onChange={(e) => setSpeaker(speakerFilterOf(e.target.value))}>
          <option value="any">Everyone</option>
          {ledger.speakers.map((s) => (
            <option key={s.name} value={`name:${s.name}`}>
              {s.name} ({s.groups})
            </option>
          ))}
          <option value="none">No speaker named</option>
        </select>
        <label htmlFor={`${id}-kind`}>Show</label>
        <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as QuoteKindFilter)}>
          {QUOTE_KIND_FILTERS.map((f) => (
            <option key={f.value} value={f.value}>
              {f.label}
            </option>
          ))}
        </select>
      </div>
      <p className="quotes-status" role="status" aria-live="polite">
        {ledger.groups.length === 0 ? 'No quotations were found in these reports.' : `${count} of ${ledger.groups.length} quotations`}
      </p>
      {sections.map((section) => (
        <section key={section.speaker ?? ''} className="quotes-speaker" aria-labelledby={`${id}-${section.speaker ?? 'none'}`}>
          <h3 id={`${id}-${section.speaker ?? 'none'}`} className="quotes-speaker-name">
            {section.speaker ?? 'No speaker named'} <span className="quotes-speaker-count">({section.groups.length})</span>
          </h3>
          <ul className="quotes-list">
            {section.groups.map((group) => (
              <QuoteItem key={group.id} group={group} outlets={outlets} onShow={onShow} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  )
}
