// The library benchmark's report: its figures in words, and its targets, each passed or failed.

import { IMPORT_BATCH } from './libraryBuild'
import { LIBRARY_ARTICLES, type Compared, type LibraryFigures, type OpenTimes } from './library'

const count = (n: number): string => n.toLocaleString('en-GB')
const times = (ratio: number): string => `${ratio >= 100 ? Math.round(ratio) : ratio.toFixed(1)}×`

/** The report's lines; `ms` formats a duration as the rest of the report does. */
export function describeLibrary(f: LibraryFigures, ms: (value: number) => string): string[] {
  const b = f.build
  // The baseline's searches take microseconds, which the report's milliseconds would show as 0.0.
  const fine = (value: number): string => (value < 1 ? `${Math.round(value * 1000)} µs` : ms(value))
  const compared = (c: Compared): string => `median ${ms(c.large.medianMs)}, p95 ${ms(c.large.p95Ms)} (${times(c.ratio)} the sample-only library's ${fine(c.baseline.medianMs)})`
  const opened = (label: string, o: OpenTimes): string =>
    `  ${label} (${o.open.large.runs} runs): opened in median ${ms(o.open.large.medianMs)}, worst ${ms(o.open.large.p95Ms)} (${times(o.open.ratio)} the sample-only library's ${ms(o.open.baseline.medianMs)}); index ready after ${ms(o.indexReady.large.medianMs)}`
  return [
    `The article library at ${count(b.articles)} articles, against the library holding only the sample (the baseline, same run):`,
    `  built through the library's import in batches of ${IMPORT_BATCH}: ${count(b.words)} words, ${count(b.distinctWords)} distinct; library.json ${b.libraryFileMB} MB`,
    `  and the changes saved since it was last written ${b.changesFileMB} MB,`,
    `  ${count(b.bodyFiles)} body files, ${b.bodiesMB} MB; generating the texts took ${ms(b.generateMs)}, importing them ${ms(b.importMs)}`,
    'Opening: createAppServices until listArticles answers. Index ready: from the same start until a search for a word',
    'answers, which waits for the index built in the background:',
    opened('each in a new process, the saved search index loaded', f.open.fresh),
    `  resident memory of that process once the index is ready: median ${Math.round(f.open.fresh.rssMB.large)} MB (the sample-only library's ${Math.round(f.open.fresh.rssMB.baseline)} MB); the listArticles reply ${count(Math.round(f.open.fresh.listReplyKB))} KB`,
    opened('again in this process, warm', f.open.warm),
    `  longest event-loop block from the start until the index is ready: ${ms(f.open.freshBlockMs)} (the worst of the runs)`,
    `  once in a new process with no saved search index (the first start after an upgrade, every body read): index ready after ${ms(f.open.unsavedIndex.readyMs)}, resident memory then ${Math.round(f.open.unsavedIndex.rssMB)} MB, longest block ${ms(f.open.unsavedIndex.blockMs ?? 0)}`,
    `  the background check of every body file, which follows the index, done after ${ms(f.open.bodyCheckMs)} (searches and imports are timed after it)`,
    `Searching through the dispatcher once the index is ready (${f.searches[0]?.large.runs ?? 0} runs each):`,
    ...f.searches.map((s) => `  ${s.label}, ${s.tag === undefined ? `"${s.query}"` : `tag "${s.tag}"`}: ${count(s.hits)} found; ${compared(s)}`),
    `Importing one article (${count(f.importWords)} words from a web page: source, extracted text, one block dropped; ${f.importOne.large.runs} runs,`,
    'each once the backup the previous save started is written):',
    `  ${compared(f.importOne)}`,
    `Editing one article's title (a metadata save alone; ${f.editTitle.large.runs} runs, each after the previous backup):`,
    `  ${compared(f.editTitle)}`,
    `  writing the same library whole as one library.json, as every save did before the changes file: median ${ms(f.wholeRewrite.medianMs)}, p95 ${ms(f.wholeRewrite.p95Ms)}`,
    `  (that rewrite takes ${times(f.wholeRewrite.medianMs / f.editTitle.large.medianMs)} as long as a title edit now, median against median)`,
    `Longest event-loop block: ${ms(f.blocks.build)} while building (imports of ${IMPORT_BATCH}, library.json rewritten as the changes file fills), ${ms(f.blocks.edits)} over the title edits and the backups between them`,
    'The search index: the library\'s own against MiniSearch on the same articles and words (each in a process of its own):',
    ...f.indexes.map(
      (i) =>
        `  ${i.name}: built in ${ms(i.buildMs)}, heap ${Math.round(i.heapMB)} MB; saved form ${i.savedMB.toFixed(1)} MB, saved in ${ms(i.saveMs)}, loaded in ${ms(i.loadMs)}; ` +
        i.searches.map((q) => `"${q.query}" ${ms(q.medianMs)} (${count(q.found)})`).join(', '),
    ),
  ]
}

interface Target {
  name: string
  pass: boolean
  measured: string
}

export function libraryTargets(f: LibraryFigures | { error: string }, ms: (value: number) => string): Target[] {
  if ('error' in f) return [{ name: `library, ${count(LIBRARY_ARTICLES)} articles: measured`, pass: false, measured: f.error }]
  const at = `library, ${count(f.build.articles)} articles`
  const open = f.open.fresh.open.large
  const slowest = f.searches.reduce((worst, s) => (s.large.p95Ms > worst.large.p95Ms ? s : worst))
  const imports = f.importOne.large
  const ready = f.open.fresh.indexReady.large
  return [
    { name: `${at}: usable (listArticles answers, new process) within 1 s, median`, pass: open.medianMs <= 1000, measured: ms(open.medianMs) },
    { name: `${at}: search ready within 3 s of opening, median`, pass: ready.medianMs <= 3000, measured: ms(ready.medianMs) },
    { name: `${at}: a search answers in ≤ 200 ms, p95 of every query`, pass: slowest.large.p95Ms <= 200, measured: `slowest ${ms(slowest.large.p95Ms)} (${slowest.label})` },
    { name: `${at}: a metadata save (editing a title) p95 ≤ 50 ms`, pass: f.editTitle.large.p95Ms <= 50, measured: `p95 ${ms(f.editTitle.large.p95Ms)} (median ${ms(f.editTitle.large.medianMs)})` },
    // Importing one article writes its three bodies as well as the library's metadata.
    { name: `${at}: importing one article p95 ≤ 50 ms`, pass: imports.p95Ms <= 50, measured: `p95 ${ms(imports.p95Ms)} (median ${ms(imports.medianMs)})` },
    { name: `${at}: no event-loop block over 100 ms in imports, saves and backups`, pass: Math.max(f.blocks.build, f.blocks.edits) <= 100, measured: `${ms(f.blocks.build)} building, ${ms(f.blocks.edits)} editing` },
    { name: `${at}: resident memory ≤ 300 MB once opened and indexed`, pass: f.open.fresh.rssMB.large <= 300, measured: `${Math.round(f.open.fresh.rssMB.large)} MB` },
  ]
}
