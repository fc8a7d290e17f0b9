// The process entry of `parallax-compare` (built to out/cli/compare.mjs; run from source by
// scripts/compare.mjs). Sets the exit code rather than calling process.exit(), so that output still
// being flushed to a pipe (asynchronous on Windows) is not cut short. A batch (`--each`) starts this same
// program in its worker threads, where it compares the clusters it is sent instead.

import { main } from './compare'
import { isBatchWorker, serveClusters } from './batchWorker'

if (isBatchWorker()) serveClusters()
else {
  // A reader that stops early (`| head`) closes the pipe: that is not a failure worth a stack trace.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error
      process.exit(process.exitCode ?? 0)
    })
  }

  process.exitCode = await main(process.argv.slice(2), {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    interactive: process.stderr.isTTY === true,
  })
}
