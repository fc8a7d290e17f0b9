// One cluster of a batch (`--each`): the files of one folder compared, as one JSON line. Run in a worker
// thread; a cluster that cannot be compared gives a line with its error, never a throw, so one bad
// folder does not stop the run.

import { readdir } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { alignDocuments } from '../shared/alignment'
import { MAX_ARTICLES_PER_COMPARISON, MIN_ARTICLES_PER_COMPARISON } from '../shared/domain/comparison'
import { formatOf } from '../reading/source'
import { toJsonReport, type JsonReport } from './format'
import { InputError, readDocument, type InputDocument } from './readInput'

export type ClusterErrorCode = 'unreadable' | 'too-few-files' | 'too-many-files' | 'failed'

export type ClusterLine = { cluster: string; report: JsonReport } | { cluster: string; error: { code: ClusterErrorCode; message: string } }

/** The files of a cluster's folder that Parallax reads, in natural order (2-x.txt before 10-y.txt); hidden files left out. */
export async function clusterFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.') && formatOf(entry.name) !== null)
    .map((entry) => entry.name)
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    .map((name) => join(folder, name))
}

async function clusterLine(folder: string, raw: boolean): Promise<ClusterLine> {
  const cluster = basename(folder)
  const fail = (code: ClusterErrorCode, message: string): ClusterLine => ({ cluster, error: { code, message } })
  try {
    const paths = await clusterFiles(folder)
    if (paths.length < MIN_ARTICLES_PER_COMPARISON) return fail('too-few-files', `${folder}: holds ${paths.length} readable file${paths.length === 1 ? '' : 's'}; a cluster needs at least ${MIN_ARTICLES_PER_COMPARISON} (.txt, .md or .html)`)
    if (paths.length > MAX_ARTICLES_PER_COMPARISON) return fail('too-many-files', `${folder}: holds ${paths.length} files; a comparison takes at most ${MAX_ARTICLES_PER_COMPARISON}`)
    const documents: InputDocument[] = []
    const problems: string[] = []
    for (const path of paths) {
      try {
        documents.push(await readDocument(path, { raw }))
      } catch (error) {
        if (!(error instanceof InputError)) throw error
        problems.push(error.message)
      }
    }
    if (problems.length > 0) return fail('unreadable', problems.join('; '))
    const texts = documents.map((d) => d.text)
    return { cluster, report: toJsonReport(documents.map((d) => d.name), texts, alignDocuments(texts)) }
  } catch (error) {
    return fail('failed', `${folder}: ${error instanceof Error ? error.message : String(error)}`)
  }
}

/** The JSON line for one cluster folder, without its newline. */
export async function compareCluster(folder: string, raw: boolean): Promise<string> {
  return JSON.stringify(await clusterLine(folder, raw))
}
