// `npm run serve:test -- --data DIR --port N`: starts the bridge and prints its URL when ready.

import { parseArgs } from 'node:util'
import { startBridge } from './server'

const { values } = parseArgs({
  options: {
    data: { type: 'string' },
    port: { type: 'string', default: '0' },
  },
})

if (!values.data) {
  console.error('Usage: npm run serve:test -- --data <folder for the library> [--port <number>]')
  process.exit(2)
}
const port = Number(values.port)
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a whole number from 0 to 65535, not ${JSON.stringify(values.port)}`)
  process.exit(2)
}

const bridge = await startBridge({ dataFolder: values.data, port })
console.warn(`Parallax test bridge: library in ${values.data}`)
process.stdout.write(`${bridge.url}\n`)
const stop = (): void => {
  void bridge.close().then(() => process.exit(0))
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
