// Runs the heavy part of an import off the UI thread: decoding files of up to 20 MB, Readability on web
// pages, and clean-up of their blocks. The dialog stays responsive, shows progress, and can stop a read by
// ending this worker.

import { runImportJob } from './importJobs'
import { transferablesOf, type ImportAnswer, type ImportRequest, type ImportResponse } from './importProtocol'
import { readArticleInWorker } from './pageArticle'

const post = (message: ImportResponse, transfer: Transferable[] = []): void => self.postMessage(message, { transfer })

self.addEventListener('message', (event: MessageEvent<ImportRequest>) => {
  const { id, ...job } = event.data
  const work: Promise<ImportAnswer> =
    job.type === 'article' ? Promise.resolve({ type: 'article', reading: readArticleInWorker(job.html) }) : runImportJob(job, (step) => post({ id, type: 'progress', step }))
  work.then(
    (answer) => post({ id, ...answer }, transferablesOf(answer)),
    (error: unknown) => post({ id, type: 'error', message: error instanceof Error ? error.message : String(error) }),
  )
})
