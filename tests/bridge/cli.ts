// `npm run serve:test -- --data DIR [--exports DIR] [--port N]`: starts the bridge and prints its URL when
// ready. Export PDF writes to the exports folder (default DIR/exports), printed by a headless Chromium.

import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { bridgeDesktop } from './bridgeDesktop'
import { startBridge } from './server'

const { values } = parseArgs({
  options: {
    data: { type: 'string' },
    exports: { type: 'string' },
    port: { type: 'string', default: '0' },
  },
})

if (!values.data) {
  console.error('Usage: npm run serve:test -- --data <folder for the library> [--exports <folder for PDFs>] [--port <number>]')
  process.exit(2)
}
const port = Number(values.port)
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a whole number from 0 to 65535, not ${JSON.stringify(values.port)}`)
  process.exit(2)
}
const exportsFolder = resolve(values.exports ?? join(values.data, 'exports'))

const desktop = bridgeDesktop({ exportsFolder })
const bridge = await startBridge({ dataFolder: values.data, port, desktop: desktop.ports })
console.warn(`Parallax test bridge: library in ${values.data}`)
console.warn(`Parallax test bridge: PDF exports in ${exportsFolder}`)
process.stdout.write(`${bridge.url}\n`)
const stop = (): void => {
  void Promise.allSettled([bridge.close(), desktop.close()]).then(() => process.exit(0))
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
