// Runs the reading of an import off the UI thread: decoding files of up to 20 MB, parsing web pages with
// linkedom (inert: nothing runs or loads, and nothing is parsed into a document Chromium would check
// against the page's CSP), Readability, and clean-up of their blocks. The dialog stays responsive, shows
// progress, and can stop a read by ending this worker.

import { runImportJob } from './importJobs'
import { transferablesOf, type ImportRequest, type ImportResponse } from './importProtocol'

const post = (message: ImportResponse, transfer: Transferable[] = []): void => self.postMessage(message, { transfer })

self.addEventListener('message', (event: MessageEvent<ImportRequest>) => {
  const { id, ...job } = event.data
  runImportJob(job, (step) => post({ id, type: 'progress', step })).then(
    (answer) => post({ id, ...answer }, transferablesOf(answer)),
    (error: unknown) => post({ id, type: 'error', message: error instanceof Error ? error.message : String(error) }),
  )
})
