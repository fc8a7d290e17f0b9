// Words made bare for comparing: lower-cased, without a full stop or a comma at the end or a possessive 's. A
// report's names come back many times, so each word is made bare once.

/** Words already made bare: the same words come back throughout a report. */
const bareWords = new Map<string, string>()

/** A word lower-cased, without a full stop or comma at its end or a possessive 's. */
export function bare(word: string): string {
  let w = bareWords.get(word)
  if (w !== undefined) return w
  w = word.toLowerCase()
  if (w.endsWith('.') || w.endsWith(',')) w = w.slice(0, -1)
  if (w.endsWith("'s") || w.endsWith('’s')) w = w.slice(0, -2)
  if (bareWords.size > 50_000) bareWords.clear()
  bareWords.set(word, w)
  return w
}
