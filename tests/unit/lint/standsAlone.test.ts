// The repository stands alone: a person who clones it has nothing beside it, so no source, test, script,
// benchmark or CI file may reach into a folder beside the checkout (such as the project's own `shared/`
// with the original samples and corpora). Benchmarks take a corpus path as an argument instead.

import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('../../../', import.meta.url))
const FOLDERS = ['src', 'tests', 'bench', 'scripts', '.ci', '.github']
const SKIPPED = new Set(['node_modules', 'out', 'dist', 'artifacts', '.test-results', 'fixtures'])
const TEXT = /\.(?:[cm]?[jt]sx?|json|ya?ml|sh|html|css)$|^run$/

function filesUnder(folder: string): string[] {
  let names: string[]
  try {
    names = readdirSync(folder)
  } catch {
    return []
  }
  return names.flatMap((name) => {
    const path = join(folder, name)
    if (SKIPPED.has(name)) return []
    if (statSync(path).isDirectory()) return filesUnder(path)
    return TEXT.test(name) ? [path] : []
  })
}

/** Places in `text` that name a folder outside the checkout, for a file at `path`. */
export function pathsLeavingCheckout(text: string, path: string): string[] {
  const found: string[] = []
  // The originals' folders, however the path to them is written.
  for (const match of text.matchAll(/shared[\\/](?:samples|corpora)\b|['"`]\.\.['"`]\s*,\s*['"`]shared['"`]/g)) found.push(match[0])
  // Relative paths that climb above the checkout from the file that holds them.
  for (const match of text.matchAll(/(?<![\w.])((?:\.\.[\\/])+)[\w.-]+/g)) {
    const target = resolve(dirname(path), match[0])
    if (relative(root, target).startsWith(`..${sep}`)) found.push(match[0])
  }
  return found
}

describe('the repository stands alone', () => {
  const files = [...FOLDERS.flatMap((folder) => filesUnder(join(root, folder))), ...readdirSync(root).filter((n) => TEXT.test(n)).map((n) => join(root, n))]

  it('finds the files it checks', () => {
    expect(files.length).toBeGreaterThan(200)
    expect(files).toContain(join(root, '.ci', 'run'))
  })

  it('has no file that reads a folder beside the checkout', () => {
    const offenders = files.flatMap((path) => pathsLeavingCheckout(readFileSync(path, 'utf8'), path).map((place) => `${relative(root, path)}: ${place}`))
    expect(offenders).toEqual([])
  })

  it('catches the forms such a path takes', () => {
    const testFile = join(root, 'tests', 'unit', 'main', 'some.test.ts')
    // The examples are put together here, so that this file holds no such path itself and is checked too.
    const up = '..'
    const beside = `${up}/shared`
    expect(pathsLeavingCheckout(`resolve(repoRoot, '${beside}/samples/kerry')`, testFile)).toEqual([['shared', 'samples'].join('/')])
    expect(pathsLeavingCheckout(`join(root, '${up}', 'shared', 'corpora')`, testFile)).toHaveLength(1)
    expect(pathsLeavingCheckout(`readFile('${up}/${up}/${up}/${beside}/STYLE.md')`, testFile)).toEqual([`${up}/${up}/${up}/${beside}`])
    expect(pathsLeavingCheckout("import { x } from '../../../src/shared/domain/text'", testFile)).toEqual([])
  })
})
