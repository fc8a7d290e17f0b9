// `parallax-compare`: argument parsing, input reading and exit codes around the alignment engine.
// main() returns the exit code and writes through the given writers, so tests run it in-process;
// src/cli/bin.ts is the entry that wires it to the real process.

import { randomBytes } from 'node:crypto'
import { readFile, rename, rm, writeFile } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { alignDocuments } from '../shared/alignment'
import { toJsonReport, toMarkdownReport } from './format'
import { MAX_IMPORT_BYTES } from '../shared/domain/article'
import { MAX_ARTICLES_PER_COMPARISON, MIN_ARTICLES_PER_COMPARISON } from '../shared/domain/comparison'
import { InputError, readDocument, type InputDocument } from './readInput'

export const EXIT_OK = 0
/** Something unforeseen went wrong (a bug). */
export const EXIT_FAILURE = 1
/** The command line or an input file cannot be used; nothing was printed on stdout. */
export const EXIT_USAGE = 2

export interface CompareIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
}

export interface CompareOptions {
  /** Folder of the built-in samples (resources/samples); found next to this script by default. */
  samplesDir?: string
}

const PROGRAM = 'parallax-compare'

export const USAGE = `Usage: ${PROGRAM} [--json | --markdown] [--output REPORT] [FILE ...]

Compares ${MIN_ARTICLES_PER_COMPARISON} to ${MAX_ARTICLES_PER_COMPARISON} plain-text reports of one event: finds the passages they share (in any
order), the small wording differences inside them, and the shorter phrases they have in common.
With no FILE, compares the built-in sample (three reports of John Kerry's May 2013 visit to Moscow).

Options:
  --markdown   a report to read (the default)
  --json       every figure as JSON: documents, passages and phrases (spans and variants), coverage,
               and quotes (each quotation grouped across documents, with its speaker and wording)
  -o, --output REPORT
               write the report to the file REPORT (whole, or not at all) instead of stdout
  -h, --help   show this help
  --           treat every later argument as a file name

Files are read as UTF-8 (a byte-order mark is skipped), as UTF-16 LE/BE with a byte-order mark, or
as Windows-1252 when the bytes are not UTF-8; up to ${MAX_IMPORT_BYTES / 1_000_000} MB each. The start/end offsets
in --json are UTF-16 code unit indexes (JavaScript string indexes) into the file's decoded text with
its byte-order mark removed, CRLF and CR line endings normalised to LF, and nothing else changed:
white space at the ends of lines stays. Each span's "text" is exactly that slice of it. A report's
first line is its headline; where the text repeats it as its first paragraph (after any page clutter),
that line is not compared, and the offsets still count it.

Exit status: 0 on success; 2 when the command line or a file cannot be used (the reason is on
stderr and nothing is printed on stdout); 1 on an unexpected failure.
`

type Format = 'markdown' | 'json'

type Parsed = { help: true } | { help: false; format: Format; files: string[]; output: string | null } | { error: string }

export function parseArguments(argv: readonly string[]): Parsed {
  const formats = new Set<Format>()
  const files: string[] = []
  let output: string | null = null
  let optionsEnded = false
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string
    if (optionsEnded || !arg.startsWith('-') || arg === '-') files.push(arg)
    else if (arg === '--') optionsEnded = true
    else if (arg === '--output' || arg === '-o' || arg.startsWith('--output=')) {
      const value = arg.startsWith('--output=') ? arg.slice('--output='.length) : argv[(i += 1)]
      if (!value) return { error: `${arg} needs the name of the file to write the report to` }
      if (output !== null) return { error: 'give --output once' }
      output = value
    }
    else if (arg === '--help' || arg === '-h') return { help: true }
    else if (arg === '--json') formats.add('json')
    else if (arg === '--markdown') formats.add('markdown')
    else return { error: `unknown option ${arg}` }
  }
  if (formats.size > 1) return { error: 'choose one of --json and --markdown' }
  if (files.length > 0 && files.length < MIN_ARTICLES_PER_COMPARISON) return { error: `give at least ${MIN_ARTICLES_PER_COMPARISON} files to compare; got only ${files.join(', ')}` }
  if (files.length > MAX_ARTICLES_PER_COMPARISON) return { error: `give at most ${MAX_ARTICLES_PER_COMPARISON} files to compare (got ${files.length})` }
  return { help: false, format: formats.has('json') ? 'json' : 'markdown', files, output }
}

/** Writes the report beside its target and renames it into place, so a failure leaves no half report. */
async function writeReport(path: string, text: string): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`)
  try {
    await writeFile(temporary, text, { flag: 'wx' })
    await rename(temporary, path)
  } catch (error) {
    await rm(temporary, { force: true })
    const code = (error as NodeJS.ErrnoException).code
    const why = code === 'ENOENT' ? 'its folder does not exist' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'it is a folder' : code === 'ENOSPC' ? 'the disk is full' : (error as Error).message
    throw new InputError(path, `cannot write the report there: ${why}`)
  }
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
async function readAll(paths: readonly string[]): Promise<{ documents: InputDocument[]; errors: InputError[] }> {
  const documents: InputDocument[] = []
  const errors: InputError[] = []
  for (const path of paths) {
    try {
      documents.push(await readDocument(path))
    } catch (error) {
      if (!(error instanceof InputError)) throw error
      errors.push(error)
    }
  }
  return { documents, errors }
}

export async function main(argv: readonly string[], io: CompareIo, options: CompareOptions = {}): Promise<number> {
  const parsed = parseArguments(argv)
  if ('error' in parsed) {
    io.stderr(`${PROGRAM}: ${parsed.error}\nTry '${PROGRAM} --help'.\n`)
    return EXIT_USAGE
  }
  if (parsed.help) {
    io.stdout(USAGE)
    return EXIT_OK
  }

  try {
    let title: string | undefined
    let paths = parsed.files
    if (paths.length === 0) {
      const sample = await samplePaths(options.samplesDir ?? defaultSamplesDir())
      title = sample.title
      paths = sample.paths
    }
    const { documents, errors } = await readAll(paths)
    if (errors.length > 0) {
      io.stderr(errors.map((error) => `${PROGRAM}: ${error.message}\n`).join(''))
      return EXIT_USAGE
    }

    const names = documents.map((d) => d.name)
    const texts = documents.map((d) => d.text)
    const alignment = alignDocuments(documents.map((d) => d.compared))
    const report = parsed.format === 'json' ? `${JSON.stringify(toJsonReport(names, texts, alignment), null, 2)}\n` : toMarkdownReport(names, texts, alignment, { title })
    if (parsed.output === null) io.stdout(report)
    else await writeReport(parsed.output, report)
    return EXIT_OK
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
