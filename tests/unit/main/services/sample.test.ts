// The built-in sample: seeded once on first start, never duplicated, restorable, and shipped byte for byte
// as the originals (their SHA-256, taken from the originals when they were copied in, is pinned here: the
// repository carries no other copy to compare with).

import { createHash } from 'node:crypto'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createAppServices, type AppServices } from '../../../../src/main/services/appServices'
import { restoreSample, loadSample } from '../../../../src/main/services/sample'
import type { HighlightPage } from '../../../../src/shared/domain/highlight'
import { applyCleanup, cleanUp, repeatedHeadline } from '../../../../src/shared/import'
import { editSavedLibrary, savedBytes } from '../storage/savedLibrary'
import { getArticleTexts, listArticles, setCleanup } from '../../../../src/main/storage/articles'
import { getComparison, listComparisons, sampleState } from '../../../../src/main/storage/comparisons'

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url))
const samplesFolder = join(repoRoot, 'resources', 'samples')
const shippedFolder = join(samplesFolder, 'kerry-moscow-2013')
const sampleFiles = ['1.txt', '2.txt', '3.txt']

let dataFolder: string
const libraryFolder = (): string => join(dataFolder, 'library')
// Every instance opened by a test is closed after it, releasing its highlight journal.
const opened: AppServices[] = []
const open = async (): Promise<AppServices> => {
  // One owner at a time, as in the app: opening cleans up what a crash left, not what another instance writes.
  await Promise.all(opened.map((s) => s.library.close()))
  const instance = await createAppServices({ dataFolder, samplesFolder })
  opened.push(instance)
  return instance
}

beforeEach(async () => {
  dataFolder = await mkdtemp(join(tmpdir(), 'parallax-sample-'))
})

afterEach(async () => {
  await Promise.all(opened.splice(0).map((instance) => instance.library.close()))
  await rm(dataFolder, { recursive: true, force: true })
})

describe('the built-in sample on first start', () => {
  it('seeds one comparison, "Kerry in Moscow, May 2013", of the three sample articles', async () => {
    const { library } = await open()
    const comparisons = listComparisons(library.store)
    expect(comparisons).toHaveLength(1)
    expect(comparisons[0]!.title).toBe('Kerry in Moscow, May 2013')
    expect(comparisons[0]!.articles.map((a) => a.title)).toEqual([
      'Secretary of State John Kerry to Talk Boston Bombing, Syria in Russia',
      "Secretary of State John Kerry, in Moscow, Tells Russian President Vladimir Putin, 'We Share Common Interests'",
      "Syria set to dominate talks between Kerry and Russia's Putin",
    ])
    expect(listArticles(library.store)).toHaveLength(3)
    expect(sampleState(library.store)).toEqual({ seeded: true, comparisonId: comparisons[0]!.id })
  })

  it('keeps each shipped text byte for byte as the source and extracted text, and shows it cleaned', async () => {
    const { library } = await open()
    const opened = await getComparison(library.store, listComparisons(library.store)[0]!.id)
    for (const [i, name] of sampleFiles.entries()) {
      const shipped = await readFile(join(shippedFolder, name))
      const article = opened.articles[i]!
      const texts = await getArticleTexts(library.store, article.id)
      expect(Buffer.from(texts.source, 'utf8').equals(shipped)).toBe(true)
      expect(texts.extracted).toBe(texts.source)
      expect((await readFile(join(libraryFolder(), 'bodies', `${article.sourceHash}.txt`))).equals(shipped)).toBe(true)
      const { dropped } = cleanUp(shipped.toString('utf8'), { title: article.title })
      expect(article).toMatchObject({ sourceName: name, sourceFormat: 'text', dropped, extractedHash: article.sourceHash })
      expect(article.text).toBe(applyCleanup(texts.extracted, dropped))
      expect(texts.text).toBe(article.text)
    }
  })

  it('drops the page furniture copied with the texts ("Discuss as:") and keeps the reporting, quotes included', async () => {
    const { library } = await open()
    const opened = await getComparison(library.store, listComparisons(library.store)[0]!.id)
    for (const article of opened.articles) expect(article.text).not.toContain('Discuss as:')
    expect(opened.articles[2]!.dropped.length).toBeGreaterThan(0)
    expect(opened.articles[2]!.text).toContain('we have consistently')
    expect(opened.articles[2]!.text).toContain('supported Assad')
  })

  it('does not repeat a report’s headline, its title, as its first paragraph: the headline’s words leave the count', async () => {
    const { library } = await open()
    const opened = await getComparison(library.store, listComparisons(library.store)[0]!.id)
    for (const article of opened.articles) {
      expect(article.text.startsWith(article.title)).toBe(false)
      expect(article.dropped).toContain(repeatedHeadline(await readFile(join(shippedFolder, article.sourceName!), 'utf8'), article.title)!.index)
    }
    // Cleaned before the rule: 579, 379 and 579 words; the headlines have 12, 16 and 10.
    expect(listComparisons(library.store)[0]!.articles.map((a) => a.wordCount)).toEqual([567, 363, 569])
  })

  it('can be shown uncleaned: an empty clean-up gives back every block', async () => {
    const { library } = await open()
    const third = listComparisons(library.store)[0]!.articles[2]!
    const undone = await setCleanup(library.store, third.id, [])
    const texts = await getArticleTexts(library.store, third.id)
    expect(undone.dropped).toEqual([])
    expect(texts.text).toBe(applyCleanup(texts.extracted, []))
    expect(texts.text).toContain('Discuss as:')
  })
})

describe('the built-in sample on later starts', () => {
  it('is not added again when the library is opened a second time', async () => {
    const first = await open()
    const bodiesAfterFirstStart = await readdir(join(libraryFolder(), 'bodies'))
    const second = await open()
    expect(listComparisons(second.library.store)).toEqual(listComparisons(first.library.store))
    expect(listComparisons(second.library.store)).toHaveLength(1)
    expect(listArticles(second.library.store)).toHaveLength(3)
    expect(await readdir(join(libraryFolder(), 'bodies'))).toEqual(bodiesAfterFirstStart)
  })

  it('is not added again after the person removed it', async () => {
    const first = await open()
    await removeComparisonsOnDisk()
    const second = await open()
    expect(listComparisons(second.library.store)).toEqual([])
    expect(listArticles(second.library.store)).toEqual(listArticles(first.library.store))
  })
})

describe('a library whose sample was stored before the headline rule', () => {
  it('keeps those articles, their text and the highlights on it, and a restored sample reuses them', async () => {
    const first = await open()
    const [comparison] = listComparisons(first.library.store)
    const articleId = comparison!.articleIds[0]!
    // As stored before: the headline kept as the first paragraph.
    const shipped = await readFile(join(shippedFolder, '1.txt'), 'utf8')
    await setCleanup(first.library.store, articleId, cleanUp(shipped).dropped)
    const { text } = await getArticleTexts(first.library.store, articleId)
    expect(text.startsWith('Secretary of State John Kerry to Talk Boston Bombing, Syria in Russia\n\n')).toBe(true)
    const start = text.indexOf('Boston Bombing')
    const added = await first.dispatch('addHighlight', { comparisonId: comparison!.id, articleId, start, end: start + 14, color: 'blue' })
    expect(added.ok).toBe(true)

    const second = await open()
    expect((await getArticleTexts(second.library.store, articleId)).text).toBe(text)
    const listed = await second.dispatch('listHighlights', { comparisonId: comparison!.id })
    const highlights = listed.ok ? (listed.value as HighlightPage).highlights : []
    expect(highlights.map((h) => [h.articleId, h.anchor.position.start, h.anchor.quote.exact])).toEqual([[articleId, start, 'Boston Bombing']])

    await removeComparisonsOnDisk()
    const third = await open()
    const restored = await restoreSample(third.library, await loadSample(samplesFolder))
    expect(restored.articleIds).toEqual(comparison!.articleIds)
    expect((await getArticleTexts(third.library.store, articleId)).text).toBe(text)
  })
})

async function removeComparisonsOnDisk(): Promise<void> {
  await editSavedLibrary(libraryFolder(), (data) => {
    data.comparisons = []
  })
}

describe('restoreSample', () => {
  it('returns the existing sample comparison when it is present, changing nothing', async () => {
    const { library } = await open()
    const before = await savedBytes(libraryFolder())
    const restored = await restoreSample(library, await loadSample(samplesFolder))
    expect(restored).toEqual(listComparisons(library.store)[0])
    expect(listComparisons(library.store)).toHaveLength(1)
    expect(await savedBytes(libraryFolder())).toEqual(before)
  })

  it('re-creates a removed sample comparison from the same three articles', async () => {
    const first = await open()
    const bodies = await readdir(join(libraryFolder(), 'bodies'))
    const articleIds = listComparisons(first.library.store)[0]!.articleIds
    await removeComparisonsOnDisk()
    const { library } = await open()
    expect(listComparisons(library.store)).toEqual([])

    const restored = await restoreSample(library, await loadSample(samplesFolder))
    expect(restored.title).toBe('Kerry in Moscow, May 2013')
    expect(restored.articleIds).toEqual(articleIds)
    expect(listArticles(library.store)).toHaveLength(3)
    expect(listComparisons(library.store).map((c) => c.id)).toEqual([restored.id])
    expect(sampleState(library.store)).toEqual({ seeded: true, comparisonId: restored.id })
    expect(await readdir(join(libraryFolder(), 'bodies'))).toEqual(bodies)

    const reopened = await open()
    expect(listComparisons(reopened.library.store)).toEqual([restored])
  })

  it('reuses the articles whatever their clean-up, and those of a library seeded before clean-up existed', async () => {
    const first = await open()
    const articleIds = listComparisons(first.library.store)[0]!.articleIds
    await setCleanup(first.library.store, articleIds[2]!, [])
    await removeComparisonsOnDisk()
    // Before clean-up existed, the sample was stored as shipped: one text standing for all three.
    await editSavedLibrary(libraryFolder(), (data) => {
      const first = data.articles[0]!
      data.articles[0] = { ...first, textHash: first.sourceHash, dropped: [] }
    })
    const { library } = await open()
    const restored = await restoreSample(library, await loadSample(samplesFolder))
    expect(restored.articleIds).toEqual(articleIds)
    expect(listArticles(library.store)).toHaveLength(3)
  })

  it('adds one comparison, not two, when two restores arrive at once', async () => {
    await open()
    await removeComparisonsOnDisk()
    const { library } = await open()
    const sample = await loadSample(samplesFolder)
    const [a, b] = await Promise.all([restoreSample(library, sample), restoreSample(library, sample)])
    expect(a.id).toBe(b.id)
    expect(listComparisons(library.store).map((c) => c.id)).toEqual([a.id])
  })
})

describe('the shipped sample files', () => {
  const ORIGINAL_SHA256: Record<string, string> = {
    '1.txt': '3511472d16e3fd00472007b196fb28c6a478b794a113bf7e98569be10cc08e30',
    '2.txt': '211ed0020ed2423bd96324bead67543a98d9a99c798d2fbc91d14a5361a9fe44',
    '3.txt': 'aba2730db6ddaa93f37c2cf5920d497c63f011e41e8b09680a4f020b5801e598',
    'README.md': '2e9aab55c4d341487439eb8fbb2e5407528c765a331a54f74f8d3ac211a3f0dd',
  }

  it.each([...sampleFiles, 'README.md'])('%s is byte-identical to the original', async (name) => {
    const shipped = await readFile(join(shippedFolder, name))
    expect(createHash('sha256').update(shipped).digest('hex'), `${name} differs from the original`).toBe(ORIGINAL_SHA256[name])
  })

  it('holds exactly the files the sample index names, and its README', async () => {
    expect((await readdir(shippedFolder)).sort()).toEqual(Object.keys(ORIGINAL_SHA256).sort())
  })
})
