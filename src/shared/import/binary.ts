// Tells a text file from something else renamed .txt, so the refusal can say what the file is
// ("a PNG image", "a ZIP archive") instead of showing a screen of mojibake.

/** How much of a file the NUL and control-character checks sample first. */
export const SNIFF_LENGTH = 8192
/** Above this share of control characters, text is taken for binary data. */
const MAX_CONTROL_SHARE = 0.1

interface Signature {
  bytes: readonly number[]
  at?: number
  what: string
}

const ascii = (s: string): number[] => Array.from(s, (c) => c.charCodeAt(0))

// Formats a person plausibly drops on an importer by mistake. Only signatures that text cannot start
// with by accident: each holds a byte no text editor writes, or a marker no sentence opens with.
const SIGNATURES: readonly Signature[] = [
  { bytes: [0x89, ...ascii('PNG\r\n'), 0x1a, 0x0a], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { bytes: ascii('GIF87a'), what: 'a GIF image' },
  { bytes: ascii('GIF89a'), what: 'a GIF image' },
  { bytes: ascii('%PDF-'), what: 'a PDF document; copy its text into a .txt file, or paste it' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a ZIP archive, which is also what .docx, .odt and .epub files are' },
  { bytes: [0x50, 0x4b, 0x05, 0x06], what: 'an empty ZIP archive' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], what: 'an old Microsoft Office document (.doc, .xls)' },
  { bytes: [0x1f, 0x8b], what: 'a gzip archive' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], what: 'a 7-Zip archive' },
  { bytes: [...ascii('Rar!'), 0x1a, 0x07], what: 'a RAR archive' },
  { bytes: [0x7f, ...ascii('ELF')], what: 'a program' },
  { bytes: [...ascii('SQLite format 3'), 0], what: 'a SQLite database' },
  { bytes: [0x00, 0x61, 0x73, 0x6d], what: 'a WebAssembly module' },
]

function startsWith(bytes: Uint8Array, signature: Signature): boolean {
  const at = signature.at ?? 0
  if (bytes.length < at + signature.bytes.length) return false
  return signature.bytes.every((b, i) => bytes[at + i] === b)
}

/** What kind of non-text file the first bytes announce, in words, or null. */
export function knownBinaryFormat(bytes: Uint8Array): string | null {
  for (const signature of SIGNATURES) if (startsWith(bytes, signature)) return signature.what
  // RIFF containers and ID3-tagged MP3s name themselves in ASCII, but a binary field follows at once.
  if (startsWith(bytes, { bytes: ascii('RIFF'), what: '' }) && ['WAVE', 'AVI ', 'WEBP'].some((form) => startsWith(bytes, { bytes: ascii(form), at: 8, what: '' }))) {
    return 'a media file (WAV, AVI or WebP)'
  }
  // MP4 and its kin: a box size (which starts with a zero byte for any sane header) before "ftyp".
  if (bytes[0] === 0 && startsWith(bytes, { bytes: ascii('ftyp'), at: 4, what: '' })) return 'a video or audio file (MP4, MOV, M4A or similar)'
  if (startsWith(bytes, { bytes: ascii('ID3'), what: '' }) && (bytes[3] ?? 0) <= 4 && bytes[4] === 0) return 'an MP3 audio file'
  return null
}

/**
 * Why bytes that carry NULs outside UTF-16 are not text. UTF-16 without a byte-order mark shows as a NUL
 * in every other byte; saying so tells the person what to do about it.
 */
export function describeNulBytes(sample: Uint8Array): string | null {
  let even = 0
  let odd = 0
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue
    if (i % 2 === 0) even++
    else odd++
  }
  if (even + odd === 0) return null
  const pairs = sample.length / 2
  const looksUtf16 = Math.max(even, odd) > pairs * 0.3 && Math.min(even, odd) < pairs * 0.02
  return looksUtf16
    ? 'it contains NUL bytes: it may be UTF-16 text without a byte-order mark, which Parallax cannot tell from binary data; save it as UTF-8'
    : 'it contains NUL bytes'
}

/** Control characters that do not belong in text: C0 other than tab, line feed, form feed and carriage return; DEL; C1. */
function isStrayControl(code: number): boolean {
  if (code < 0x20) return code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d
  return code >= 0x7f && code <= 0x9f
}

function controlShareAbove(text: string, from: number, to: number): boolean {
  let controls = 0
  for (let i = from; i < to; i++) if (isStrayControl(text.charCodeAt(i))) controls++
  return to > from && controls / (to - from) > MAX_CONTROL_SHARE
}

/** Why decoded text is binary data after all, or null: NUL characters near the start, or too many control characters. */
export function describeBinaryText(text: string): string | null {
  const sniff = Math.min(text.length, SNIFF_LENGTH)
  if (text.slice(0, sniff).includes('\u0000')) return 'it contains NUL characters'
  // The start and the whole: a binary header followed by text, or text followed by binary data.
  if (controlShareAbove(text, 0, sniff) || controlShareAbove(text, 0, text.length)) return 'it has too many control characters'
  return null
}
