// Build of the command line (`parallax-compare`, package.json "bin") into out/cli/compare.mjs: one ES
// module for Node with the engine and its dependencies bundled, Node's own modules left as imports.
// Chained after `electron-vite build` in `npm run build`; `npm run compare` runs the source instead.

import { chmod } from 'node:fs/promises'
import { builtinModules } from 'node:module'
import { resolve } from 'node:path'
import { defineConfig } from 'vite'

const outDir = 'out/cli'
const fileName = 'compare.mjs'

export default defineConfig({
  // Nothing from public/ or an index.html belongs in a command-line build.
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir,
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    reportCompressedSize: false,
    lib: {
      entry: resolve(import.meta.dirname, 'src/cli/bin.ts'),
      formats: ['es'],
      fileName: () => fileName,
    },
    rolldownOptions: {
      external: [...builtinModules, ...builtinModules.map((name) => `node:${name}`)],
      output: { banner: '#!/usr/bin/env node' },
    },
  },
  plugins: [
    {
      name: 'parallax:cli-executable',
      apply: 'build',
      async writeBundle() {
        await chmod(resolve(outDir, fileName), 0o755)
      },
    },
  ],
})
