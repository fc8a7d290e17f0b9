// Entry of `npm run serve:test`: builds the app if the build is missing or older than the sources,
// then runs the test bridge (TypeScript, loaded through tsx).

import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { register } from 'tsx/esm/api'

function newestMtime(path) {
  const info = statSync(path)
  if (!info.isDirectory()) return info.mtimeMs
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestMtime(join(path, name))), info.mtimeMs)
}

const built = 'out/renderer/index.html'
const needsBuild = !existsSync(built) || !existsSync('out/main/index.js') || newestMtime('src') > statSync(built).mtimeMs
if (needsBuild) {
  console.warn('Building Parallax first…')
  const result = spawnSync('npx', ['electron-vite', 'build'], { stdio: ['ignore', process.stderr, 'inherit'], shell: process.platform === 'win32' })
  if (result.status !== 0) process.exit(result.status ?? 1)
}

register()
await import('../tests/bridge/cli.ts')
