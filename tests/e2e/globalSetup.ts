// Before the e2e project: make sure the app is built and Chromium is there, with a clear message if not.

import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { CHROMIUM_PATH } from './harness'

export default function setup(): void {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium is not installed at ${CHROMIUM_PATH}. Install it with: apt-get install -y --no-install-recommends chromium poppler-utils`,
    )
  }
  if (!existsSync('out/renderer/index.html') || !existsSync('out/main/index.js') || !existsSync('out/preload/index.cjs')) {
    const result = spawnSync('npx', ['electron-vite', 'build'], { stdio: 'inherit' })
    if (result.status !== 0) throw new Error('The build failed; the e2e tests need ./out')
  }
}
