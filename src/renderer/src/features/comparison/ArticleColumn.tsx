// One report in the comparison: a header with its title and measures, then its paragraphs, in a body that
// scrolls on its own. Once the alignment is in, paragraphs show shared passages, phrases and variants: those
// in view at once, the others a few per frame (useParagraphsShown). The paragraphs are the same elements
// before and after the alignment, so the text laid out for the plain columns is not laid out again.
// A pinned column stays at the left while the columns after it scroll.
// Article text is untrusted and is rendered only as React text.

import { memo, useMemo, useRef, type CSSProperties, type ReactNode, type RefObject } from 'react'
import type { Article } from '../../../../shared/domain/article'
import { countWords, splitParagraphs } from '../../../../shared/domain/text'
import { formatPublished } from '../../../../shared/domain/publishedDate'
import { latestChange } from '../../../../shared/domain/versions'
import { SourceLink, webAddress } from '../../ui/SourceLink'
import { ChangedLine } from '../versions'
import { activeMarksMark, columnBodyMark, paragraphMark } from './columnDom'
import type { ColumnView, PassageView } from './model'
import { PassageText, type PassageHighlight } from './PassageText'
import { useParagraphsShown } from './useParagraphsShown'
import './ArticleColumn.css'

/** What a column shows: one report of a comparison, or one version of an article. */
export type ColumnUnit = 'report' | 'version'

export interface ArticleColumnProps {
  article: Article
  index: number
  columnCount: number
  unit?: ColumnUnit
  /** The column's alignment view, once the alignment is done. */
  column?: ColumnView | undefined
  passageById?: ReadonlyMap<string, PassageView> | undefined
  passageHighlights?: ReadonlyMap<string, PassageHighlight> | undefined
  /** Shown beside the scrolling text (the minimap). */
  aside?: ReactNode
  /** Its place among the pinned columns (0 first), when it is pinned. */
  pinnedAt?: number | undefined
}

const numberFormat = new Intl.NumberFormat()
const percentFormat = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 0 })

const NO_PASSAGES: ReadonlyMap<string, PassageView> = new Map()

export function ArticleColumn({ article, index, columnCount, unit = 'report', column, passageById = NO_PASSAGES, passageHighlights, aside, pinnedAt }: ArticleColumnProps) {
  const plainParagraphs = useMemo(() => splitParagraphs(article.text), [article.text])
  const wordCount = useMemo(() => countWords(article.text), [article.text])
  const source = useMemo(() => webAddress(article.url), [article.url])
  const change = useMemo(() => latestChange(article.versions), [article.versions])
  const headingId = `column-${index}-title`
  const bodyRef = useRef<HTMLDivElement>(null)
  const details = [
    article.outlet,
    article.publishedAt === null ? null : formatPublished(article.publishedAt),
    `${numberFormat.format(wordCount)} words`,
    column ? `${percentFormat.format(column.sharedShare)} found in other ${unit}s` : null,
  ].filter((part): part is string => part !== null)

  return (
    <section
      className={pinnedAt === undefined ? 'column' : 'column column-pinned'}
      data-doc={index}
      aria-labelledby={headingId}
      style={pinnedAt === undefined ? undefined : ({ '--pinned-at': pinnedAt } as CSSProperties)}
    >
      <header className="column-header">
        <ColumnNumber label={`${unit === 'report' ? 'Report' : 'Version'} ${index + 1} of ${columnCount}${pinnedAt === undefined ? '' : ', pinned'}`}>
          {index + 1}
        </ColumnNumber>
        <div>
          <h2 id={headingId} className="column-title">
            {article.title}
          </h2>
          <p className="column-meta">
            {details.join(' · ')}
            {source && (
              <>
                {' · '}
                <SourceLink address={source} className="column-source" />
              </>
            )}
          </p>
          {change && (
            <p className="column-meta">
              <ChangedLine change={change} className="column-changed" />
            </p>
          )}
        </div>
      </header>
      <div className="column-main">
        <div ref={bodyRef} className="column-body" {...columnBodyMark} tabIndex={0} aria-label={`Text of report ${index + 1}: ${article.title}`}>
          {plainParagraphs.length === 0 && <p className="column-empty">This report has no text.</p>}
          <ColumnParagraphs text={article.text} bodyRef={bodyRef} column={column} passageById={passageById} passageHighlights={passageHighlights} />
          <div className="active-marks" {...activeMarksMark} aria-hidden="true" />
        </div>
        {aside}
      </div>
    </section>
  )
}

/** A paragraph's passages: drawn again only when its segments or the passages' looks change. */
const DrawnPassageText = memo(PassageText)

interface ColumnParagraphsProps {
  text: string
  bodyRef: RefObject<HTMLElement | null>
  column: ColumnView | undefined
  passageById: ReadonlyMap<string, PassageView>
  passageHighlights: ReadonlyMap<string, PassageHighlight> | undefined
}

/** The report's paragraphs: plain text until the alignment is in, then each with its passages once drawn. */
const ColumnParagraphs = memo(function ColumnParagraphs({ text, bodyRef, column, passageById, passageHighlights }: ColumnParagraphsProps) {
  const paragraphs = useMemo(() => splitParagraphs(text), [text])
  const shown = useParagraphsShown(bodyRef, paragraphs.length, text, column !== undefined)
  return paragraphs.map(({ start, end }, i) => {
    const aligned = column && shown(i) ? column.paragraphs[i] : undefined
    return (
      <p key={start} className="paragraph" {...paragraphMark} data-start={start} data-end={end}>
        {aligned ? (
          <DrawnPassageText text={text} segments={aligned.segments} passageById={passageById} passageHighlights={passageHighlights} />
        ) : (
          text.slice(start, end)
        )}
      </p>
    )
  })
})

/** A report's number in its round badge, as its column shows it (the printed columns too). */
export function ColumnNumber({ label, children }: { label?: string; children: ReactNode }) {
  return (
    <span className="column-number" aria-label={label}>
      {children}
    </span>
  )
}
