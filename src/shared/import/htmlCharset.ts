// The encoding a web page declares for itself, when nothing outside it (a byte-order mark, an HTTP header)
// has: the HTML standard's prescan of its first 1024 bytes for <meta charset=…> or <meta http-equiv=
// "Content-Type" content="…; charset=…">, step by step as the standard writes it (comments skipped, other
// tags' attributes passed over, a content attribute counted only with its http-equiv).
// Written here rather than taken from a package: the one that does it brings a TextDecoder of its own into
// every bundle (some 24 kB each in the main process, the window and the import worker), and its class
// syntax is one the build's security scan cannot read; the platform's TextDecoder names the encodings.

import { encodingOfLabel, type EncodingName } from './encodings'

/** How far into the page the standard looks. */
const PRESCAN_BYTES = 1024

const isSpace = (byte: number): boolean => byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0c || byte === 0x0d
const isLetter = (byte: number): boolean => (byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a)
const lower = (byte: number): string => String.fromCharCode(byte >= 0x41 && byte <= 0x5a ? byte + 0x20 : byte)

/** Whether the bytes open as markup (their first byte after white space is "<"), as every saved page does.
 *  Only such files are prescanned, so prose that mentions <meta charset> declares nothing. */
function opensWithMarkup(bytes: Uint8Array): boolean {
  for (const byte of bytes) if (!isSpace(byte)) return byte === 0x3c
  return false
}

/** Reads the page's bytes the way the standard's prescan does, one attribute at a time. */
class Prescan {
  at = 0
  constructor(
    readonly bytes: Uint8Array,
    readonly end: number,
  ) {}

  startsWith(text: string, caseless = false): boolean {
    for (let i = 0; i < text.length; i++) {
      const byte = this.bytes[this.at + i]
      if (byte === undefined || this.at + i >= this.end) return false
      if ((caseless ? lower(byte) : String.fromCharCode(byte)) !== text[i]) return false
    }
    return true
  }

  /** Moves past the next `text` (searched from `from` on); false when it does not come. */
  skipPast(text: string, from: number): boolean {
    for (let i = from; i + text.length <= this.end; i++) {
      this.at = i
      if (this.startsWith(text)) {
        this.at = i + text.length
        return true
      }
    }
    this.at = this.end
    return false
  }

  /** The next attribute of a tag as [name, value] (both lower-cased), or null at the tag's end or the bytes'. */
  attribute(): [string, string] | null {
    const { bytes, end } = this
    const byte = (): number => (this.at < end ? (bytes[this.at] as number) : -1)
    while (this.at < end && (isSpace(byte()) || byte() === 0x2f)) this.at++
    if (this.at >= end || byte() === 0x3e) return null
    let name = ''
    let value = ''
    for (;;) {
      if (this.at >= end) return null
      const b = byte()
      if (b === 0x3d && name !== '') {
        this.at++
        break
      }
      if (isSpace(b)) {
        while (this.at < end && isSpace(byte())) this.at++
        if (byte() !== 0x3d) return this.at >= end ? null : [name, '']
        this.at++
        break
      }
      if (b === 0x2f || b === 0x3e) return [name, '']
      name += lower(b)
      this.at++
    }
    while (this.at < end && isSpace(byte())) this.at++
    if (this.at >= end) return null
    const quote = byte()
    if (quote === 0x22 || quote === 0x27) {
      for (this.at++; this.at < end; this.at++) {
        if (byte() === quote) {
          this.at++
          return [name, value]
        }
        value += lower(byte())
      }
      return null
    }
    if (quote === 0x3e) return [name, '']
    for (; this.at < end; this.at++) {
      if (isSpace(byte()) || byte() === 0x3e) return [name, value]
      value += lower(byte())
    }
    return null
  }
}

/** The encoding a content attribute's "text/html; charset=…" names, by the standard's steps. */
function charsetInContent(content: string): string | null {
  let at = 0
  for (;;) {
    const found = content.indexOf('charset', at)
    if (found < 0) return null
    at = found + 'charset'.length
    while (at < content.length && /\s/.test(content[at] as string)) at++
    if (content[at] !== '=') continue
    at++
    while (at < content.length && /\s/.test(content[at] as string)) at++
    const quote = content[at]
    if (quote === '"' || quote === "'") {
      const close = content.indexOf(quote, at + 1)
      return close < 0 ? null : content.slice(at + 1, close)
    }
    const rest = content.slice(at).split(/[\s;]/)[0] ?? ''
    return rest === '' ? null : rest
  }
}

/** What one <meta> tag declares, if it declares an encoding; the position is left after its attributes. */
function metaEncoding(scan: Prescan): EncodingName | null {
  const seen = new Set<string>()
  let pragma = false
  let needPragma: boolean | null = null
  let charset: EncodingName | null = null
  for (let attribute = scan.attribute(); attribute; attribute = scan.attribute()) {
    const [name, value] = attribute
    if (seen.has(name)) continue
    seen.add(name)
    if (name === 'http-equiv' && value === 'content-type') pragma = true
    else if (name === 'content' && charset === null) {
      const found = encodingOfLabel(charsetInContent(value) ?? '')
      if (found !== null) {
        charset = found
        needPragma = true
      }
    } else if (name === 'charset') {
      charset = encodingOfLabel(value)
      needPragma = false
    }
  }
  if (needPragma === null || (needPragma && !pragma) || charset === null) return null
  // A page cannot declare itself UTF-16 in bytes read as ASCII: it means UTF-8.
  return charset === 'utf-16le' || charset === 'utf-16be' ? 'utf-8' : charset
}

/** The encoding the page's own <meta> declares, or null when it declares none, or none Parallax reads. */
export function declaredHtmlEncoding(bytes: Uint8Array): EncodingName | null {
  if (!opensWithMarkup(bytes)) return null
  const scan = new Prescan(bytes, Math.min(bytes.length, PRESCAN_BYTES))
  while (scan.at < scan.end) {
    const next = bytes[scan.at + 1] ?? 0
    if (scan.startsWith('<!--')) {
      scan.skipPast('-->', scan.at + 2)
      continue
    }
    if (scan.startsWith('<meta', true) && (isSpace(bytes[scan.at + 5] ?? 0) || bytes[scan.at + 5] === 0x2f)) {
      scan.at += 5
      const found = metaEncoding(scan)
      if (found) return found
      continue
    }
    if (bytes[scan.at] === 0x3c && (isLetter(next) || (next === 0x2f && isLetter(bytes[scan.at + 2] ?? 0)))) {
      // Another tag: its name, then its attributes, passed over.
      while (scan.at < scan.end && !isSpace(bytes[scan.at] as number) && bytes[scan.at] !== 0x3e) scan.at++
      while (scan.attribute()) continue
      scan.at++
      continue
    }
    if (scan.startsWith('<!') || scan.startsWith('</') || scan.startsWith('<?')) {
      scan.skipPast('>', scan.at + 1)
      continue
    }
    scan.at++
  }
  return null
}
