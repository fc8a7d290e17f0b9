// The printed PDF's title, creator and outline set by loading and saving the whole file with pdf-lib: the
// way pdfDocumentInfo.ts falls back to for a file it cannot update in place. Read and written a few
// hundred objects at a time, so a long PDF does not hold up the main process.

import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib'
import { outlineTitle, type DocumentInfo } from './pdfDocumentInfo'

function tidyOutline(document: PDFDocument, headings: DocumentInfo['headings']): void {
  const walk = (first: PDFDict | undefined): void => {
    for (let item = first, guard = 0; item && guard < 100_000; item = item.lookupMaybe(PDFName.of('Next'), PDFDict), guard++) {
      const title = item.lookup(PDFName.of('Title'))
      if (title instanceof PDFString || title instanceof PDFHexString) item.set(PDFName.of('Title'), PDFHexString.fromText(outlineTitle(title.decodeText(), headings)))
      walk(item.lookupMaybe(PDFName.of('First'), PDFDict))
    }
  }
  walk(document.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)?.lookupMaybe(PDFName.of('First'), PDFDict))
}

export async function rewriteDocumentInfo(bytes: Uint8Array, { title, creator, headings }: DocumentInfo): Promise<{ bytes: Uint8Array; pages: number }> {
  const document = await PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: 300 })
  document.setTitle(title, { showInWindowTitleBar: true })
  document.setCreator(creator)
  tidyOutline(document, headings)
  const saved = await document.save({ useObjectStreams: false, objectsPerTick: 300 })
  return { bytes: saved, pages: document.getPageCount() }
}
