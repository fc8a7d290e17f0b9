// Schema 6 on a real library on disk: the library schema 5 left (tests/fixtures/library/v5, a fetched page
// with a highlight made before its second version, and a file's article with one) opens with every highlight
// bound to its article's current version, the one it has been drawn on, written to the highlights file and
// then library.json as version 6. A kill between those two steps leaves nothing half-stored: the next start
// finishes the second and binds nothing differently. Highlights put back from before schema 6 are bound as the
// library opens; new highlights are bound to the version they are made on.

import { cp, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeEach, describe, expect, it } from 'vitest'
import { getArticle, setCleanup } from '../../../../src/main/storage/articles'
import { HighlightJournal, readJournal } from '../../../../src/main/storage/highlightJournal'
import { bindHighlights } from '../../../../src/main/storage/highlightVersions'
import { LibraryFile } from '../../../../src/main/storage/libraryFile'
import { CHANGES_FILE, HIGHLIGHTS_FILE, LIBRARY_FILE } from '../../../../src/main/storage/openStore'
import { SCHEMA_VERSION } from '../../../../src/main/storage/schema'
import { useTempLibraries } from './tempLibraries'

const fixture = fileURLToPath(new URL('../../../fixtures/library/v5', import.meta.url))
const temp = useTempLibraries('highlight-versions')
const onDisk = async (name: string): Promise<string> => readFile(join(temp.dir, name), 'utf8')
const journalOnDisk = async (): Promise<ReturnType<typeof readJournal>> => readJournal(await readFile(join(temp.dir, HIGHLIGHTS_FILE)))

/** The fixture's articles as schema 5 saved them: the fetched page (two versions) and the file. */
async function savedArticles(): Promise<{ fetched: { id: string; extractedHash: string; versions: { extractedHash: string }[] }; file: { id: string; extractedHash: string } }> {
  const file = new LibraryFile(join(temp.dir, LIBRARY_FILE), join(temp.dir, CHANGES_FILE))
  const data = await file.read()
  await file.close()
  const articles = data?.articles ?? []
  const fetched = articles.find((a) => a.fetched) as { id: string; extractedHash: string; versions: { extractedHash: string }[] }
  return { fetched, file: articles.find((a) => !a.fetched) as { id: string; extractedHash: string } }
}

describe('a library of schema version 5 with highlights', () => {
  beforeEach(async () => {
    await cp(fixture, temp.dir, { recursive: true })
  })

  it('opens with every highlight bound to its article’s current version, written to disk, and library.json as version 6', async () => {
    expect(JSON.parse(await onDisk(LIBRARY_FILE)).schemaVersion).toBe(5)
    const before = await journalOnDisk()
    expect([...before.highlights.values()].map((h) => h.versionHash)).toEqual([undefined, undefined])
    const { fetched, file } = await savedArticles()
    // The fetched page's current version is its second; its highlight was made on the first, and has been drawn on the second since.
    expect(fetched.versions.map((v) => v.extractedHash).at(-1)).toBe(fetched.extractedHash)

    const library = await temp.open()
    expect(library.startup.repairs).toEqual([])
    const bound = (highlights: Iterable<{ articleId: string; versionHash?: string; anchor: { quote: { exact: string } }; note: string }>): string[][] =>
      [...highlights].map((h) => [h.anchor.quote.exact, h.note, h.versionHash === (h.articleId === fetched.id ? fetched.extractedHash : file.extractedHash) ? 'current version' : `other: ${h.versionHash}`])
    const expected = [
      ['two years', 'How long exactly?', 'current version'],
      ['ring road', '', 'current version'],
    ]
    expect(bound(library.store.highlightsById.values())).toEqual(expected)
    expect(bound((await journalOnDisk()).highlights.values())).toEqual(expected)
    expect(JSON.parse(await onDisk(LIBRARY_FILE)).schemaVersion).toBe(SCHEMA_VERSION)

    // Opened again, nothing more is written and nothing changes.
    const journal = await onDisk(HIGHLIGHTS_FILE)
    const reopened = await temp.open()
    expect(bound(reopened.store.highlightsById.values())).toEqual(expected)
    expect(await onDisk(HIGHLIGHTS_FILE)).toBe(journal)
  })

  it('killed after the highlights file was rewritten and before library.json was: the next start finishes, binding nothing otherwise', async () => {
    const { fetched, file } = await savedArticles()
    // The first step alone, as a start killed straight after it would leave the files.
    const journal = new HighlightJournal(join(temp.dir, HIGHLIGHTS_FILE))
    const loaded = await journal.load()
    const reader = new LibraryFile(join(temp.dir, LIBRARY_FILE), join(temp.dir, CHANGES_FILE))
    await bindHighlights(journal, loaded.highlights, (await reader.read())?.articles ?? [])
    await reader.close()
    await journal.close()
    const afterFirstStep = await onDisk(HIGHLIGHTS_FILE)
    expect(JSON.parse(await onDisk(LIBRARY_FILE)).schemaVersion).toBe(5)
    expect([...(await journalOnDisk()).highlights.values()].map((h) => h.versionHash)).toEqual([fetched.extractedHash, file.extractedHash])

    const library = await temp.open()
    expect(library.startup.repairs).toEqual([])
    expect([...library.store.highlightsById.values()].map((h) => h.versionHash)).toEqual([fetched.extractedHash, file.extractedHash])
    expect(await onDisk(HIGHLIGHTS_FILE)).toBe(afterFirstStep)
    expect(JSON.parse(await onDisk(LIBRARY_FILE)).schemaVersion).toBe(SCHEMA_VERSION)
  })

  it('binds highlights put back from before schema 6 (a backup’s highlights file) when a library of schema 6 opens', async () => {
    const { fetched, file } = await savedArticles()
    await temp.open()
    expect(JSON.parse(await onDisk(LIBRARY_FILE)).schemaVersion).toBe(SCHEMA_VERSION)
    await cp(join(fixture, HIGHLIGHTS_FILE), join(temp.dir, HIGHLIGHTS_FILE))
    const library = await temp.open()
    expect([...library.store.highlightsById.values()].map((h) => h.versionHash)).toEqual([fetched.extractedHash, file.extractedHash])
    expect([...(await journalOnDisk()).highlights.values()].map((h) => h.versionHash)).toEqual([fetched.extractedHash, file.extractedHash])
  })

  it('binds a new highlight to the version it is made on, which the person’s own clean-up keeps', async () => {
    const library = await temp.open()
    const { fetched } = await savedArticles()
    const comparisonId = library.store.data.comparisons[0]?.id as string
    const text = (await getArticle(library.store, fetched.id)).text
    const start = text.indexOf('three years')
    const made = await library.highlights.add({ comparisonId, articleId: fetched.id, start, end: start + 'three years'.length, color: 'green' })
    expect(made.versionHash).toBe(fetched.extractedHash)
    const cleaned = await setCleanup(library.store, fetched.id, [0])
    expect(cleaned.textHash).not.toBe(fetched.extractedHash)
    expect(cleaned.extractedHash).toBe(made.versionHash)
  })
})
