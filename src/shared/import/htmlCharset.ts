// The encoding a web page declares for itself, when nothing outside it (a byte-order mark, an HTTP header)
// has: the HTML standard's prescan of its first 1024 bytes for <meta charset=…> or <meta http-equiv=
// "Content-Type" content="…; charset=…">, as jsdom's html-encoding-sniffer reads it.

import sniffHTMLEncoding from 'html-encoding-sniffer'
import { encodingOfLabel, type EncodingName } from './encodings'

/** What the sniffer returns when the page declares nothing: no encoding has an empty name. */
const NOT_DECLARED = ''

const isSpace = (byte: number): boolean => byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0c || byte === 0x0d

/**
 * Whether the bytes open as markup (their first byte after white space is "<"), as every saved page does.
 * Only such files are prescanned, so prose that mentions <meta charset> declares nothing.
 */
function opensWithMarkup(bytes: Uint8Array): boolean {
  for (const byte of bytes) if (!isSpace(byte)) return byte === 0x3c
  return false
}

/** The encoding the page's own <meta> declares, or null when it declares none, or none Parallax reads. */
export function declaredHtmlEncoding(bytes: Uint8Array): EncodingName | null {
  if (!opensWithMarkup(bytes)) return null
  const name = sniffHTMLEncoding(bytes, { defaultEncoding: NOT_DECLARED })
  return name === NOT_DECLARED ? null : encodingOfLabel(name)
}
