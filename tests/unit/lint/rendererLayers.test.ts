// Proves the renderer's layers of STYLE.md rule 1 are enforced: ui imports no feature and no app; a feature
// imports another feature only through its index, and never app. The project's own ESLint config is run on
// code placed in each folder (in every feature, at each depth a feature's files sit), and must flag it.

import { readdirSync } from 'node:fs'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const eslint = new ESLint({ cwd: process.cwd() })

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message)
}

const FEATURES = readdirSync('src/renderer/src/features', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)

/** Another feature than `feature`, to import from it. */
const other = (feature: string): string => FEATURES.find((f) => f !== feature) as string

const forbidden: Array<[rule: string, file: string, code: string, message: RegExp]> = [
  ['ui imports no feature', 'src/renderer/src/ui/probe.ts', "import { ComparisonView } from '../features/comparison'\nvoid ComparisonView\n", /imports none of them/],
  ['ui imports no feature file', 'src/renderer/src/ui/probe.tsx', "import { FindBar } from '../features/find/FindBar'\nvoid FindBar\n", /imports none of them/],
  ['ui imports no app', 'src/renderer/src/ui/probe.ts', "import { useRoute } from '../app/useRoute'\nvoid useRoute\n", /app is the shell/],
  ['ui keeps the renderer rules', 'src/renderer/src/ui/probe.ts', "import { readFile } from 'node:fs'\nvoid readFile\n", /not available/],
  ...FEATURES.flatMap((feature): Array<[string, string, string, RegExp]> => [
    ['a feature never imports app', `src/renderer/src/features/${feature}/probe.ts`, "import { App } from '../../app/App'\nvoid App\n", /app is the shell/],
    ['a feature never imports app', `src/renderer/src/features/${feature}/deeper/probe.ts`, "import { App } from '../../../app/App'\nvoid App\n", /app is the shell/],
    [
      'a feature imports another only through its index',
      `src/renderer/src/features/${feature}/probe.ts`,
      `import { inner } from '../${other(feature)}/inner'\nvoid inner\n`,
      /only through its index/,
    ],
    [
      'a feature imports another only through its index',
      `src/renderer/src/features/${feature}/deeper/probe.ts`,
      `import { inner } from '../../${other(feature)}/inner'\nvoid inner\n`,
      /only through its index/,
    ],
    ['a feature keeps the renderer rules', `src/renderer/src/features/${feature}/probe.ts`, "import { app } from 'electron'\nvoid app\n", /Electron is only/],
  ]),
]

const allowed: Array<[rule: string, file: string, code: string]> = [
  ['ui imports ui and the api', 'src/renderer/src/ui/probe.ts', "import { client } from '../api'\nimport { isMac } from './keyboard'\nvoid client\nvoid isMac\n"],
  ['the shell imports features and ui', 'src/renderer/src/app/probe.ts', "import { ComparisonView } from '../features/comparison'\nimport { useCommand } from '../ui/commands'\nvoid ComparisonView\nvoid useCommand\n"],
  ...FEATURES.flatMap((feature): Array<[string, string, string]> => [
    ['a feature imports ui', `src/renderer/src/features/${feature}/probe.ts`, "import { useCommand } from '../../ui/commands'\nvoid useCommand\n"],
    ['a feature imports another through its index', `src/renderer/src/features/${feature}/probe.ts`, `import { x } from '../${other(feature)}'\nvoid x\n`],
    ['a feature imports another through its index', `src/renderer/src/features/${feature}/deeper/probe.ts`, `import { x } from '../../${other(feature)}/index'\nvoid x\n`],
    ['a feature imports its own files', `src/renderer/src/features/${feature}/deeper/probe.ts`, `import { x } from '../inner'\nimport { y } from './near'\nvoid x\nvoid y\n`],
  ]),
]

describe("the renderer's layers (STYLE.md rule 1)", () => {
  it('finds the features', () => {
    expect(FEATURES).toEqual(expect.arrayContaining(['comparison', 'export', 'find']))
  })

  it.each(forbidden)('%s: lint refuses it in %s', async (_rule, file, code, message) => {
    const messages = await restrictedImports(file, code)
    expect(messages.length, `expected ${JSON.stringify(code)} to be refused in ${file}`).toBeGreaterThan(0)
    expect(messages.join('\n')).toMatch(message)
  })

  it.each(allowed)('%s: lint accepts it in %s', async (_rule, file, code) => {
    await expect(restrictedImports(file, code)).resolves.toEqual([])
  })
})
