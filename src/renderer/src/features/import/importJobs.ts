// The import work that needs no DOM, as the import worker runs it (and the UI thread, where no worker can
// start): a file's bytes decoded, pasted text normalised, a text or Markdown file made a draft, a web
// page's article (once read out of its HTML) made a draft. Every failure is a refusal naming the input,
// never a throw.

import { PASTED_TEXT_NAME, type SourceFormat } from '../../../../shared/domain/article'
import { decodeBytes, normaliseText } from '../../../../shared/import'
import { packDraft, type ImportStep, type PackedPreparation, type TextAnswer, type TextJob } from './importProtocol'
import { draftOf, type ImportPreparation } from './textDraft'

const pack = (preparation: ImportPreparation): TextAnswer => ({ type: 'done', result: preparation.kind === 'draft' ? packDraft(preparation) : preparation })
const refuse = (name: string, reason: string): TextAnswer => ({ type: 'done', result: { kind: 'refusal', name, reason } satisfies PackedPreparation })

function unreadable(name: string, format: SourceFormat, error: unknown): TextAnswer {
  return refuse(name, `It could not be read as ${format === 'html' ? 'a web page' : 'text'}: ${error instanceof Error ? error.message : String(error)}`)
}

/** Decoded text as a draft, or, for a web page, sent back to be read out where there is a DOM. */
function answerFor(name: string, format: SourceFormat, source: string, onStep: (step: ImportStep) => void): TextAnswer {
  if (format === 'html') return { type: 'page', name, source }
  try {
    return pack(draftOf(name, format, source, null, onStep))
  } catch (error) {
    return unreadable(name, format, error)
  }
}

export async function runImportJob(job: TextJob, onStep: (step: ImportStep) => void): Promise<TextAnswer> {
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
    case 'paste': {
      onStep('decode')
      const source = normaliseText(job.text)
      // A pasted web page's source is read as HTML.
      const looksLikeHtml = /^\s*(<!doctype html|<html[\s>])/i.test(source)
      return answerFor(PASTED_TEXT_NAME, looksLikeHtml ? 'html' : 'text', source, onStep)
    }
    case 'draft':
      try {
        return pack(draftOf(job.name, 'html', job.source, job.html, onStep))
      } catch (error) {
        return unreadable(job.name, 'html', error)
      }
  }
}
