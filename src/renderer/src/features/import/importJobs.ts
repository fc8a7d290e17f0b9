// The import work, as the import worker runs it (and the UI thread, where no worker can start): a file's
// bytes decoded, pasted text normalised, and either read by the reading shared with the command line
// (src/reading: text, Markdown, or a web page parsed inertly by linkedom) into a draft. Every failure is
// a refusal naming the input, never a throw.

import { PASTED_TEXT_NAME, type SourceFormat } from '../../../../shared/domain/article'
import { decodeBytes, normaliseText } from '../../../../shared/import'
import type { ImportPreparation } from '../../../../reading/draft'
import { parseInert } from '../../../../reading/inertDocument'
import { looksLikeHtml, readSource } from '../../../../reading/source'
import { packDraft, type ImportAnswer, type ImportJob, type ImportStep, type PackedPreparation } from './importProtocol'
import { storedTextHashOf } from './storedTextHash'

/** A draft packed with the name the library would give its text (worked out here, off the page's thread); a
 *  draft whose name cannot be worked out here is named by the page when asked. */
async function pack(preparation: ImportPreparation): Promise<ImportAnswer> {
  if (preparation.kind !== 'draft') return { type: 'done', result: preparation }
  const storedHash = await storedTextHashOf(preparation).catch(() => undefined)
  return { type: 'done', result: { ...packDraft(preparation), ...(storedHash === undefined ? {} : { storedHash }) } }
}
const refuse = (name: string, reason: string): ImportAnswer => ({ type: 'done', result: { kind: 'refusal', name, reason } satisfies PackedPreparation })

/** Decoded text read in its format into a draft, or a refusal. */
async function answerFor(name: string, format: SourceFormat, source: string, onStep: (step: ImportStep) => void): Promise<ImportAnswer> {
  try {
    return await pack(readSource(name, format, source, parseInert, onStep))
  } catch (error) {
    return refuse(name, `It could not be read as ${format === 'html' ? 'a web page' : 'text'}: ${error instanceof Error ? error.message : String(error)}`)
  }
}

export async function runImportJob(job: ImportJob, onStep: (step: ImportStep) => void): Promise<ImportAnswer> {
  switch (job.type) {
    case 'read': {
      let bytes: Uint8Array
      try {
        bytes = new Uint8Array(await job.file.arrayBuffer())
      } catch (error) {
        return refuse(job.name, `It could not be read (${(error as Error).message || 'unreadable'}). Check that it still exists and that you may open it.`)
      }
      onStep('decode')
      const decoded = decodeBytes(bytes, job.charset === undefined ? {} : { charset: job.charset })
      if (!decoded.ok) return refuse(job.name, decoded.reason)
      return answerFor(job.name, job.format, decoded.text, onStep)
    }
    case 'hash':
      return { type: 'hashed', hash: await storedTextHashOf({ extracted: job.extracted, dropped: new Set(job.dropped) }) }
    case 'paste': {
      onStep('decode')
      const source = normaliseText(job.text)
      // A pasted web page's source is read as HTML.
      return answerFor(PASTED_TEXT_NAME, looksLikeHtml(source) ? 'html' : 'text', source, onStep)
    }
  }
}
