// The fidelity benchmark's report as lines of text: first what was measured (the definitions, so a figure
// can be read without the code), then the figures, then misses of each cause and the worst linked pairs,
// shown as text an engineer can look up in the corpus.

import type { FidelityResult } from './fidelity'
import type { FidelityFigures, FidelityTally } from './fidelityTally'
import { AGREEING_SIMILARITY } from './linkAgreement'
import { LONG_DOCUMENT_DEFINITION } from './newsCorpus'
import { CUT_AT_SENTENCE_BREAK, FOUND_SHARE, MISS_CAUSES } from './runVerdicts'
import { MIN_RUN_WORDS } from './truthRuns'
import { TRUTH_WORD_DEFINITION } from './truthWords'

const share = (value: number): string => value.toFixed(3)
const count = (value: number): string => value.toLocaleString('en-US')
const ms = (value: number): string => (value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : value >= 100 ? `${Math.round(value)} ms` : `${value.toFixed(1)} ms`)

function definitions(): string[] {
  const percent = Math.round(FOUND_SHARE * 100)
  return [
    'What was measured:',
    `  truth words: ${TRUTH_WORD_DEFINITION}; each keeps its place in the original text (marks at its ends trimmed).`,
    `  truth runs: for each pair of documents a < b, every maximal run of ≥ ${MIN_RUN_WORDS} consecutive equal truth words the two share`,
    '    (maximal: it cannot be extended left or right on its diagonal; a repeated text gives a run per pair of places).',
    `  found: one passage (phrases do not count) has a span in a covering ≥ ${percent}% of the run's words in a and a span in b covering`,
    `    ≥ ${percent}% of them in b; a word is covered when its characters lie wholly inside the span.`,
    '  recall: found runs / runs; by words: the same, each run weighted by its words.',
    `  precision: every two spans of one passage in different documents are a linked pair; a pair agrees when`,
    `    2·LCS / (|a| + |b|) ≥ ${AGREEING_SIMILARITY} over the truth words inside each span. agreeing / all; by words: weighted by |a| + |b|.`,
    '  misses by cause, the first that fits in this order (a span "touches" a run when it shares a character with one of its words):',
    ...MISS_CAUSES.map(({ cause, definition }) => `    ${cause}: ${definition}`),
    `    (${CUT_AT_SENTENCE_BREAK})`,
    `  long case: ${LONG_DOCUMENT_DEFINITION}; scored over its three pairs like a cluster.`,
  ]
}

function figuresLine(f: FidelityFigures): string {
  return (
    `recall ${share(f.recall)} (${count(f.foundRuns)} of ${count(f.runs)} runs; by words ${share(f.recallByWords)}), ` +
    `precision ${share(f.precision)} (${count(f.agreeingPairs)} of ${count(f.linkedPairs)} linked pairs; by words ${share(f.precisionByWords)})`
  )
}

function missesLine(f: FidelityFigures): string {
  const parts = MISS_CAUSES.map(({ cause }) => `${cause} ${count(f.misses[cause])}${cause === 'cut short' ? ` (cut at sentence break ${count(f.cutAtSentenceBreak)})` : ''}`)
  return `  misses by cause: ${parts.join(', ')}`
}

function examples(where: string, tally: FidelityTally, figures: FidelityFigures): string[] {
  const lines = [`Misses on ${where}, up to 5 of each cause (the run as document a has it, first 100 characters):`]
  for (const { cause } of MISS_CAUSES) {
    const some = tally.examples(cause)
    if (some.length === 0) continue
    lines.push(`  ${cause} (${count(figures.misses[cause])}):`)
    for (const m of some) {
      const detail = [m.detail, m.cutAtSentenceBreak ? 'cut at a sentence break' : ''].filter((d) => d !== '').join('; ')
      lines.push(`    [${m.where}] ${m.words} words${detail === '' ? '' : `, ${detail}`}`)
      lines.push(`      "${m.text}"`)
    }
  }
  return lines
}

function worstPairs(tally: FidelityTally): string[] {
  const lines = ['The 10 linked pairs that agree least on the clusters (similarity, words in each span):']
  for (const p of tally.worstPairs()) {
    lines.push(`  ${p.similarity.toFixed(2)}  [${p.where}] ${p.wordsA} / ${p.wordsB} words`)
    lines.push(`    a: "${p.textA}"`)
    lines.push(`    b: "${p.textB}"`)
  }
  return lines
}

export function describeFidelity(r: FidelityResult, clusters: FidelityTally, long: FidelityTally): string[] {
  const c = r.clusters
  const jsdiff = r.speed.jsdiffCapped ? `over ${ms(r.speed.jsdiffMs)} (stopped at its cap)` : ms(r.speed.jsdiffMs)
  return [
    `Fidelity of alignDocuments on real news in ${r.corpus}.`,
    ...definitions(),
    '',
    `Clusters: ${count(c.count)} clusters, ${count(c.documents)} reports, ${count(c.words)} truth words, ${count(c.passages)} passages:`,
    `  ${figuresLine(c.figures)}`,
    missesLine(c.figures),
    `  alignDocuments: ${ms(c.totalMs)} in all, median ${ms(c.medianMs)} a cluster (one run each, after aligning the first 20 untimed)`,
    `Long case: 3 documents of ${r.long.wordsPerDocument.map(count).join(', ')} truth words, ${count(r.long.passages)} passages:`,
    `  ${figuresLine(r.long.figures)}`,
    missesLine(r.long.figures),
    `  alignDocuments: median ${ms(r.long.medianMs)} of ${r.long.runsMs.length} warm runs (${r.long.runsMs.map(ms).join(', ')})`,
    r.long.cli
      ? `  command line (out/cli/compare.mjs --json, fresh processes): ${ms(r.long.cli.beyondStartupMs)} beyond start-up (${ms(r.long.cli.totalMs)} in all, start-up ${ms(r.long.cli.startupMs)})`
      : '  command line: not built (npm run build), not timed',
    `Real-news speed case: 3 documents of ${r.speed.wordsPerDocument.map(count).join(', ')} truth words, built the same way:`,
    `  alignDocuments: median ${ms(r.speed.medianMs)} of ${r.speed.runsMs.length} warm runs; jsdiff diffWords on documents 0 and 1: ${jsdiff},` +
      ` ${r.speed.jsdiffCapped ? '> ' : ''}${Math.round(r.speed.jsdiffRatio)}× the engine's time`,
    '',
    ...examples('the clusters', clusters, c.figures),
    '',
    ...examples('the long case', long, r.long.figures),
    '',
    ...worstPairs(clusters),
    '',
    `(fidelity: ${r.seconds.toFixed(1)} s in all)`,
  ]
}
