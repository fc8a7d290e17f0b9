// Build of the three Electron targets. Main and preload bundle their dependencies (lowdb is ESM-only,
// and a bundled app keeps node_modules out of the package); the sandboxed preload must be CommonJS.

import { randomBytes } from 'node:crypto'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'
import type { Plugin } from 'vite'

/**
 * In `npm run dev` only, the dev server adds inline scripts (React's fast-refresh preamble) and injects
 * CSS as <style> elements, which the page's CSP rightly blocks. Rather than allow any inline code, the
 * dev server marks exactly what it injects with a nonce made fresh at each start. The build is untouched.
 */
function devServerCspNonce(): Plugin {
  const nonce = randomBytes(18).toString('base64')
  return {
    name: 'parallax:dev-csp-nonce',
    apply: 'serve',
    config: () => ({ html: { cspNonce: nonce } }),
    transformIndexHtml: {
      order: 'post',
      handler: (html) =>
        html
          .replace("script-src 'self'", `script-src 'self' 'nonce-${nonce}'`)
          .replace("style-src 'self'", `style-src 'self' 'nonce-${nonce}'`),
    },
  }
}

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
    plugins: [react(), devServerCspNonce()],
    build: {
      // Workers and chunks load from the app's own origin; no inline scripts are ever needed.
      assetsInlineLimit: 0,
      modulePreload: { polyfill: false },
      // The window's code is what the person waits for at start-up: minified, it is about half the size.
      minify: true,
    },
  },
})
