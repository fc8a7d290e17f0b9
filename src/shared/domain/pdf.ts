// What a PDF export holds and on what paper, and how the print view is addressed. The same print view is
// rendered by Electron (a hidden window, printToPDF) and by Chromium in tests (page.pdf); both open it at
// printHash() and wait until its document title says it is ready (or why it failed).

export const PAPERS = ['a4', 'letter'] as const
export type Paper = (typeof PAPERS)[number]
export const ORIENTATIONS = ['landscape', 'portrait'] as const
export type Orientation = (typeof ORIENTATIONS)[number]

export interface PdfOptions {
  paper: Paper
  orientation: Orientation
  /** The reports side by side, with tints, variant marks, highlights and note markers. */
  columns: boolean
  /** Each shared passage once, with every report's wording and its variants. */
  appendix: boolean
  /** The numbered notes. */
  notes: boolean
  /** Every quotation by speaker, with each report's wording (the quote ledger). */
  quotes: boolean
}

export const DEFAULT_PDF_OPTIONS: PdfOptions = { paper: 'a4', orientation: 'landscape', columns: true, appendix: false, notes: true, quotes: true }

/** The print view's document title once every page is laid out. */
export const PRINT_READY_TITLE = 'parallax:print-ready'
/** The print view's document title when it cannot be printed, followed by the reason. */
export const PRINT_FAILED_PREFIX = 'parallax:print-failed:'

const SECTIONS = ['columns', 'appendix', 'notes', 'quotes'] as const

/** The options as a query, `paper=a4&orientation=landscape&include=columns,notes`; parsePrintQuery reads it back. */
export function printQuery(options: PdfOptions): string {
  const include = SECTIONS.filter((section) => options[section]).join(',')
  return `paper=${options.paper}&orientation=${options.orientation}&include=${include}`
}

/** The hash route of the print view for one comparison: `#/print/<id>?<printQuery>`. */
export function printHash(comparisonId: string, options: PdfOptions): string {
  return `#/print/${comparisonId}?${printQuery(options)}`
}

/** The hash route of the print view for the versions of one fetched article: `#/print-versions/<id>?<printQuery>`. */
export function printVersionsHash(articleId: string, options: PdfOptions): string {
  return `#/print-versions/${articleId}?${printQuery(options)}`
}

/** Reads the options of a print route's query; anything unknown or missing falls back to the defaults. */
export function parsePrintQuery(query: string): PdfOptions {
  // Parsed by hand: shared code has no DOM or Node globals (no URLSearchParams). Values are plain words.
  const params = new Map(
    query.split('&').map((pair) => {
      const at = pair.indexOf('=')
      return at < 0 ? [pair, ''] : [pair.slice(0, at), pair.slice(at + 1)]
    }),
  )
  const paper = PAPERS.find((p) => p === params.get('paper')) ?? DEFAULT_PDF_OPTIONS.paper
  const orientation = ORIENTATIONS.find((o) => o === params.get('orientation')) ?? DEFAULT_PDF_OPTIONS.orientation
  const include = params.get('include') ?? null
  const sections = include === null ? null : new Set(include.split(','))
  const has = (section: (typeof SECTIONS)[number]): boolean => (sections ? sections.has(section) : DEFAULT_PDF_OPTIONS[section])
  return { paper, orientation, columns: has('columns'), appendix: has('appendix'), notes: has('notes'), quotes: has('quotes') }
}

/** A file name stem from a title: letters and digits joined by hyphens, at most 80 characters. */
export function fileStem(title: string): string {
  const stem = title
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
  return stem || 'comparison'
}
