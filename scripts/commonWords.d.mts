// Types of commonWords.mjs, for the tests that import it.
export const MIN_LOWER: number
export const RATIO: number
export function commonWords(texts: Iterable<string>, options?: { minLower?: number; ratio?: number }): string[]
export function commonWordsSource(words: readonly string[], reports: number): string
