// `--each FOLDER`: every sub-folder of FOLDER compared as one cluster, spread over worker threads, one JSON
// line per cluster written to stdout as each finishes, progress on stderr. Each cluster is independent of
// the others, so a corpus too large for one machine splits by sub-folder across machines (README).
// A worker that crashes gives its cluster an error line and is replaced; the run goes on.

import { readdir, stat } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { Worker } from 'node:worker_threads'
import { batchWorkerData, type ClusterAnswer, type ClusterRequest } from './batchWorker'
import type { ClusterLine } from './cluster'
import { isMilestone, progressLine } from './progress'
import { InputError } from './readInput'

export interface BatchOptions {
  folder: string
  jobs: number
  raw: boolean
  /** The program to start in each worker thread (this program: bin.ts serves clusters in a worker). */
  workerEntry: URL | string
  stdout: (text: string) => void
  stderr: (text: string) => void
  /** Whether stderr is a terminal: progress is then one line rewritten in place. */
  interactive: boolean
}

export interface BatchResult {
  clusters: number
  failed: number
}

/** The sub-folders of `folder` (or links to folders, so a share of a corpus can be a folder of links), in natural order; hidden ones left out. */
async function clusterFolders(folder: string): Promise<string[]> {
  let entries
  try {
    entries = await readdir(folder, { withFileTypes: true })
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new InputError(folder, code === 'ENOENT' ? 'no such folder' : code === 'ENOTDIR' ? 'not a folder' : `cannot be read (${code ?? (error as Error).message})`)
  }
  const isFolder = async (entry: (typeof entries)[number]): Promise<boolean> =>
    entry.isDirectory() || (entry.isSymbolicLink() && ((await stat(join(folder, entry.name)).catch(() => null))?.isDirectory() ?? false))
  const names: string[] = []
  for (const entry of entries) if (!entry.name.startsWith('.') && (await isFolder(entry))) names.push(entry.name)
  if (names.length === 0) throw new InputError(folder, 'has no sub-folders: --each compares each sub-folder as one cluster')
  return names.sort((a, b) => a.localeCompare(b, 'en', { numeric: true })).map((name) => join(folder, name))
}

export async function runBatch(options: BatchOptions): Promise<BatchResult> {
  const queue = await clusterFolders(options.folder)
  const total = queue.length
  const started = Date.now()
  let done = 0
  let failed = 0

  const report = (line: string): void => {
    options.stdout(`${line}\n`)
    done += 1
    if ((JSON.parse(line) as ClusterLine & { error?: unknown }).error !== undefined) failed += 1
    const progress = progressLine(done, total, Date.now() - started)
    if (options.interactive) options.stderr(`\r\x1b[K${progress}${done === total ? '\n' : ''}`)
    else if (isMilestone(done, total)) options.stderr(`${progress}\n`)
  }

  await new Promise<void>((finish) => {
    let running = 0
    const startWorker = (): void => {
      const worker = new Worker(options.workerEntry, { workerData: batchWorkerData(options.raw) })
      let current: string | null = null
      const next = (): void => {
        current = queue.shift() ?? null
        if (current === null) {
          void worker.terminate()
          running -= 1
          if (running === 0) finish()
          return
        }
        worker.postMessage({ folder: current } satisfies ClusterRequest)
      }
      worker.on('message', ({ line }: ClusterAnswer) => {
        report(line)
        next()
      })
      worker.on('error', (error) => {
        // The cluster it was comparing gets its error line; a fresh worker takes up the rest.
        if (current !== null) report(JSON.stringify({ cluster: basename(current), error: { code: 'failed', message: `${current}: the worker comparing it failed: ${error.message}` } } satisfies ClusterLine))
        current = null
        running -= 1
        if (queue.length > 0) {
          running += 1
          startWorker()
        } else if (running === 0) finish()
      })
      next()
    }
    const workers = Math.max(1, Math.min(options.jobs, total))
    running = workers
    for (let i = 0; i < workers; i += 1) startWorker()
  })
  return { clusters: total, failed }
}
