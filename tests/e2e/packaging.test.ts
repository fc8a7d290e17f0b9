// The packaged app: electron-builder packs this repository with electron-builder.yml (Linux `dir`
// target, the quickest) around a stand-in Electron binary, since the real one cannot be downloaded in
// CI. Then what it made is read back: app.asar holds the built app, the sample and the icon and nothing
// else (no sources, no node_modules), stays small, and every fuse in the binary is set as the yml says.

import { extractFile, listPackage } from '@electron/asar'
import { FuseV1Options, FuseVersion, getCurrentFuseWire } from '@electron/fuses'
import type { Configuration } from 'app-builder-lib'
import { execFile } from 'node:child_process'
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative, sep } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, describe, expect, it } from 'vitest'

// What @electron/fuses looks for in the binary (dist/constants.js): the sentinel, then the wire version,
// the wire length, and one byte per fuse, '0' (48) off and '1' (49) on.
const { SENTINEL, FuseState } = (await import('@electron/fuses/dist/constants.js')) as unknown as {
  SENTINEL: string
  FuseState: { DISABLE: number; ENABLE: number }
}
// electron-builder's own loader for electron-builder.yml, as tests/unit/security/builderFuses.test.ts uses.
const { getConfig } = (await import('app-builder-lib/out/util/config/config.js')) as unknown as {
  getConfig: (projectDir: string, configPath: string | null, configFromOptions: null) => Promise<Configuration>
}

const run = promisify(execFile)
const projectDir = process.cwd()
const config = await getConfig(projectDir, null, null)
const fuseCount = Object.values(FuseV1Options).filter((value) => typeof value === 'number').length

/** The fuses electron-builder.yml sets, by their index in the wire, as the byte each should end up as. */
function configuredFuses(): Map<number, number> {
  const wanted = new Map<number, number>()
  for (const [name, value] of Object.entries(config.electronFuses ?? {})) {
    // An option of the fuse step, not a fuse in the wire.
    if (name === 'resetAdHocDarwinSignature') continue
    const option = FuseV1Options[(name.charAt(0).toUpperCase() + name.slice(1)) as keyof typeof FuseV1Options]
    if (option === undefined) throw new Error(`electron-builder.yml sets a fuse @electron/fuses does not know: ${name}`)
    wanted.set(option, value ? FuseState.ENABLE : FuseState.DISABLE)
  }
  return wanted
}

/**
 * A folder electron-builder takes for an unpacked Electron: one `electron` file holding a fuse wire,
 * each fuse set to the opposite of what the yml wants, so the check below proves each one was flipped.
 */
async function writeStandInElectron(folder: string): Promise<void> {
  const wire = Buffer.alloc(fuseCount, FuseState.ENABLE)
  for (const [index, state] of configuredFuses()) {
    wire[index] = state === FuseState.ENABLE ? FuseState.DISABLE : FuseState.ENABLE
  }
  const binary = Buffer.concat([
    Buffer.from('Parallax packaging test: stand-in for the Electron binary\n'),
    Buffer.from(SENTINEL, 'ascii'),
    Buffer.from([Number(FuseVersion.V1), fuseCount]),
    wire,
    Buffer.from('\n'),
  ])
  await mkdir(folder, { recursive: true })
  await writeFile(join(folder, 'electron'), binary)
  await chmod(join(folder, 'electron'), 0o755)
}

/** Every file under a folder of the repository, as paths relative to the repository with '/'. */
async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(join(projectDir, folder), { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(projectDir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort()
}

const workFolder = await mkdtemp(join(tmpdir(), 'parallax-packaging-'))
afterAll(async () => {
  await rm(workFolder, { recursive: true, force: true })
})

const electronDist = join(workFolder, 'electron')
const outputFolder = join(workFolder, 'out')
await writeStandInElectron(electronDist)

try {
  await run(
    process.execPath,
    [
      join(projectDir, 'node_modules/electron-builder/cli.js'),
      '--linux',
      'dir',
      '--x64',
      '--publish',
      'never',
      '--projectDir',
      projectDir,
      `-c.electronDist=${electronDist}`,
      `-c.directories.output=${outputFolder}`,
      // Nothing to rebuild (no native dependencies), and @electron/rebuild would look for Electron headers.
      '-c.npmRebuild=false',
    ],
    {
      env: {
        // Under VITEST, electron-builder hard-links files instead of copying them, unlike a real build.
        ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST'))),
        // A `dir` build downloads nothing; should that change, fail at once instead of reaching out.
        ELECTRON_MIRROR: 'http://127.0.0.1:9/',
        ELECTRON_BUILDER_BINARIES_MIRROR: 'http://127.0.0.1:9/',
      },
      timeout: 50_000,
      maxBuffer: 16 * 1024 * 1024,
    },
  )
} catch (error) {
  // A failed build fails the file while it loads, when afterAll does not run: leave no folder behind.
  await rm(workFolder, { recursive: true, force: true })
  throw error
}

const appOutDir = join(outputFolder, 'linux-unpacked')
const asarPath = join(appOutDir, 'resources', 'app.asar')
const asarBytes = (await stat(asarPath)).size
const asarMegabytes = (asarBytes / 1024 / 1024).toFixed(2)
/** Every entry of app.asar (files and folders), relative, with '/'. */
const entries = listPackage(asarPath, { isPack: false })
  .map((entry) => entry.split(sep).join('/').replace(/^\//, ''))
  .sort()
const readFromAsar = (path: string): Buffer => extractFile(asarPath, path.split('/').join(sep))

describe('the packaged app (electron-builder --linux dir)', () => {
  it('holds the built main, preload and renderer and package.json', () => {
    expect(entries).toEqual(
      expect.arrayContaining(['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html', 'package.json']),
    )
    expect(entries.some((entry) => /^out\/renderer\/assets\/[^/]+\.js$/.test(entry))).toBe(true)
    // Main's alignment thread is its own file, which main starts by its path inside the archive.
    const thread = entries.find((entry) => /^out\/main\/chunks\/alignmentThread-[^/]+\.js$/.test(entry))
    expect(thread).toBeDefined()
    expect(readFromAsar('out/main/index.js').toString('utf8')).toContain((thread as string).split('/').pop())
    expect(JSON.parse(readFromAsar('package.json').toString('utf8'))).toMatchObject({ main: './out/main/index.js' })
  })

  it('holds the built-in sample and the icon at their repository paths, byte for byte', async () => {
    const index = JSON.parse(await readFile(join(projectDir, 'resources/samples/index.json'), 'utf8')) as {
      folder: string
      files: string[]
    }
    expect(index.files).toHaveLength(3)
    const sampleTexts = index.files.map((file) => `resources/samples/${index.folder}/${file}`)
    const repositoryFiles = [...(await filesUnder('resources/samples')), 'resources/icon.png']
    expect(repositoryFiles).toEqual(expect.arrayContaining(['resources/samples/index.json', ...sampleTexts]))
    for (const path of repositoryFiles) {
      expect(entries, path).toContain(path)
      expect(readFromAsar(path).equals(await readFile(join(projectDir, path))), `${path} differs`).toBe(true)
    }
    // From resources/ only what the app reads: not the icon's SVG source, not build resources.
    expect(entries.filter((entry) => entry.startsWith('resources/') && !repositoryFiles.includes(entry))).toEqual([
      'resources/samples',
      `resources/samples/${index.folder}`,
    ])
  })

  it('holds no dependencies, sources, tests, scripts, source maps or the command line', () => {
    const unwanted = entries.filter(
      (entry) =>
        /(^|\/)node_modules(\/|$)/.test(entry) ||
        /^(src|tests|bench|scripts)(\/|$)/.test(entry) ||
        /\.(ts|tsx|mts|cts|map)$/.test(entry) ||
        /^out\/cli(\/|$)/.test(entry),
    )
    expect(unwanted).toEqual([])
  })

  it(`keeps app.asar under 5 MB (measured: ${asarMegabytes} MB)`, () => {
    expect(asarBytes).toBeLessThan(5 * 1024 * 1024)
  })

  it('sets every fuse electron-builder.yml names, each to its value in the yml', async () => {
    const wanted = configuredFuses()
    // The yml leaves none to the binary's default.
    expect(wanted.size).toBe(fuseCount)
    // electron-builder renames the binary to linux.executableName before flipping the fuses.
    expect(config.linux?.executableName).toBe('parallax')
    const wire = await getCurrentFuseWire(join(appOutDir, 'parallax'))
    const name = (index: number) => FuseV1Options[index]
    const actual = Object.fromEntries([...wanted.keys()].map((index) => [name(index), wire[index as FuseV1Options]]))
    const expected = Object.fromEntries([...wanted].map(([index, state]) => [name(index), state]))
    expect(actual).toEqual(expected)
  })
})
