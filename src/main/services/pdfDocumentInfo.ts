// A printed PDF's document information and outline, set after printing. Chromium writes the page's title
// (the print view's readiness marker) and itself as the creator: the comparison's title goes in their place,
// shown in a viewer's title bar, with Parallax as the creator. Chromium also makes the outline from the
// print view's headings, but it joins a report's number to its title ("1 Secretary", once "1Secretary")
// and may join a heading's wrapped lines without their space: entries that match a known heading once
// spaces are left out get its proper wording, the others are trimmed. Everything else the printer wrote
// (the pages, the tags that make the PDF readable to screen readers) is kept byte for byte.
//
// The changes are appended to the printed file as an incremental update (PDF 1.7, 7.5.6): the few objects
// changed (the information dictionary, the catalogue, the outline's entries) and a cross-reference section
// for them, read and written with pdf-lib's object parser and writers. Loading and saving the whole file
// with pdf-lib instead parsed and rewrote all 14,000 objects of a 139-page PDF. A file whose
// cross-references are not a plain table is rewritten whole, as before (pdfRewrite.ts).

import { PDFBool, PDFContext, PDFCrossRefSection, PDFDict, PDFHexString, PDFName, PDFNumber, PDFObjectParser, PDFRef, PDFString, PDFTrailer, PDFTrailerDict, type PDFObject } from 'pdf-lib'
import { rewriteDocumentInfo } from './pdfRewrite'

export interface DocumentInfo {
  title: string
  creator: string
  /** Headings as they should read in the outline (a report's: "1. Its title"), and as the page prints them. */
  headings: readonly { printed: string; reads: string }[]
}

const withoutSpaces = (text: string): string => text.replace(/\s+/g, '')

/** The outline entry's wording: a known heading's proper one, or its own trimmed. */
export function outlineTitle(text: string, headings: DocumentInfo['headings']): string {
  const known = headings.find((h) => withoutSpaces(h.printed) === withoutSpaces(text))
  return known?.reads ?? text.trim()
}

function latin1(bytes: Uint8Array, start: number, end: number): string {
  const from = Math.max(0, start)
  return Buffer.from(bytes.buffer, bytes.byteOffset + from, Math.max(0, Math.min(end, bytes.length) - from)).toString('latin1')
}

/** The printed file's objects, found through its last cross-reference table. */
class PrintedObjects {
  private constructor(
    private readonly bytes: Uint8Array,
    private readonly context: PDFContext,
    private readonly offsets: Map<number, { offset: number; generation: number }>,
    readonly trailer: PDFDict,
    readonly startxref: number,
  ) {}

  /** Null when the file's last cross-references are not a table (a stream), or it has no trailer there. */
  static read(bytes: Uint8Array): PrintedObjects | null {
    const tail = latin1(bytes, bytes.length - 1024, bytes.length)
    const startxref = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail)?.[1] ?? NaN)
    if (!Number.isInteger(startxref) || latin1(bytes, startxref, startxref + 4) !== 'xref') return null
    const offsets = new Map<number, { offset: number; generation: number }>()
    // Subsections: "first count" then count entries of exactly 20 bytes ("0000012345 00000 n\r\n").
    let at = startxref + 4
    for (;;) {
      const head = /^\s*(\d+) (\d+)[ \t]*\r?\n|^\s*trailer/.exec(latin1(bytes, at, at + 40))
      if (!head) return null
      if (head[1] === undefined) {
        at += head[0].length
        break
      }
      at += head[0].length
      const [first, count] = [Number(head[1]), Number(head[2])]
      const table = latin1(bytes, at, at + count * 20)
      for (let i = 0; i < count; i++) {
        const entry = table.slice(i * 20, i * 20 + 18)
        if (entry[17] === 'n') offsets.set(first + i, { offset: Number(entry.slice(0, 10)), generation: Number(entry.slice(11, 16)) })
      }
      at += count * 20
    }
    const context = PDFContext.create()
    const trailer = PDFObjectParser.forBytes(bytes.subarray(at), context).parseObject()
    return trailer instanceof PDFDict ? new PrintedObjects(bytes, context, offsets, trailer, startxref) : null
  }

  /** The object `ref` names, parsed from its place in the file (a stream's data is not read: only dictionaries are asked for). */
  object(ref: PDFObject | undefined): PDFObject | undefined {
    if (!(ref instanceof PDFRef)) return ref
    const place = this.offsets.get(ref.objectNumber)
    if (!place) return undefined
    const header = /^\s*\d+\s+\d+\s+obj/.exec(latin1(this.bytes, place.offset, place.offset + 40))
    if (!header) throw new Error(`object ${ref.objectNumber} is not where the cross-references say`)
    return PDFObjectParser.forBytes(this.bytes.subarray(place.offset + header[0].length), this.context).parseObject()
  }

  dict(ref: PDFObject | undefined): PDFDict | undefined {
    const object = this.object(ref)
    return object instanceof PDFDict ? object : undefined
  }

  generation(ref: PDFRef): number {
    return this.offsets.get(ref.objectNumber)?.generation ?? 0
  }
}

/** The objects to write again: each outline entry whose title changes, and the catalogue and information dictionary. */
function changedObjects(printed: PrintedObjects, { title, creator, headings }: DocumentInfo): { changed: Map<PDFRef, PDFDict>; info: PDFRef; pages: number; size: number } | null {
  const rootRef = printed.trailer.get(PDFName.of('Root'))
  const catalog = printed.dict(rootRef)
  const pages = printed.dict(catalog?.get(PDFName.of('Pages')))?.get(PDFName.of('Count'))
  if (!(rootRef instanceof PDFRef) || !catalog || !(pages instanceof PDFNumber)) return null
  const changed = new Map<PDFRef, PDFDict>()
  let size = (printed.trailer.get(PDFName.of('Size')) as PDFNumber | undefined)?.asNumber() ?? 0

  const walk = (ref: PDFObject | undefined, depth: number): void => {
    for (let guard = 0; ref instanceof PDFRef && guard < 100_000; guard++) {
      const item = printed.dict(ref)
      if (!item) return
      const old = item.get(PDFName.of('Title'))
      if (old instanceof PDFString || old instanceof PDFHexString) {
        const text = old.decodeText()
        const wording = outlineTitle(text, headings)
        if (wording !== text) {
          item.set(PDFName.of('Title'), PDFHexString.fromText(wording))
          changed.set(ref, item)
        }
      }
      if (depth < 64) walk(item.get(PDFName.of('First')), depth + 1)
      ref = item.get(PDFName.of('Next'))
    }
  }
  walk(printed.dict(catalog.get(PDFName.of('Outlines')))?.get(PDFName.of('First')), 0)

  // The title in a viewer's title bar rather than the file's name.
  const preferences = printed.dict(catalog.get(PDFName.of('ViewerPreferences'))) ?? catalog.context.obj({})
  preferences.set(PDFName.of('DisplayDocTitle'), PDFBool.True)
  catalog.set(PDFName.of('ViewerPreferences'), preferences)
  changed.set(rootRef, catalog)

  const printedInfo = printed.trailer.get(PDFName.of('Info'))
  const info = printed.dict(printedInfo) ?? catalog.context.obj({})
  info.set(PDFName.of('Title'), PDFHexString.fromText(title))
  info.set(PDFName.of('Creator'), PDFHexString.fromText(creator))
  const infoRef = printedInfo instanceof PDFRef ? printedInfo : PDFRef.of(size++)
  changed.set(infoRef, info)
  return { changed, info: infoRef, pages: pages.asNumber(), size }
}

const ascii = (text: string): Uint8Array => Uint8Array.from(text, (c) => c.charCodeAt(0))

function serialized(object: { sizeInBytes(): number; copyBytesInto(buffer: Uint8Array, offset: number): number }): Uint8Array {
  const bytes = new Uint8Array(object.sizeInBytes())
  object.copyBytesInto(bytes, 0)
  return bytes
}

/** The printed bytes followed by the update; null if the file is not one this can update. */
export function updatedDocumentInfo(bytes: Uint8Array, info: DocumentInfo): { bytes: Uint8Array; pages: number } | null {
  const printed = PrintedObjects.read(bytes)
  const found = printed && changedObjects(printed, info)
  if (!printed || !found) return null
  const parts: Uint8Array[] = [bytes, ascii('\n')]
  let offset = bytes.length + 1
  const xref = PDFCrossRefSection.createEmpty()
  // Entries go into the section in ascending object number.
  for (const [ref, dict] of [...found.changed].sort(([a], [b]) => a.objectNumber - b.objectNumber)) {
    const generation = printed.generation(ref)
    const object = [ascii(`${ref.objectNumber} ${generation} obj\n`), serialized(dict), ascii('\nendobj\n')]
    xref.addEntry(PDFRef.of(ref.objectNumber, generation), offset)
    for (const part of object) {
      parts.push(part)
      offset += part.length
    }
  }
  const trailer = printed.trailer
  trailer.set(PDFName.of('Size'), PDFNumber.of(found.size))
  trailer.set(PDFName.of('Prev'), PDFNumber.of(printed.startxref))
  trailer.set(PDFName.of('Info'), found.info)
  parts.push(serialized(xref), ascii('\n'), serialized(PDFTrailerDict.of(trailer)), ascii('\n'), serialized(PDFTrailer.forLastCrossRefSectionOffset(offset)))
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const part of parts) {
    out.set(part, at)
    at += part.length
  }
  return { bytes: out, pages: found.pages }
}

export async function withDocumentInfo(bytes: Uint8Array, info: DocumentInfo): Promise<{ bytes: Uint8Array; pages: number }> {
  let updated: { bytes: Uint8Array; pages: number } | null = null
  try {
    updated = updatedDocumentInfo(bytes, info)
  } catch {
    // A file this reader does not follow is rewritten whole below.
  }
  return updated ?? rewriteDocumentInfo(bytes, info)
}
