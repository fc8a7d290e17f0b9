// The titles of a PDF's outline (the bookmarks a viewer's sidebar shows), every level, in order; [] when
// it has none. Read with pdf-lib's objects, as poppler's tools do not list an outline.

import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib'

export async function pdfOutline(bytes: Uint8Array): Promise<string[]> {
  const document = await PDFDocument.load(bytes, { updateMetadata: false })
  const outlines = document.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)
  const titles: string[] = []
  const walk = (first: PDFDict | undefined): void => {
    for (let item = first, guard = 0; item && guard < 10_000; item = item.lookupMaybe(PDFName.of('Next'), PDFDict), guard++) {
      const title = item.lookup(PDFName.of('Title'))
      if (title instanceof PDFString || title instanceof PDFHexString) titles.push(title.decodeText())
      walk(item.lookupMaybe(PDFName.of('First'), PDFDict))
    }
  }
  walk(outlines?.lookupMaybe(PDFName.of('First'), PDFDict))
  return titles
}
