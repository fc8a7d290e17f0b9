// Atomic whole-file writes, on real files in a temporary folder.

import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { makeFolderDurably, removeCrashLeftovers, writeFileAtomic, writePiecesAtomic } from '../../../../src/main/storage/atomicFile'
import { openLibrary } from '../../../../src/main/storage/library'

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

describe('writePiecesAtomic', () => {
  it('writes the pieces one after the other and gives the number of bytes written', async () => {
    const target = join(folder, 'library.json')
    await writeFile(target, 'old contents that are rather longer than the new ones will be, and then some more')
    const pieces = ['{"title":', '"Carney: “further support for that regime”"', ',"outlet":"Bloomberg"}']
    expect(await writePiecesAtomic(target, pieces)).toBe(Buffer.byteLength(pieces.join(''), 'utf8'))
    expect(await readFile(target, 'utf8')).toBe(pieces.join(''))
    expect(await readdir(folder)).toEqual(['library.json'])
  })

  it('leaves the old contents in place when making a piece fails half way, and no temporary file', async () => {
    const target = join(folder, 'library.json')
    await writeFileAtomic(target, 'old')
    function* failing(): Generator<string> {
      yield '{"articles":['
      throw new Error('a piece could not be made')
    }
    await expect(writePiecesAtomic(target, failing())).rejects.toThrow('a piece could not be made')
    expect(await readFile(target, 'utf8')).toBe('old')
    expect(await readdir(folder)).toEqual(['library.json'])
  })
})

describe('what a crash leaves behind', () => {
  it('is removed when the library opens: temporary files beside library.json, in bodies/ and backups/, and nothing else', async () => {
    const library = join(folder, 'library')
    await mkdir(join(library, 'bodies'), { recursive: true })
    await mkdir(join(library, 'backups'), { recursive: true })
    const leftovers = [join(library, '.library.json.0123456789ab.tmp'), join(library, 'bodies', `.${'a'.repeat(64)}.txt.fedcba987654.tmp`), join(library, 'backups', '.x.json.00aa11bb22cc.tmp')]
    for (const path of leftovers) await writeFile(path, 'half written')
    // Names the library does not make are the person's, and stay.
    await writeFile(join(library, 'notes.tmp'), 'mine')
    await writeFile(join(library, '.hidden.tmp'), 'mine too')
    const opened = await openLibrary(library)
    await opened.close()
    expect((await readdir(library)).filter((n) => n.endsWith('.tmp')).sort()).toEqual(['.hidden.tmp', 'notes.tmp'])
    expect((await readdir(join(library, 'bodies'))).filter((n) => n.endsWith('.tmp'))).toEqual([])
    expect(await readdir(join(library, 'backups'))).toEqual([])
  })

  it('counts what it removed, and finds nothing in a folder that is not there', async () => {
    await writeFile(join(folder, '.settings.json.abcdefabcdef.tmp'), '{')
    expect(await removeCrashLeftovers(folder)).toBe(1)
    expect(await removeCrashLeftovers(join(folder, 'missing'))).toBe(0)
  })
})

describe('makeFolderDurably', () => {
  it('makes the folders below one that exists, and leaves an existing one as it is', async () => {
    await makeFolderDurably(join(folder, 'a', 'b', 'c'))
    expect(await readdir(join(folder, 'a', 'b'))).toEqual(['c'])
    await writeFile(join(folder, 'a', 'b', 'c', 'kept'), 'x')
    await makeFolderDurably(join(folder, 'a', 'b', 'c'))
    expect(await readdir(join(folder, 'a', 'b', 'c'))).toEqual(['kept'])
  })
})

