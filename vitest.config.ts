// Test projects: unit (Node), component (happy-dom), soak (crash and kill loops: long by design), and
// e2e (the built app: main bundle smoke run, `npm start`'s chain, renderer in Chromium through the test
// bridge). `npm test` builds first and runs them all; e2e reads ./out. `npm run test:unit` runs the first two.
//
// No test may fail because the machine is busy: each project's time limits are budgets many times what
// its slowest test takes on an idle two-core machine, not estimates of how long it should take.

import react from '@vitejs/plugin-react'
import { basename, resolve } from 'node:path'
import type { Plugin } from 'vite'
import { defineConfig } from 'vitest/config'

/**
 * `import path from './x?modulePath'` (main's worker threads) is electron-vite's, at build time: under test
 * it gives the path of the thread's loader from source beside the test bridge (tests/bridge/x.mjs).
 */
const modulePath: Plugin = {
  name: 'parallax:test-module-path',
  enforce: 'pre',
  load(id) {
    if (!id.endsWith('?modulePath')) return null
    const name = basename(id.slice(0, -'?modulePath'.length)).replace(/\.ts$/, '.mjs')
    return `export default ${JSON.stringify(resolve(import.meta.dirname, 'tests/bridge', name))}`
  },
}

/** expect.poll's wait (1 s by default), as patient as every other wait in the tests (tests/setup/patience.ts). */
const expectOptions = { poll: { timeout: 15_000 } }

export default defineConfig({
  test: {
    reporters: ['default', 'json'],
    outputFile: { json: '.test-results/vitest.json' },
    projects: [
      {
        plugins: [modulePath],
        test: {
          name: 'unit',
          environment: 'node',
          expect: expectOptions,
          include: ['tests/unit/**/*.test.ts'],
          exclude: ['tests/unit/renderer/**'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'component',
          environment: 'happy-dom',
          expect: expectOptions,
          setupFiles: ['tests/setup/patience.ts'],
          include: ['tests/unit/renderer/**/*.test.{ts,tsx}'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'soak',
          environment: 'node',
          expect: expectOptions,
          include: ['tests/soak/**/*.test.ts'],
          testTimeout: 600_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          expect: expectOptions,
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          globalSetup: ['tests/e2e/globalSetup.ts'],
          // One Chromium at a time: these machines have two cores.
          fileParallelism: false,
        },
      },
    ],
  },
})
