// Entry of `npm start`, `npm run dev` and `npm run dist`: makes sure the Electron binary is on this
// machine (downloading it once, with progress and a plain message when that fails), then runs the tool
// named first (electron-vite or electron-builder) with the rest of the arguments. When ELECTRON_EXEC_PATH
// names an executable, electron-vite runs that instead and nothing is downloaded.
//
//   node scripts/withElectron.mjs electron-vite preview [options]
//   node scripts/withElectron.mjs          (only makes sure Electron is there, and says where)

import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import {
  checkExecPath,
  describeDownloadFailure,
  downloadElectronZip,
  downloadFailureMessage,
  electronExecutable,
  electronPackage,
  isElectronInstalled,
  unpackElectron,
} from './electronRuntime.mjs'

const require = createRequire(import.meta.url)
const [tool, ...toolArgs] = process.argv.slice(2)
const command = process.env.npm_lifecycle_event ? `npm ${process.env.npm_lifecycle_event === 'start' ? 'start' : `run ${process.env.npm_lifecycle_event}`}` : 'this command'

/** The JavaScript file behind a package's command-line name, run with this Node (no shell, any system). */
function binOf(name) {
  const manifestPath = require.resolve(`${name}/package.json`)
  const { bin } = JSON.parse(readFileSync(manifestPath, 'utf8'))
  const file = typeof bin === 'string' ? bin : bin?.[name]
  if (!file) throw new Error(`${name} has no command named ${name}`)
  return join(dirname(manifestPath), file)
}

/** Progress on one line in a terminal, every tenth otherwise (a log file should not fill with it). */
function progressPrinter() {
  let shown = -1
  return (fraction) => {
    const percent = Math.floor(fraction * 100)
    if (process.stderr.isTTY) {
      if (percent !== shown) process.stderr.write(`\r  ${percent}%`)
    } else if (Math.floor(percent / 10) !== Math.floor(shown / 10)) {
      process.stderr.write(`  ${percent}%\n`)
    }
    shown = percent
  }
}

async function ensureElectron() {
  const execPath = process.env.ELECTRON_EXEC_PATH
  if (execPath) {
    const problem = checkExecPath(execPath)
    if (problem) {
      console.error(problem)
      process.exit(1)
    }
    return
  }
  const electron = electronPackage()
  if (isElectronInstalled(electron)) return
  console.error(`Downloading Electron ${electron.version} for ${process.platform}-${process.arch}, once (about 110 MB)…`)
  try {
    await downloadElectronZip({ version: electron.version, onProgress: progressPrinter() })
  } catch (error) {
    if (process.stderr.isTTY) process.stderr.write('\n')
    console.error(downloadFailureMessage(electron.version, describeDownloadFailure(error), command))
    process.exit(1)
  }
  if (process.stderr.isTTY) process.stderr.write('\n')
  const problem = unpackElectron(electron)
  if (problem || !isElectronInstalled(electron)) {
    console.error(`${problem ?? 'Electron was downloaded but is not in place after unpacking.'}\nDelete node_modules/electron, run \`npm install\`, then \`${command}\` again.`)
    process.exit(1)
  }
}

await ensureElectron()
if (!tool) {
  console.error(`Electron ${electronPackage().version} is ready: ${process.env.ELECTRON_EXEC_PATH ?? electronExecutable()}`)
  process.exit(0)
}
const child = spawn(process.execPath, [binOf(tool), ...toolArgs], { stdio: 'inherit' })
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal))
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
