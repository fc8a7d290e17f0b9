// Kill -9 at random moments of mixed work: a child process (crashChild.ts) opens the real library, with
// journal compaction made frequent, and works on it without end, up to three calls in flight (imports,
// comparisons, highlights added, edited and deleted, labels, titles, article deletes), printing each call it
// begins and each one acknowledged; it is killed with SIGKILL a random 5 to 60 ms after it starts, or right
// after a random number of acknowledged calls. After each kill the library is opened here with
// createAppServices, as the app opens it: it must open without recovery (no file damaged), hold every
// acknowledged call, have brought back nothing whose delete was acknowledged, leave no temporary file, and
// read its journal whole. The folders are kept from kill to kill, so damage would accumulate. What is
// asserted does not depend on the timing: a call that was in flight may or may not have landed.
//
// A child started with `node --import tsx` spends about 0.6 s of CPU transforming and loading the storage
// code, which for 200 kills on two cores is well over the time this test may take. So the child script is
// bundled once, by the esbuild that tsx itself transforms with, from the same sources, and each child is a
// plain `node child.mjs` (about 0.15 s); if esbuild cannot be loaded, the children fall back to tsx. The next
// child is started while the current one runs and waits for "go"; two folders are worked on side by side.

import { spawn, type ChildProcessByStdio } from 'node:child_process'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Readable, Writable } from 'node:stream'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createAppServices } from '../../../src/main/services/appServices'
import { readJournal } from '../../../src/main/storage/highlightJournal'
import { acknowledged, checkVersions, emptyModel } from './crashModel'

const root = fileURLToPath(new URL('../../../', import.meta.url))
const childScript = fileURLToPath(new URL('./crashChild.ts', import.meta.url))
const samplesFolder = join(root, 'resources', 'samples')

const LANES = 2
const KILLS_PER_LANE = 100

type Child = ChildProcessByStdio<Writable, Readable, Readable>

interface Started {
  child: Child
  lines: string[]
  ready: Promise<void>
  exited: Promise<void>
  stderr: () => string
}

const running = new Set<Child>()
let buildFolder: string | null = null
/** How a child is started: node and its arguments before the folder and run number. */
let childCommand: string[] = ['--import', 'tsx', childScript]

/** Bundles the child with tsx's esbuild; keeps tsx when that cannot be done. */
async function bundleChild(): Promise<void> {
  const requireFromTsx = createRequire(createRequire(import.meta.url).resolve('tsx'))
  let esbuild: { build: (options: Record<string, unknown>) => Promise<unknown> }
  try {
    esbuild = requireFromTsx('esbuild') as typeof esbuild
  } catch {
    return
  }
  buildFolder = await mkdtemp(join(tmpdir(), 'parallax-crash-child-'))
  const outfile = join(buildFolder, 'crashChild.mjs')
  await esbuild.build({ entryPoints: [childScript], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile, logLevel: 'warning' })
  childCommand = [outfile]
}

function start(folder: string, run: number): Started {
  const child = spawn(process.execPath, [...childCommand, folder, String(run)], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] })
  running.add(child)
  const lines: string[] = []
  let partial = ''
  let errors = ''
  let markReady: () => void = () => undefined
  const ready = new Promise<void>((resolve) => (markReady = resolve))
  child.stdout.setEncoding('utf8')
  child.stdout.on('data', (chunk: string) => {
    const parts = (partial + chunk).split('\n')
    partial = parts.pop() ?? ''
    for (const line of parts) {
      if (line === 'ready') markReady()
      else lines.push(line)
      child.emit('line', line)
    }
  })
  child.stderr.setEncoding('utf8')
  child.stderr.on('data', (chunk: string) => (errors += chunk))
  const exited = new Promise<void>((resolve) =>
    child.on('close', () => {
      running.delete(child)
      markReady()
      resolve()
    }),
  )
  return { child, lines, ready, exited, stderr: () => errors }
}

/** A seeded generator for the kill timing, so a failing sequence can be looked at again. */
function generator(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

interface Figures {
  kills: number
  writesAcknowledged: number
  writesChecked: number
  killedBeforeOpen: number
  /** Kills with two or more calls in flight. */
  killedWithSeveralInFlight: number
  /** Versions of fetched articles found whole after kills (counted again after each). */
  versionsChecked: number
  repairs: string[]
}

/** Every file under a folder, by path relative to it. */
async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true })
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(folder.length + 1))
}

async function lane(index: number, figures: Figures): Promise<void> {
  const dataFolder = await mkdtemp(join(tmpdir(), `parallax-crash-${index}-`))
  const folder = join(dataFolder, 'library')
  const random = generator(index + 1)
  const model = emptyModel()
  try {
    let next = start(folder, index * KILLS_PER_LANE)
    for (let kill = 0; kill < KILLS_PER_LANE; kill++) {
      const current = next
      await current.ready
      if (current.child.exitCode !== null) throw new Error(`The child stopped before "go": ${current.stderr()}`)
      // Warm up the next child while this one runs; it waits for "go" before it touches the folder.
      next = start(folder, index * KILLS_PER_LANE + kill + 1)
      const { child } = current
      // A random 5 to 60 ms after "go" (often while the library opens, repairs included) or after it is
      // open (while writing), or right after a random number of acknowledged writes.
      const mode = random()
      const delay = 5 + Math.floor(random() * 56)
      const after = 1 + Math.floor(random() * 25)
      const killLater = (): void => void setTimeout(() => child.kill('SIGKILL'), delay)
      let acks = 0
      child.on('line', (line: string) => {
        if (mode >= 0.25 && mode < 0.65 && line === 'open') killLater()
        if (mode >= 0.65 && line.startsWith('ack ') && ++acks === after) child.kill('SIGKILL')
      })
      if (mode < 0.25) killLater()
      child.stdin.write('go\n')
      await current.exited
      if (child.signalCode !== 'SIGKILL') throw new Error(`The child ended without being killed (${child.exitCode}): ${current.stderr()}`)
      figures.kills++
      if (!current.lines.includes('open')) figures.killedBeforeOpen++

      const services = await createAppServices({ dataFolder, samplesFolder, checkBodies: false })
      try {
        expect(services.startup.recovered, `kill ${kill} of lane ${index}: ${services.startup.repairs.join(' ')}`).toBeNull()
        figures.repairs.push(...services.startup.repairs)
        const counted = acknowledged(model, current.lines, services.library)
        figures.writesAcknowledged += counted.acknowledged
        figures.writesChecked += counted.checked
        if (counted.inFlight >= 2) figures.killedWithSeveralInFlight++
        figures.versionsChecked += await checkVersions(services.library)
        // Nothing half written stays behind, and the journal reads whole.
        expect((await filesUnder(dataFolder)).filter((f) => f.endsWith('.tmp'))).toEqual([])
        const journal = await readFile(join(folder, 'highlights.jsonl')).catch(() => null)
        if (journal) expect(readJournal(journal).skippedLines).toBe(0)
      } finally {
        await services.library.close()
      }
    }
    next.child.kill('SIGKILL')
    await next.exited
    // The bodies written under all those kills are whole: none differs from the hash that names it.
    const last = await createAppServices({ dataFolder, samplesFolder })
    expect(last.startup).toEqual({ recovered: null, repairs: [] })
    expect(await last.bodyCheck).toEqual([])
    await last.library.close()
  } finally {
    await rm(dataFolder, { recursive: true, force: true })
  }
}

beforeAll(bundleChild)

afterAll(async () => {
  for (const child of running) child.kill('SIGKILL')
  if (buildFolder) await rm(buildFolder, { recursive: true, force: true })
})

describe('the library under kill -9', () => {
  it(`keeps every acknowledged call, and brings back nothing deleted, through ${LANES * KILLS_PER_LANE} kills of mixed work`, async () => {
    const began = performance.now()
    const figures: Figures = { kills: 0, writesAcknowledged: 0, writesChecked: 0, killedBeforeOpen: 0, killedWithSeveralInFlight: 0, versionsChecked: 0, repairs: [] }
    await Promise.all(Array.from({ length: LANES }, (_, i) => lane(i, figures)))
    const seconds = Math.round((performance.now() - began) / 100) / 10
    process.stderr.write(
      `crash test: ${figures.kills} kills (${figures.killedBeforeOpen} before the library was open, ${figures.killedWithSeveralInFlight} with several calls in flight), ${figures.writesAcknowledged} calls acknowledged, ` +
        `${figures.writesChecked} checks of acknowledged writes after kills, ${figures.versionsChecked} versions found whole, ${figures.repairs.length} repairs at start, ${seconds} s\n`,
    )
    expect(figures.kills).toBe(LANES * KILLS_PER_LANE)
    expect(figures.writesAcknowledged).toBeGreaterThan(LANES * KILLS_PER_LANE)
    expect(figures.killedWithSeveralInFlight).toBeGreaterThan(LANES * KILLS_PER_LANE * 0.1)
    expect(figures.versionsChecked).toBeGreaterThan(LANES * KILLS_PER_LANE)
  }, 300_000)
})
