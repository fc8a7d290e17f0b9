// Lint rules, including the import direction of STYLE.md rule 1: a file's folder says where it runs,
// and no file imports from a station it must not reach. ipcMain and ipcRenderer each live in one file.
// Inside the renderer the same holds one level down: ui imports no feature and no app; a feature imports
// another feature only through its index, and never app. src/reading (the reading of files the app and the
// command line share) works on a DOM handed to it: it may not reach for the DOM's globals.

import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'
import { builtinModules } from 'node:module'
import { readdirSync } from 'node:fs'

const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)]

const station = (name) => ({
  group: [`**/${name}`, `**/${name}/**`],
  message: `src/${name} runs in another process; share code through src/shared instead (STYLE.md rule 1).`,
})

const ipcMainOnlyInRegister = {
  name: 'electron',
  importNames: ['ipcMain'],
  message: 'Only src/main/ipc/register.ts touches ipcMain (STYLE.md rule 2).',
}
const ipcRendererOnlyInPreload = {
  name: 'electron',
  importNames: ['ipcRenderer'],
  message: 'Only src/preload/index.ts touches ipcRenderer (STYLE.md rule 2).',
}
const noDiff = { name: 'diff', message: 'jsdiff is used only inside src/shared/alignment, on matched passages (STYLE.md layout).' }
const noElectron = { name: 'electron', message: 'Electron is only for src/main and src/preload (STYLE.md rule 1).' }

/** The allowed imports of one station: `paths` forbids packages by name, `patterns` forbids folders. */
function restrict(files, { paths = [], patterns = [], ignores = [] }) {
  return {
    files,
    ignores,
    rules: { 'no-restricted-imports': ['error', { paths, patterns }] },
  }
}

/** The DOM's globals: src/reading and src/cli have the DOM's types (for the documents they are handed) but no DOM. */
const domGlobals = ['document', 'window', 'self', 'globalThis', 'DOMParser', 'XMLSerializer', 'navigator', 'location', 'fetch', 'XMLHttpRequest', 'Worker', 'Image'].map((name) => ({
  name,
  message: 'src/reading and src/cli work on a DOM handed to them (src/reading/inertDocument.ts), never a global one (docs/ARCHITECTURE.md).',
}))

const nodeOnly = nodeBuiltins.map((name) => ({ name, message: 'Node modules are not available here (STYLE.md rule 1).' }))

/** What every renderer file may not import; the renderer's layers below add to it (a later rule replaces, never merges). */
const renderer = {
  paths: [noElectron, noDiff, ...nodeOnly],
  patterns: [station('main'), station('cli'), { group: ['**/preload/index', '**/preload/index.ts'], message: 'The renderer reaches the preload only through window.api in src/renderer/src/api.ts.' }],
}

const noApp = {
  group: ['**/app', '**/app/**'],
  message: 'src/renderer/src/app is the shell: only main.tsx imports it; what features share lives in src/renderer/src/ui (STYLE.md rule 1).',
}
const noFeature = {
  group: ['**/features', '**/features/**'],
  message: 'src/renderer/src/ui is below the features: it imports none of them (STYLE.md rule 1).',
}

const features = readdirSync(new URL('./src/renderer/src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)

/**
 * A feature reaches another feature only through its index (the export feature's index.ts, never its ExportPdfDialog.tsx):
 * one rule per feature and folder depth, since a relative import's form depends on both.
 */
const featureRules = features.flatMap((feature) =>
  [0, 1, 2].map((depth) => {
    const up = '\\.\\./'.repeat(depth + 1)
    return restrict([`src/renderer/src/features/${feature}/${'*/'.repeat(depth)}*.{ts,tsx}`], {
      paths: renderer.paths,
      patterns: [
        ...renderer.patterns,
        noApp,
        {
          regex: `^${up}(?!${feature}/)[\\w-]+/(?!index(\\.tsx?)?$)`,
          message: 'A feature imports another feature only through its index.ts (STYLE.md rule 1).',
        },
      ],
    })
  }),
)

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'artifacts/**', '.test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always'],
      'no-console': ['error', { allow: ['error', 'warn'] }],
    },
  },
  {
    // Command-line scripts speak on stdout.
    files: ['scripts/**', 'src/cli/**'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['src/shared/**/*.ts'],
    languageOptions: { globals: {} },
  },
  ...['src/shared/**', 'src/shared/alignment/**'].map((files) =>
    restrict([files], {
      paths: [
        ...(files === 'src/shared/**' ? [noDiff] : []),
        { name: 'electron', message: 'src/shared is pure TypeScript: no Electron (STYLE.md rule 1).' },
        { name: 'react', message: 'src/shared is pure TypeScript: no React (STYLE.md rule 1).' },
        { name: 'react-dom', message: 'src/shared is pure TypeScript: no React (STYLE.md rule 1).' },
        ...nodeBuiltins.map((name) => ({ name, message: 'src/shared is pure TypeScript: no Node modules (STYLE.md rule 1).' })),
      ],
      patterns: [station('main'), station('preload'), station('renderer'), station('cli'), station('reading'), { group: ['react-dom/*'], message: 'src/shared is pure TypeScript: no React.' }],
    }),
  ),
  restrict(['src/main/**'], {
    ignores: ['src/main/ipc/register.ts'],
    paths: [ipcMainOnlyInRegister, ipcRendererOnlyInPreload, noDiff],
    patterns: [station('preload'), station('renderer'), station('cli')],
  }),
  restrict(['src/main/ipc/register.ts'], {
    paths: [ipcRendererOnlyInPreload, noDiff],
    patterns: [station('preload'), station('renderer'), station('cli')],
  }),
  restrict(['src/preload/**'], {
    ignores: ['src/preload/index.ts', 'src/preload/index.d.ts'],
    paths: [ipcMainOnlyInRegister, ipcRendererOnlyInPreload],
    patterns: [station('main'), station('renderer'), station('cli')],
  }),
  restrict(['src/preload/index.ts', 'src/preload/index.d.ts'], {
    paths: [ipcMainOnlyInRegister],
    patterns: [station('main'), station('renderer'), station('cli')],
  }),
  restrict(['src/renderer/**'], renderer),
  restrict(['src/renderer/src/ui/**'], { paths: renderer.paths, patterns: [...renderer.patterns, noApp, noFeature] }),
  ...featureRules,
  {
    files: ['src/reading/**/*.ts', 'src/cli/**/*.ts'],
    rules: { 'no-restricted-globals': ['error', ...domGlobals] },
  },
  {
    files: ['src/reading/**/*.ts'],
    languageOptions: { globals: {} },
  },
  restrict(['src/reading/**'], {
    paths: [
      noElectron,
      noDiff,
      { name: 'react', message: 'src/reading runs in a worker and under Node: no React (STYLE.md rule 1).' },
      ...nodeBuiltins.map((name) => ({ name, message: 'src/reading runs in the app\'s import worker too: no Node modules (STYLE.md rule 1).' })),
    ],
    patterns: [station('main'), station('preload'), station('renderer'), station('cli')],
  }),
  restrict(['src/cli/**'], {
    paths: [noElectron, noDiff],
    patterns: [station('main'), station('preload'), station('renderer')],
  }),
)
