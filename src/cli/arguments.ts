// The command line of `parallax-compare`, read into one of its commands: compare files (or the sample), or
// two versions of one article (--versions), extract what the app would import from files, or compare every
// sub-folder of a folder as a batch.

import { availableParallelism } from 'node:os'
import { MAX_ARTICLES_PER_COMPARISON, MIN_ARTICLES_PER_COMPARISON } from '../shared/domain/comparison'

export type Format = 'markdown' | 'json'

export type Command =
  | { kind: 'help' }
  /** versions: the two files are an older and a newer version of one article, the older first. */
  | { kind: 'compare'; format: Format; files: string[]; output: string | null; raw: boolean; versions: boolean }
  | { kind: 'extract'; files: string[]; output: string | null; raw: boolean }
  | { kind: 'each'; folder: string; jobs: number; raw: boolean }

export type Parsed = Command | { error: string }

interface Flags {
  formats: Set<Format | 'jsonl'>
  files: string[]
  output: string | null
  raw: boolean
  each: string | null
  jobs: number | null
  versions: boolean
}

/** The value of an option given as `--name value` or `--name=value`, and the index of the next argument. */
function valueOf(argv: readonly string[], i: number, name: string): { value: string | undefined; next: number } {
  const arg = argv[i] as string
  if (arg.startsWith(`${name}=`)) return { value: arg.slice(name.length + 1), next: i }
  return { value: argv[i + 1], next: i + 1 }
}

function readFlags(argv: readonly string[]): Flags | { error: string } | { help: true } {
  const flags: Flags = { formats: new Set(), files: [], output: null, raw: false, each: null, jobs: null, versions: false }
  let optionsEnded = false
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string
    const named = (name: string): boolean => arg === name || arg.startsWith(`${name}=`)
    if (optionsEnded || !arg.startsWith('-') || arg === '-') flags.files.push(arg)
    else if (arg === '--') optionsEnded = true
    else if (named('--output') || arg === '-o') {
      const { value, next } = valueOf(argv, i, '--output')
      i = next
      if (!value) return { error: `${arg} needs the name of the file to write the report to` }
      if (flags.output !== null) return { error: 'give --output once' }
      flags.output = value
    } else if (named('--each')) {
      const { value, next } = valueOf(argv, i, '--each')
      i = next
      if (!value) return { error: '--each needs the folder whose sub-folders are the clusters to compare' }
      if (flags.each !== null) return { error: 'give --each once' }
      flags.each = value
    } else if (named('--jobs') || arg === '-j') {
      const { value, next } = valueOf(argv, i, '--jobs')
      i = next
      const jobs = Number(value)
      if (!value || !Number.isInteger(jobs) || jobs < 1 || jobs > 256) return { error: `${arg} needs a whole number of jobs from 1 to 256` }
      flags.jobs = jobs
    } else if (arg === '--help' || arg === '-h') return { help: true }
    else if (arg === '--json') flags.formats.add('json')
    else if (arg === '--jsonl') flags.formats.add('jsonl')
    else if (arg === '--markdown') flags.formats.add('markdown')
    else if (arg === '--raw') flags.raw = true
    else if (arg === '--versions') flags.versions = true
    else return { error: `unknown option ${arg}` }
  }
  return flags
}

function countError(files: readonly string[]): string | null {
  if (files.length > 0 && files.length < MIN_ARTICLES_PER_COMPARISON) return `give at least ${MIN_ARTICLES_PER_COMPARISON} files to compare; got only ${files.join(', ')}`
  if (files.length > MAX_ARTICLES_PER_COMPARISON) return `give at most ${MAX_ARTICLES_PER_COMPARISON} files to compare (got ${files.length})`
  return null
}

export function parseArguments(argv: readonly string[]): Parsed {
  const extract = argv[0] === 'extract'
  const flags = readFlags(extract ? argv.slice(1) : argv)
  if ('help' in flags) return { kind: 'help' }
  if ('error' in flags) return flags
  const { formats, files, output, raw, each, jobs, versions } = flags
  if (jobs !== null && each === null) return { error: '--jobs goes with --each' }
  if (versions && (extract || each !== null)) return { error: '--versions compares two files: not with extract or --each' }
  if (extract) {
    if (each !== null || formats.has('markdown') || formats.has('jsonl')) return { error: 'extract prints JSON (--json): it takes files, not --each, --markdown or --jsonl' }
    if (files.length === 0) return { error: 'extract needs the files to read' }
    return { kind: 'extract', files, output, raw }
  }
  if (each !== null) {
    if (files.length > 0) return { error: `--each compares the sub-folders of one folder; give no files (got ${files.join(', ')})` }
    if (formats.has('markdown') || formats.has('json') || output !== null) return { error: '--each writes JSON lines to stdout (--jsonl): not --markdown, --json or --output' }
    return { kind: 'each', folder: each, jobs: jobs ?? availableParallelism(), raw }
  }
  if (formats.has('jsonl')) return { error: '--jsonl goes with --each' }
  if (formats.size > 1) return { error: 'choose one of --json and --markdown' }
  if (versions && files.length !== 2) {
    return { error: `--versions compares two versions of one article, the older first: give exactly 2 files (got ${files.length === 0 ? 'none' : `${files.length}: ${files.join(', ')}`})` }
  }
  const tooFewOrMany = countError(files)
  if (tooFewOrMany) return { error: tooFewOrMany }
  return { kind: 'compare', format: formats.has('json') ? 'json' : 'markdown', files, output, raw, versions }
}
