// `extract`: what the app would import from each file, as JSON: its details, the text it would store (the
// cleaned text; with --raw, the text as read) and every block of the text as read with clean-up's verdict.
// The reading is the app's own (src/reading), so this is also how the app's import is checked from outside.

import { InputError, readDocument } from './readInput'

export interface ExtractedBlock {
  text: string
  kept: boolean
  /** Why clean-up drops it; null when it is kept. */
  reason: string | null
}

export type Extracted =
  | {
      file: string
      title: string | null
      byline: string | null
      outlet: string | null
      /** ISO 8601: a date, or a date and time. */
      date: string | null
      url: string | null
      text: string
      blocks: ExtractedBlock[]
    }
  | { file: string; error: { code: 'unreadable'; message: string } }

export async function extractFile(path: string, raw: boolean): Promise<Extracted> {
  try {
    const { text, draft } = await readDocument(path, { raw })
    const { title, byline, outlet, publishedAt, url } = draft.details
    const blocks = draft.blocks.map((block) => {
      const dropped = !raw && draft.dropped.has(block.index)
      return { text: block.text, kept: !dropped, reason: dropped ? block.clutter : null }
    })
    return { file: path, title, byline, outlet, date: publishedAt, url, text, blocks }
  } catch (error) {
    if (!(error instanceof InputError)) throw error
    return { file: path, error: { code: 'unreadable', message: error.message } }
  }
}

/** Every file read in turn; a file that cannot be read is an entry with its error. */
export async function extractFiles(paths: readonly string[], raw: boolean): Promise<Extracted[]> {
  const results: Extracted[] = []
  for (const path of paths) results.push(await extractFile(path, raw))
  return results
}
