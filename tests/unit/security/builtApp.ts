// The built app (./out) for the security tests that read it. `npm test` builds before testing; run alone,
// these tests build it themselves as the e2e set-up does, so that a missing build never skips a check.

import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const BUILT = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html']

export function ensureBuilt(): void {
  if (BUILT.every((path) => existsSync(path))) return
  const result = spawnSync('npx', ['electron-vite', 'build'], { stdio: 'inherit' })
  if (result.status !== 0) throw new Error('The build failed; the security tests need ./out (run `npm run build`).')
}
