// A printed PDF's document information and outline, set after printing. Chromium writes the page's title
// (the print view's readiness marker) and itself as the creator: the comparison's title goes in their place,
// shown in a viewer's title bar, with Parallax as the creator. Chromium also makes the outline from the
// print view's headings, but it joins a heading's wrapped lines without their space ("TalkBoston") and a
// report's number to its title ("1Secretary"): entries that match a known heading once spaces are left
// out get its proper wording. Everything else the printer wrote (the pages, the tags that make the PDF
// readable to screen readers) is kept as it was. The file is read and written a few hundred objects at a
// time, so a long PDF does not hold up the main process.

import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib'

export interface DocumentInfo {
  title: string
  creator: string
  /** Headings as they should read in the outline (a report's: "1. Its title"), and as the page prints them. */
  headings: readonly { printed: string; reads: string }[]
}

const withoutSpaces = (text: string): string => text.replace(/\s+/g, '')

/** Rewords the outline's entries that are known headings, and trims the others. */
function tidyOutline(document: PDFDocument, headings: DocumentInfo['headings']): void {
  const known = new Map(headings.map((h) => [withoutSpaces(h.printed), h.reads]))
  const walk = (first: PDFDict | undefined): void => {
    for (let item = first, guard = 0; item && guard < 100_000; item = item.lookupMaybe(PDFName.of('Next'), PDFDict), guard++) {
      const title = item.lookup(PDFName.of('Title'))
      if (title instanceof PDFString || title instanceof PDFHexString) {
        const text = title.decodeText().trim()
        item.set(PDFName.of('Title'), PDFHexString.fromText(known.get(withoutSpaces(text)) ?? text))
      }
      walk(item.lookupMaybe(PDFName.of('First'), PDFDict))
    }
  }
  walk(document.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)?.lookupMaybe(PDFName.of('First'), PDFDict))
}

export async function withDocumentInfo(bytes: Uint8Array, { title, creator, headings }: DocumentInfo): Promise<{ bytes: Uint8Array; pages: number }> {
  const document = await PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: 300 })
  document.setTitle(title, { showInWindowTitleBar: true })
  document.setCreator(creator)
  tidyOutline(document, headings)
  const saved = await document.save({ useObjectStreams: false, objectsPerTick: 300 })
  return { bytes: saved, pages: document.getPageCount() }
}
