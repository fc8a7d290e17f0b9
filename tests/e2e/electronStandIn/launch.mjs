// Plays the Electron executable for `npm start` with ELECTRON_EXEC_PATH: electron-vite runs it with the
// app's folder ("."), as it would run Electron, and this runs that folder's package.json `main` under
// plain Node with the stand-in 'electron' module (load it with `node --import ./register.mjs`).
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

const appFolder = resolve(process.argv[2] ?? '.')
const { main } = JSON.parse(readFileSync(join(appFolder, 'package.json'), 'utf8'))
await import(pathToFileURL(resolve(appFolder, main)).href)
