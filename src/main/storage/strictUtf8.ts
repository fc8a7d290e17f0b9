// Strict UTF-8 decoding for the files Parallax reads back. Node's 'utf8' decoding quietly turns bytes that
// are not UTF-8 into U+FFFD, so a damaged file would load as text with holes in it; here such bytes are
// an answer of null, which the caller reports as damage.

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

/** The text, or null when the bytes are not valid UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return decoder.decode(bytes)
  } catch {
    return null
  }
}
