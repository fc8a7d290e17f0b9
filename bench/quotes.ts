// The quote ledger measured against the hand-labelled set in tests/fixtures/quotes (labels.json and the
// reports it labels): how many labelled quotations are found (recall) and how many found are quotations
// (precision), how often the speaker is right, and how often a quotation is grouped with exactly the
// quotations the labels group it with. Also the ledger's time against the alignment's, in the same run, on
// the 3 × 10k case and (given a corpus) on 3 × 10k words of real news.

import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { alignDocuments } from '../src/shared/alignment'
import { buildQuoteLedger, forgetReadQuotations, sameSpeaker, type QuoteLedger } from '../src/shared/quotes'
import { median } from './output'

interface LabelledInstance {
  file: string
  text: string
  speaker: string | null
  marked: boolean
  occurrence?: number
}
interface LabelledCluster {
  cluster: string
  files: string[]
  quotes: Array<{ speaker: string | null; instances: LabelledInstance[] }>
}

/** A labelled quotation where it is in its report, with its group. */
interface Truth {
  doc: number
  start: number
  end: number
  speaker: string | null
  group: number
}

export interface QuoteFigures {
  /** The labels file measured against. */
  labels: string
  clusters: number
  labelled: number
  found: number
  matched: number
  precision: number
  recall: number
  speakerAccuracy: number
  groupingAccuracy: number
  /** The counts the accuracies are of (the accuracies are rounded to three places for reading; the targets
   *  are judged on the counts, so 0.8996 does not pass for 0.9). */
  speakerRight: number
  groupRight: number
  /** The labelled quotations missed and the found ones that are not quotations, a few of each, for reading. */
  examples: { missed: string[]; extra: string[]; wrongSpeaker: string[]; wrongGroup: string[] }
}

function nthIndexOf(text: string, part: string, n: number): number {
  let at = -1
  for (let i = 0; i < n; i++) {
    at = text.indexOf(part, at + 1)
    if (at < 0) return -1
  }
  return at
}

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start))
/** Whether a found quotation is the labelled one: they share most of the longer's characters. */
const sameSpan = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => overlap(a, b) >= 0.5 * Math.max(a.end - a.start, b.end - b.start)

const plainName = (name: string): string => name.toLowerCase().replace(/^the /, '').replace(/[.’']/g, '')
function speakerAgrees(found: string | null, truth: string | null): boolean {
  if (found === null || truth === null) return found === truth
  const [f, t] = [plainName(found), plainName(truth)]
  // One name the other's last words ("Carney", "Jay Carney"): at a word's start, so a name glued to another ("MuellerSpeier") is not "Speier".
  return sameSpeaker(found, truth) || f === t || t.endsWith(` ${f}`) || f.endsWith(` ${t}`)
}

/** The figures on a labels file (labels.json's shape) whose reports are `<articles>/<cluster>/<file>`: by
 *  default the fixture's, and another set (one labelled apart, or a corpus's) when given. */
export function measureQuotes(folder = 'tests/fixtures/quotes', labelsFile = join(folder, 'labels.json'), articles = join(folder, 'articles')): QuoteFigures {
  const labels = JSON.parse(readFileSync(labelsFile, 'utf8')) as { clusters: LabelledCluster[] }
  const figures = { labelled: 0, found: 0, matched: 0, speakerRight: 0, groupRight: 0 }
  const examples: QuoteFigures['examples'] = { missed: [], extra: [], wrongSpeaker: [], wrongGroup: [] }
  const note = (list: string[], line: string): void => void (list.length < 400 && list.push(line))
  for (const cluster of labels.clusters) {
    const texts = cluster.files.map((f) => readFileSync(join(articles, cluster.cluster, f), 'utf8'))
    const truths: Truth[] = []
    cluster.quotes.forEach((quote, group) => {
      for (const instance of quote.instances) {
        if (!instance.marked) continue
        const doc = cluster.files.indexOf(instance.file)
        const start = nthIndexOf(texts[doc] ?? '', instance.text, instance.occurrence ?? 1)
        if (doc < 0 || start < 0) throw new Error(`label not found: ${cluster.cluster}/${instance.file}: ${instance.text.slice(0, 40)}`)
        truths.push({ doc, start, end: start + instance.text.length, speaker: instance.speaker, group })
      }
    })
    const ledger: QuoteLedger = buildQuoteLedger(texts, alignDocuments(texts))
    const found = ledger.groups.flatMap((g, group) => g.instances.filter((i) => i.marked).map((i) => ({ ...i, group })))
    figures.labelled += truths.length
    figures.found += found.length
    const matchOf = new Map<Truth, (typeof found)[number]>()
    for (const truth of truths) {
      const match = found.find((f) => f.doc === truth.doc && sameSpan(f, truth))
      const where = `${cluster.cluster}/${cluster.files[truth.doc]}`
      if (!match) {
        note(examples.missed, `${where}: “${texts[truth.doc]?.slice(truth.start, truth.end).slice(0, 90)}”`)
        continue
      }
      matchOf.set(truth, match)
      figures.matched++
      if (speakerAgrees(match.speaker, truth.speaker)) figures.speakerRight++
      else note(examples.wrongSpeaker, `${where}: found ${match.speaker}, labelled ${truth.speaker}: “${match.text.slice(0, 60)}”`)
    }
    for (const f of found) if (!truths.some((t) => t.doc === f.doc && sameSpan(f, t))) note(examples.extra, `${cluster.cluster}/${cluster.files[f.doc]}: “${f.text.slice(0, 90)}”`)
    // Grouping: a found quotation is grouped right when the matched labelled quotations its group holds are
    // exactly those its label's group holds.
    for (const [truth, match] of matchOf) {
      const labelledWith = new Set([...matchOf].filter(([t]) => t.group === truth.group).map(([t]) => t))
      const foundWith = new Set([...matchOf].filter(([, m]) => m.group === match.group).map(([t]) => t))
      const same = labelledWith.size === foundWith.size && [...labelledWith].every((t) => foundWith.has(t))
      if (same) figures.groupRight++
      else note(examples.wrongGroup, `${cluster.cluster}/${cluster.files[truth.doc]}: labelled with ${labelledWith.size}, found with ${foundWith.size}: “${match.text.slice(0, 60)}”`)
    }
  }
  const ratio = (a: number, b: number): number => Math.round((b === 0 ? 0 : a / b) * 1000) / 1000
  return {
    labels: labelsFile,
    clusters: labels.clusters.length,
    labelled: figures.labelled,
    found: figures.found,
    matched: figures.matched,
    precision: ratio(figures.found - examples.extra.length, figures.found),
    recall: ratio(figures.matched, figures.labelled),
    speakerAccuracy: ratio(figures.speakerRight, figures.matched),
    groupingAccuracy: ratio(figures.groupRight, figures.matched),
    speakerRight: figures.speakerRight,
    groupRight: figures.groupRight,
    examples,
  }
}

// ---- speed ---------------------------------------------------------------------------------------------

export interface QuoteSpeed {
  label: string
  /** Medians of the runs, in the same process one after the other. */
  alignMs: number
  /** The ledger from the texts, nothing kept from an earlier ledger: the figure the target is judged on. */
  ledgerMs: number
  /** The same ledger built again at once, each report's reading kept from the cold one (a comparison opened
   *  again, a report added, the next version of an article). */
  warmMs: number
  runs: number
  groups: number
}

const cpuMs = (since: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(since)
  return (used.user + used.system) / 1000
}

/** The ledger's time against the alignment's on the same texts, each run after the other, after a warm-up:
 *  the ledger first cold (every report read from its text) and then warm (the reports' readings kept).
 *  Times are of the processor used by this process, which other work on the machine disturbs less than the clock.
 *  The alignment is timed before the ledger in half the runs and after it in the others. */
export function measureQuoteSpeed(label: string, texts: string[], runs = 10): QuoteSpeed {
  const alignment = alignDocuments(texts)
  buildQuoteLedger(texts, alignment)
  const align: number[] = []
  const cold: number[] = []
  const warm: number[] = []
  let groups = 0
  const timeAlignment = (): void => {
    const t = process.cpuUsage()
    alignDocuments(texts)
    align.push(cpuMs(t))
  }
  for (let r = 0; r < runs; r++) {
    // Which goes first alternates: the collection of one's garbage falls in the next one's time.
    if (r % 2 === 0) timeAlignment()
    forgetReadQuotations()
    let t = process.cpuUsage()
    groups = buildQuoteLedger(texts, alignment).groups.length
    cold.push(cpuMs(t))
    t = process.cpuUsage()
    buildQuoteLedger(texts, alignment)
    warm.push(cpuMs(t))
    if (r % 2 === 1) timeAlignment()
  }
  return { label, alignMs: median(align), ledgerMs: median(cold), warmMs: median(warm), runs, groups }
}

const fixed = (n: number, digits = 1): string => n.toFixed(digits)

export function describeQuotes(accuracy: QuoteFigures | { error: string }, speeds: QuoteSpeed[], heldOut: QuoteFigures | { error: string } | null = null): string[] {
  const lines = ['The quote ledger on the hand-labelled set:']
  const figures = (f: QuoteFigures): string[] => [
    `  ${f.labelled} labelled quotations in ${f.clusters} clusters; ${f.found} found, ${f.matched} of them labelled ones`,
    `  recall ${fixed(f.recall, 3)}, precision ${fixed(f.precision, 3)}, speaker ${fixed(f.speakerAccuracy, 3)}, grouping ${fixed(f.groupingAccuracy, 3)}`,
  ]
  if ('error' in accuracy) lines.push(`  could not be measured: ${accuracy.error}`)
  else {
    lines[0] = `The quote ledger on the hand-labelled set (${accuracy.labels}):`
    lines.push(...figures(accuracy))
  }
  if (heldOut) {
    lines.push(`On the set held out, whose errors are never studied (${'error' in heldOut ? 'tests/fixtures/quotes-heldout' : heldOut.labels}; reported, not a target):`)
    lines.push(...('error' in heldOut ? [`  could not be measured: ${heldOut.error}`] : figures(heldOut)))
  }
  lines.push('The quote ledger\'s time against the alignment\'s (medians of processor time, the same texts, one after the other; the ledger is built after the alignment is shown;')
  lines.push('cold: every report read from its text; warm: built again with the reports\' readings kept):')
  for (const s of speeds) {
    lines.push(`  ${s.label}: alignment ${fixed(s.alignMs)} ms, ledger cold ${fixed(s.ledgerMs)} ms (${s.groups} quotations): ${fixed(s.ledgerMs / s.alignMs, 2)}× the alignment; warm ${fixed(s.warmMs)} ms: ${fixed(s.warmMs / s.alignMs, 2)}×`)
  }
  return lines
}

export function quoteTargets(accuracy: QuoteFigures | { error: string }, speeds: QuoteSpeed[]): Array<{ name: string; pass: boolean; measured: string }> {
  const a = 'error' in accuracy ? null : accuracy
  const speed = (s: QuoteSpeed): { name: string; pass: boolean; measured: string } => ({
    name: `quote ledger: at most 20% of the alignment's time on ${s.label}, cold`,
    pass: s.ledgerMs <= 0.2 * s.alignMs,
    measured: `${fixed(s.ledgerMs)} ms, ${fixed(s.ledgerMs / s.alignMs, 2)}× (warm ${fixed(s.warmMs)} ms, ${fixed(s.warmMs / s.alignMs, 2)}×)`,
  })
  // Judged on the counts, not on the rounded figures.
  const atLeast = (share: number, part: number, whole: number): boolean => whole > 0 && part >= share * whole
  const of = (part: number, whole: number, figure: number): string => `${fixed(figure, 3)} (${part.toLocaleString('en-US')} of ${whole.toLocaleString('en-US')})`
  return [
    { name: 'quote ledger: quotation recall ≥ 0.95 on the labelled set', pass: a !== null && atLeast(0.95, a.matched, a.labelled), measured: a ? of(a.matched, a.labelled, a.recall) : 'failed' },
    { name: 'quote ledger: speaker accuracy ≥ 0.9 on the labelled set', pass: a !== null && atLeast(0.9, a.speakerRight, a.matched), measured: a ? of(a.speakerRight, a.matched, a.speakerAccuracy) : 'failed' },
    { name: 'quote ledger: grouping accuracy ≥ 0.95 on the labelled set', pass: a !== null && atLeast(0.95, a.groupRight, a.matched), measured: a ? of(a.groupRight, a.matched, a.groupingAccuracy) : 'failed' },
    ...(speeds.some((s) => s.label.startsWith('3 × 10k')) ? speeds.map(speed) : [{ name: "quote ledger: at most 20% of the alignment's time on 3 × 10k words, cold", pass: false, measured: 'not measured' }]),
  ]
}
