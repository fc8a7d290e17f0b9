// The printed PDF's title, creator and outline: set by an update appended to the printed bytes, which stay
// as they were, or (for a file whose cross-references are a stream) by rewriting the file; either way a
// reader finds the same title, creator, pages and outline.

import { describe, expect, it } from 'vitest'
import type { PDFRef } from 'pdf-lib';
import { PDFDocument, PDFHexString, PDFName } from 'pdf-lib'
import { updatedDocumentInfo, withDocumentInfo } from '../../../../src/main/services/pdfDocumentInfo'
import { pdfOutline } from '../../../e2e/pdfOutline'

const INFO = {
  title: 'Kerry in Moscow, May 2013',
  creator: 'Parallax',
  headings: [
    { printed: 'Kerry in Moscow, May 2013', reads: 'Kerry in Moscow, May 2013' },
    { printed: '1Secretary of State John Kerry to Talk Boston Bombing', reads: '1. Secretary of State John Kerry to Talk Boston Bombing' },
  ],
}

/** A two-page PDF as the printer leaves it: its readiness marker as the title, and an outline of three entries, one nested. */
async function printed(objectStreams: boolean): Promise<Uint8Array> {
  const document = await PDFDocument.create({ updateMetadata: false })
  document.setTitle('parallax:print-ready')
  document.setCreator('Chromium')
  const [first] = [document.addPage(), document.addPage()]
  const context = document.context
  const outlines = context.nextRef()
  const [cover, report, passage] = [context.nextRef(), context.nextRef(), context.nextRef()]
  const dest = context.obj([first!.ref, 'XYZ', null, null, null])
  context.assign(cover, context.obj({ Title: PDFHexString.fromText('Kerry in Moscow, May 2013'), Parent: outlines, Next: report, Dest: dest }))
  context.assign(report, context.obj({ Title: PDFHexString.fromText('1 Secretary of State John Kerry to Talk Boston Bombing'), Parent: outlines, Prev: cover, First: passage, Last: passage, Count: 1, Dest: dest }))
  context.assign(passage, context.obj({ Title: PDFHexString.fromText(' Passage 1 · in reports 2, 3'), Parent: report, Dest: dest }))
  context.assign(outlines, context.obj({ Type: 'Outlines', First: cover, Last: report, Count: 3 }))
  document.catalog.set(PDFName.of('Outlines'), outlines as PDFRef)
  return document.save({ useObjectStreams: objectStreams })
}

async function described(bytes: Uint8Array) {
  const document = await PDFDocument.load(bytes, { updateMetadata: false })
  return { title: document.getTitle(), creator: document.getCreator(), pages: document.getPageCount(), outline: await pdfOutline(bytes) }
}

const EXPECTED = {
  title: 'Kerry in Moscow, May 2013',
  creator: 'Parallax',
  pages: 2,
  outline: ['Kerry in Moscow, May 2013', '1. Secretary of State John Kerry to Talk Boston Bombing', 'Passage 1 · in reports 2, 3'],
}

describe('the document information of a printed PDF', () => {
  it('is appended to the printed bytes, which stay as they were', async () => {
    const bytes = await printed(false)
    const updated = updatedDocumentInfo(bytes, INFO)
    expect(updated).not.toBeNull()
    expect(Buffer.from(updated!.bytes.subarray(0, bytes.length)).equals(Buffer.from(bytes))).toBe(true)
    expect(updated!.pages).toBe(2)
    await expect(described(updated!.bytes)).resolves.toEqual(EXPECTED)
  })

  it('is written by rewriting a file whose cross-references are a stream', async () => {
    const bytes = await printed(true)
    expect(updatedDocumentInfo(bytes, INFO)).toBeNull()
    const rewritten = await withDocumentInfo(bytes, INFO)
    expect(rewritten.pages).toBe(2)
    await expect(described(rewritten.bytes)).resolves.toEqual(EXPECTED)
  })

  it('reads the same either way', async () => {
    const [appended, rewritten] = [await withDocumentInfo(await printed(false), INFO), await withDocumentInfo(await printed(true), INFO)]
    await expect(described(appended.bytes)).resolves.toEqual(await described(rewritten.bytes))
  })
})
