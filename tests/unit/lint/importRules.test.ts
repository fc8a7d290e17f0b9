// Proves the import-direction rules of STYLE.md rule 1 (and the one-file rule for ipcMain/ipcRenderer)
// are enforced: the project's own ESLint config, run on code placed in each station, flags what must not be.

import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const eslint = new ESLint({ cwd: process.cwd() })

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message)
}

const forbidden: Array<[station: string, file: string, code: string]> = [
  ['shared', 'src/shared/domain/probe.ts', "import { readFile } from 'node:fs'\nvoid readFile\n"],
  ['shared', 'src/shared/domain/probe.ts', "import fs from 'fs'\nvoid fs\n"],
  ['shared', 'src/shared/domain/probe.ts', "import { app } from 'electron'\nvoid app\n"],
  ['shared', 'src/shared/domain/probe.ts', "import { useState } from 'react'\nvoid useState\n"],
  ['shared', 'src/shared/domain/probe.ts', "import { Library } from '../../main/storage/library'\nvoid Library\n"],
  ['shared', 'src/shared/domain/probe.ts', "import { client } from '../../renderer/src/api'\nvoid client\n"],
  ['main', 'src/main/services/probe.ts', "import { client } from '../../renderer/src/api'\nvoid client\n"],
  ['main', 'src/main/services/probe.ts', "import '../../preload/index'\n"],
  ['main', 'src/main/services/probe.ts', "import { ipcMain } from 'electron'\nvoid ipcMain\n"],
  ['preload', 'src/preload/probe.ts', "import { Library } from '../main/storage/library'\nvoid Library\n"],
  ['preload', 'src/preload/probe.ts', "import { ipcRenderer } from 'electron'\nvoid ipcRenderer\n"],
  ['renderer', 'src/renderer/src/probe.ts', "import { ipcRenderer } from 'electron'\nvoid ipcRenderer\n"],
  ['renderer', 'src/renderer/src/probe.ts', "import { readFile } from 'node:fs/promises'\nvoid readFile\n"],
  ['renderer', 'src/renderer/src/probe.ts', "import { Library } from '../../main/storage/library'\nvoid Library\n"],
  ['cli', 'src/cli/probe.ts', "import { Library } from '../main/storage/library'\nvoid Library\n"],
  ['cli', 'src/cli/probe.ts', "import { app } from 'electron'\nvoid app\n"],
  ['shared', 'src/shared/domain/probe.ts', "import { diffWords } from 'diff'\nvoid diffWords\n"],
  ['renderer', 'src/renderer/src/probe.ts', "import { diffWords } from 'diff'\nvoid diffWords\n"],
  ['shared', 'src/shared/alignment/probe.ts', "import { readFile } from 'node:fs'\nvoid readFile\n"],
  ['shared', 'src/shared/import/probe.ts', "import { readPage } from '../../reading/page'\nvoid readPage\n"],
  ['reading', 'src/reading/probe.ts', "import { readFile } from 'node:fs/promises'\nvoid readFile\n"],
  ['reading', 'src/reading/probe.ts', "import { client } from '../renderer/src/api'\nvoid client\n"],
  ['reading', 'src/reading/probe.ts', "import { main } from '../cli/compare'\nvoid main\n"],
]

const allowed: Array<[station: string, file: string, code: string]> = [
  ['main', 'src/main/services/probe.ts', "import { countWords } from '../../shared/domain/text'\nvoid countWords\n"],
  ['main', 'src/main/services/probe.ts', "import { readFile } from 'node:fs/promises'\nvoid readFile\n"],
  ['main', 'src/main/ipc/register.ts', "import { ipcMain } from 'electron'\nvoid ipcMain\n"],
  ['preload', 'src/preload/index.ts', "import { ipcRenderer } from 'electron'\nvoid ipcRenderer\n"],
  ['renderer', 'src/renderer/src/probe.ts', "import { countWords } from '../../shared/domain/text'\nvoid countWords\n"],
  ['shared', 'src/shared/domain/probe.ts', "import { AppError } from './errors'\nvoid AppError\n"],
  ['cli', 'src/cli/probe.ts', "import { countWords } from '../shared/domain/text'\nvoid countWords\n"],
  ['shared', 'src/shared/alignment/probe.ts', "import { diffArrays } from 'diff'\nvoid diffArrays\n"],
  ['reading', 'src/reading/probe.ts', "import { parseHTML } from 'linkedom'\nimport { applyCleanup } from '../shared/import'\nvoid parseHTML, applyCleanup\n"],
  ['renderer', 'src/renderer/src/probe.ts', "import { readSource } from '../../reading/source'\nvoid readSource\n"],
  ['cli', 'src/cli/probe.ts', "import { readSource } from '../reading/source'\nvoid readSource\n"],
]

describe('import direction (STYLE.md rule 1)', () => {
  it.each(forbidden)('%s: lint fails on a forbidden import in %s', async (_station, file, code) => {
    const messages = await restrictedImports(file, code)
    expect(messages.length, `expected ${JSON.stringify(code)} to be refused in ${file}`).toBeGreaterThan(0)
    expect(messages[0]).toMatch(/STYLE\.md|not available|only through|only inside|src\//)
  })

  it.each(allowed)('%s: lint accepts an allowed import in %s', async (_station, file, code) => {
    await expect(restrictedImports(file, code)).resolves.toEqual([])
  })
})

describe('src/reading works on a DOM handed to it', () => {
  it.each(['document.body', 'new DOMParser()', 'window.location.href'])('lint refuses %s there', async (expression) => {
    const [result] = await eslint.lintText(`export const probe = () => ${expression}\n`, { filePath: 'src/reading/probe.ts' })
    expect((result?.messages ?? []).map((m) => m.ruleId)).toContain('no-restricted-globals')
  })
})
