// What `npm run bench -- ...` may be given: a folder of news clusters for the fidelity benchmark, either
// beside the usual benchmark (--corpus PATH) or alone (--fidelity PATH). The repository carries no corpus,
// so without a path the fidelity part is skipped. --matrix runs the overview's benchmark alone, --quotes the
// quote ledger's (with real news too when given a path), --pages the reading of saved web pages, --startup the main process's start-up,
// --first-screen the window's first screen, --pdf the PDF export's, --view the comparison view's first frame, hover and scrolling,
// --many the alignment of 10 to 100 reports, --sweep PATH the command line on every cluster of a corpus with
// its output checked.

export interface BenchArguments {
  /** Run the fidelity benchmark alone. */
  fidelityOnly: boolean
  /** The folder of news clusters, if one was given. */
  corpus?: string
  /** Run the benchmark of the overview of passages × reports alone. */
  matrixOnly?: true
  /** Run the quote ledger's benchmark alone (with real news from the corpus, if one is given). */
  quotesOnly?: true
  /** Run the main process's start-up benchmark alone. */
  startupOnly?: true
  /** Run the benchmark of many reports (10 to 100 of 800 words) alone. */
  manyOnly?: true
  /** Run the window's first-screen benchmark alone. */
  firstScreenOnly?: true
  /** Run the PDF export's benchmark alone. */
  pdfOnly?: true
  /** Run the comparison view's benchmark alone (first frame, hover, scrolling on 3 × 10k words). */
  viewOnly?: true
  /** Run the command line on every cluster of the corpus and check what it prints (bench/sweep.ts). */
  sweepOnly?: true
  /** Read the saved web pages in this folder (<page>/source.html with a reference reading) and measure their details and text. */
  pages?: string
}

export const BENCH_USAGE = 'usage: npm run bench [-- --corpus PATH | -- --fidelity PATH | -- --matrix | -- --startup | -- --first-screen | -- --pdf | -- --view | -- --many | -- --quotes [PATH] | -- --sweep PATH | -- --pages PAGES], PATH a folder of news clusters (<cluster>/<k>-<outlet>.txt), PAGES a folder of saved pages (<page>/source.html, expected.html, expected-metadata.json)'

export function parseBenchArguments(args: readonly string[]): BenchArguments {
  const [flag, corpus, ...rest] = args
  if (flag === undefined) return { fidelityOnly: false }
  if (flag === '--matrix' && corpus === undefined) return { fidelityOnly: false, matrixOnly: true }
  if (flag === '--startup' && corpus === undefined) return { fidelityOnly: false, startupOnly: true }
  if (flag === '--many' && corpus === undefined) return { fidelityOnly: false, manyOnly: true }
  if (flag === '--first-screen' && corpus === undefined) return { fidelityOnly: false, firstScreenOnly: true }
  if (flag === '--pdf' && corpus === undefined) return { fidelityOnly: false, pdfOnly: true }
  if (flag === '--view' && corpus === undefined) return { fidelityOnly: false, viewOnly: true }
  if (flag === '--pages' && corpus !== undefined && !corpus.startsWith('-') && rest.length === 0) return { fidelityOnly: false, pages: corpus }
  if (flag === '--quotes' && rest.length === 0 && (corpus === undefined || !corpus.startsWith('-'))) return { fidelityOnly: false, quotesOnly: true, ...(corpus === undefined ? {} : { corpus }) }
  if (flag === '--sweep' && corpus !== undefined && !corpus.startsWith('-') && rest.length === 0) return { fidelityOnly: false, sweepOnly: true, corpus }
  if ((flag !== '--corpus' && flag !== '--fidelity') || corpus === undefined || corpus.startsWith('-') || rest.length > 0) throw new Error(BENCH_USAGE)
  return { fidelityOnly: flag === '--fidelity', corpus }
}
