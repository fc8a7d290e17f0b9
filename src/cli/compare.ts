// `parallax-compare`: the commands (compare, extract, --each) around the alignment engine and the app's
// reading. main() returns the exit code and writes through the given writers, so tests run it in-process;
// src/cli/bin.ts is the entry that wires it to the real process (and serves a batch's worker threads).

import { readFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { alignDocuments } from '../shared/alignment'
import { buildQuoteLedger } from '../shared/quotes'
import { summariseRevision } from '../shared/revisions'
import { parseArguments, type Command } from './arguments'
import { runBatch } from './batch'
import { extractFiles } from './extract'
import { toJsonReport, toMarkdownReport } from './format'
import { InputError, readDocument, type InputDocument } from './readInput'
import { writeReport } from './reportFile'
import { PROGRAM, USAGE } from './usage'

export { parseArguments } from './arguments'
export { USAGE } from './usage'

export const EXIT_OK = 0
/** Something unforeseen went wrong (a bug). */
export const EXIT_FAILURE = 1
/** The command line or an input file cannot be used; nothing was printed on stdout. */
export const EXIT_USAGE = 2
/** extract or --each could not read some files or clusters; each has its error in the output. */
export const EXIT_SOME_FAILED = 3

export interface CompareIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  /** Whether stderr is a terminal (progress is rewritten in place there). */
  interactive?: boolean
}

export interface CompareOptions {
  /** Folder of the built-in samples (resources/samples); found next to this script by default. */
  samplesDir?: string
  /** The program a batch starts in its worker threads; the script this process was started with by default. */
  workerEntry?: URL | string
}

function defaultSamplesDir(): string {
  // src/cli/compare.ts and the built out/cli/compare.mjs both sit two folders below the package root.
  return resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'resources', 'samples')
}

interface SampleIndex {
  title: string
  folder: string
  files: string[]
}

async function samplePaths(samplesDir: string): Promise<{ title: string; paths: string[] }> {
  const index = JSON.parse(await readFile(join(samplesDir, 'index.json'), 'utf8')) as SampleIndex
  return { title: index.title, paths: index.files.map((file) => join(samplesDir, index.folder, file)) }
}

/** Reads every file, so that all unusable ones are reported at once. */
async function readAll(paths: readonly string[], raw: boolean): Promise<{ documents: InputDocument[]; errors: InputError[] }> {
  const documents: InputDocument[] = []
  const errors: InputError[] = []
  for (const path of paths) {
    try {
      documents.push(await readDocument(path, { raw }))
    } catch (error) {
      if (!(error instanceof InputError)) throw error
      errors.push(error)
    }
  }
  return { documents, errors }
}

async function compareFiles(command: Extract<Command, { kind: 'compare' }>, io: CompareIo, options: CompareOptions): Promise<number> {
  let title: string | undefined
  let paths = command.files
  if (paths.length === 0) {
    const sample = await samplePaths(options.samplesDir ?? defaultSamplesDir())
    title = sample.title
    paths = sample.paths
  }
  const { documents, errors } = await readAll(paths, command.raw)
  if (errors.length > 0) {
    io.stderr(errors.map((error) => `${PROGRAM}: ${error.message}\n`).join(''))
    return EXIT_USAGE
  }
  const names = documents.map((d) => d.name)
  const texts = documents.map((d) => d.text)
  const alignment = alignDocuments(texts)
  const ledger = buildQuoteLedger(texts, alignment)
  // Two versions of one article, the older first: each with the headline its reading found.
  const [older, newer] = documents.map((d) => ({ title: d.draft.details.title, text: d.text }))
  const revisions = command.versions && older && newer ? summariseRevision(older, newer, { alignment, ledger }) : undefined
  if (revisions) title = `Versions of one article: ${names[0] ?? ''} → ${names[1] ?? ''}`
  const json = (): string => `${JSON.stringify({ ...toJsonReport(names, texts, alignment, ledger), ...(revisions ? { revisions } : {}) }, null, 2)}\n`
  const report = command.format === 'json' ? json() : toMarkdownReport(names, texts, alignment, { title, ledger, revisions })
  if (command.output === null) io.stdout(report)
  else await writeReport(command.output, report)
  return EXIT_OK
}

async function run(command: Command, io: CompareIo, options: CompareOptions): Promise<number> {
  switch (command.kind) {
    case 'help':
      io.stdout(USAGE)
      return EXIT_OK
    case 'compare':
      return compareFiles(command, io, options)
    case 'extract': {
      const extracted = await extractFiles(command.files, command.raw)
      const json = `${JSON.stringify(extracted, null, 2)}\n`
      if (command.output === null) io.stdout(json)
      else await writeReport(command.output, json)
      for (const entry of extracted) if ('error' in entry) io.stderr(`${PROGRAM}: ${entry.error.message}\n`)
      return extracted.some((entry) => 'error' in entry) ? EXIT_SOME_FAILED : EXIT_OK
    }
    case 'each': {
      const workerEntry = options.workerEntry ?? process.argv[1]
      if (workerEntry === undefined) throw new Error('no program to start in the worker threads')
      const result = await runBatch({ folder: command.folder, jobs: command.jobs, raw: command.raw, workerEntry, stdout: io.stdout, stderr: io.stderr, interactive: io.interactive ?? false })
      if (result.failed > 0) io.stderr(`${PROGRAM}: ${result.failed} of ${result.clusters} clusters could not be compared; each has its error line\n`)
      return result.failed > 0 ? EXIT_SOME_FAILED : EXIT_OK
    }
  }
}

export async function main(argv: readonly string[], io: CompareIo, options: CompareOptions = {}): Promise<number> {
  const parsed = parseArguments(argv)
  if ('error' in parsed) {
    io.stderr(`${PROGRAM}: ${parsed.error}\nTry '${PROGRAM} --help'.\n`)
    return EXIT_USAGE
  }
  try {
    return await run(parsed, io, options)
  } catch (error) {
    if (error instanceof InputError) {
      io.stderr(`${PROGRAM}: ${error.message}\n`)
      return EXIT_USAGE
    }
    const message = error instanceof Error ? error.message : String(error)
    io.stderr(`${PROGRAM}: unexpected failure: ${message}\n`)
    return EXIT_FAILURE
  }
}
