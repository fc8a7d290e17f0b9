// Metadata that plain text carries without markup. The import issue grows this into full heuristics.
// Title: the first line that reads like a headline. Copies pasted from web pages often open with
// a label ("Discuss as:", "Advertisement") or a one-word line ("By"), so those are passed over.

const MAX_TITLE_LENGTH = 300
const MIN_TITLE_WORDS = 3

function looksLikeHeadline(line: string): boolean {
  if (line.endsWith(':')) return false
  const words = line.split(/\s+/).filter((w) => /\p{L}|\p{N}/u.test(w))
  return words.length >= MIN_TITLE_WORDS
}

/** Shortens by whole code points, so an emoji or other astral character is never cut in half. */
function clip(line: string): string {
  const codePoints = Array.from(line)
  return codePoints.length > MAX_TITLE_LENGTH ? `${codePoints.slice(0, MAX_TITLE_LENGTH - 1).join('')}…` : line
}

export function titleFromPlainText(text: string, fallback: string): string {
  const lines = text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
  const headline = lines.find(looksLikeHeadline) ?? lines[0]
  return headline === undefined ? fallback : clip(headline)
}
