// Build of the three Electron targets. Main and preload bundle their dependencies (lowdb is ESM-only,
// and a bundled app keeps node_modules out of the package); the sandboxed preload must be CommonJS.

import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'

export default defineConfig({
  main: {
    build: {
      externalizeDeps: false,
    },
  },
  preload: {
    build: {
      externalizeDeps: false,
      rolldownOptions: {
        output: {
          format: 'cjs',
          entryFileNames: '[name].cjs',
        },
      },
    },
  },
  renderer: {
    plugins: [react()],
    build: {
      // Workers and chunks load from the app's own origin; no inline scripts are ever needed.
      assetsInlineLimit: 0,
      modulePreload: { polyfill: false },
    },
  },
})
