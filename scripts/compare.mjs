// Entry of `npm run compare`: runs the command-line comparison from its TypeScript source through tsx,
// so it needs no build and no Electron. npm runs scripts from the package folder; file names given on
// the command line are relative to where the user typed the command (INIT_CWD). A batch (--each) starts
// this script again in each worker thread, where the folder is already set (and cannot be changed).

import { isMainThread } from 'node:worker_threads'
import { register } from 'tsx/esm/api'

if (isMainThread && process.env.INIT_CWD) process.chdir(process.env.INIT_CWD)
register()
await import('../src/cli/bin.ts')
