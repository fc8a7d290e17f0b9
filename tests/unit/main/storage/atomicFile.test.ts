// Atomic whole-file writes, on real files in a temporary folder.

import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { writeFileAtomic } from '../../../../src/main/storage/atomicFile'

let folder: string

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'parallax-atomic-'))
})

afterEach(async () => {
  await rm(folder, { recursive: true, force: true })
})

describe('writeFileAtomic', () => {
  it('writes a new file with the given text', async () => {
    const target = join(folder, 'library.json')
    await writeFileAtomic(target, '{"hello":"wörld"}')
    expect(await readFile(target, 'utf8')).toBe('{"hello":"wörld"}')
    expect(await readdir(folder)).toEqual(['library.json'])
  })

  it('writes bytes exactly as given', async () => {
    const target = join(folder, 'bytes.bin')
    const bytes = new Uint8Array([0, 1, 2, 254, 255, 10, 13])
    await writeFileAtomic(target, bytes)
    expect(new Uint8Array(await readFile(target))).toEqual(bytes)
  })

  it('replaces an existing file completely, even with shorter contents', async () => {
    const target = join(folder, 'library.json')
    await writeFile(target, 'old contents that are rather long')
    await writeFileAtomic(target, 'new')
    expect(await readFile(target, 'utf8')).toBe('new')
  })

  it('leaves no temporary files behind after many writes, including concurrent ones', async () => {
    const target = join(folder, 'library.json')
    for (let i = 0; i < 5; i++) await writeFileAtomic(target, `sequential ${i}`)
    await Promise.all(Array.from({ length: 10 }, (_, i) => writeFileAtomic(target, `concurrent ${i}`)))
    expect(await readdir(folder)).toEqual(['library.json'])
    expect(await readFile(target, 'utf8')).toMatch(/^concurrent \d$/)
  })

  it('throws when the target folder does not exist, and creates nothing', async () => {
    const target = join(folder, 'missing', 'library.json')
    await expect(writeFileAtomic(target, 'data')).rejects.toMatchObject({ code: 'ENOENT' })
    expect(await readdir(folder)).toEqual([])
  })

  it('throws when the target cannot be replaced, and removes its temporary file', async () => {
    const target = join(folder, 'taken')
    await mkdir(target)
    await writeFile(join(target, 'inside.txt'), 'keep me')
    await expect(writeFileAtomic(target, 'data')).rejects.toThrow()
    expect(await readdir(folder)).toEqual(['taken'])
    expect(await readFile(join(target, 'inside.txt'), 'utf8')).toBe('keep me')
  })

  it('leaves the old contents in place when a write fails', async () => {
    const target = join(folder, 'library.json')
    await writeFileAtomic(target, 'old')
    const invalid = Symbol('not data') as unknown as string
    await expect(writeFileAtomic(target, invalid)).rejects.toThrow()
    expect(await readFile(target, 'utf8')).toBe('old')
    expect(await readdir(folder)).toEqual(['library.json'])
  })
})
