// The built-in sample comparison: read from resources/samples (described by index.json), added to the
// library on first start, never duplicated, and restorable on request. Its texts go through the same
// clean-up as any pasted text, so the page furniture copied with them ("Discuss as:") is dropped and can be
// brought back like any other clean-up.

import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import type { ComparisonSummary } from '../../shared/domain/comparison'
import { AppError } from '../../shared/domain/errors'
// The import modules one by one, not their index: the index brings in Markdown parsing, which main never uses.
import { cleanUp } from '../../shared/import/clutter'
import { metadataFromPlainText } from '../../shared/import/plainText'
import { hashText } from '../storage/bodies'
import { addArticle, listArticles } from '../storage/articles'
import { addComparison, sampleState, setSampleState, summarise } from '../storage/comparisons'
import type { Library } from '../storage/library'

export interface SampleText {
  fileName: string
  text: string
}

export interface Sample {
  title: string
  texts: SampleText[]
}

const manifestSchema = z.object({
  title: z.string().min(1),
  folder: z.string().regex(/^[\w.-]+$/),
  files: z.array(z.string().regex(/^[\w.-]+$/)).min(2),
})

/** Reads the sample described by `<samplesFolder>/index.json`. The texts are kept exactly as shipped, as the source. */
export async function loadSample(samplesFolder: string): Promise<Sample> {
  try {
    const manifest = manifestSchema.parse(JSON.parse(await readFile(join(samplesFolder, 'index.json'), 'utf8')))
    const texts = await Promise.all(
      manifest.files.map(async (fileName) => ({
        fileName,
        text: await readFile(join(samplesFolder, manifest.folder, fileName), 'utf8'),
      })),
    )
    return { title: manifest.title, texts }
  } catch (error) {
    throw new AppError('internal', `The built-in sample could not be read from ${samplesFolder}: ${(error as Error).message}`, {
      cause: error,
    })
  }
}

async function addSampleComparison({ store }: Library, sample: Sample): Promise<ComparisonSummary> {
  const articleIds: string[] = []
  for (const { fileName, text } of sample.texts) {
    // An article already made from this text is reused, whatever its clean-up: one seeded before clean-up
    // existed, or one whose clean-up the person changed, has a different text but the same extracted one.
    const extractedHash = hashText(text)
    const existing = listArticles(store).find((a) => a.extractedHash === extractedHash)
    if (existing) {
      articleIds.push(existing.id)
      continue
    }
    // The same details an import of the file would find: its title, and a date or byline line if it has one.
    const { title, byline, publishedAt } = metadataFromPlainText(text, fileName)
    const { article } = await addArticle(store, {
      title,
      outlet: null,
      byline,
      url: null,
      publishedAt,
      tags: [],
      extracted: text,
      dropped: cleanUp(text, { title }).dropped,
      sourceFormat: 'text',
      sourceName: fileName,
    })
    articleIds.push(article.id)
  }
  const comparison = await addComparison(store, sample.title, articleIds)
  await setSampleState(store, { seeded: true, comparisonId: comparison.id })
  return summarise(store, comparison)
}

/** On first start: adds the sample once. Later starts leave the library as the person left it. */
export async function seedSample(library: Library, sample: Sample): Promise<void> {
  if (sampleState(library.store).seeded) return
  await addSampleComparison(library, sample)
}

// A restore under way, per library: a second request while it runs gets the same answer, not a second copy.
const restoring = new WeakMap<Library, Promise<ComparisonSummary>>()

/** Returns the sample comparison, adding it again (reusing its articles) if it was removed. */
export function restoreSample(library: Library, sample: Sample): Promise<ComparisonSummary> {
  const { comparisonId } = sampleState(library.store)
  const existing = comparisonId === null ? undefined : library.store.findComparison(comparisonId)
  if (existing) return Promise.resolve(summarise(library.store, existing))
  const running = restoring.get(library)
  if (running) return running
  const restore = addSampleComparison(library, sample).finally(() => restoring.delete(library))
  restoring.set(library, restore)
  return restore
}
