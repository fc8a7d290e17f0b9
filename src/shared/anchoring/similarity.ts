// How alike two short strings are, from 0 (nothing in common) to 1 (equal): one minus the edit distance
// over the longer length. Long strings are compared by their word pairs instead, which stays linear.

const MAX_EDIT_LENGTH = 600

function editDistance(a: string, b: string): number {
  let previous = new Uint32Array(b.length + 1)
  let current = new Uint32Array(b.length + 1)
  for (let j = 0; j <= b.length; j++) previous[j] = j
  for (let i = 1; i <= a.length; i++) {
    current[0] = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1
      current[j] = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost)
    }
    ;[previous, current] = [current, previous]
  }
  return previous[b.length] as number
}

function wordPairs(text: string): Map<string, number> {
  const words = text.toLowerCase().split(/\s+/).filter(Boolean)
  const pairs = new Map<string, number>()
  for (let i = 0; i + 1 < words.length; i++) {
    const pair = `${words[i]} ${words[i + 1]}`
    pairs.set(pair, (pairs.get(pair) ?? 0) + 1)
  }
  return pairs
}

export function similarity(a: string, b: string): number {
  if (a === b) return 1
  if (a.length === 0 || b.length === 0) return 0
  if (a.length <= MAX_EDIT_LENGTH && b.length <= MAX_EDIT_LENGTH) return 1 - editDistance(a, b) / Math.max(a.length, b.length)
  const x = wordPairs(a)
  const y = wordPairs(b)
  let shared = 0
  for (const [pair, count] of x) shared += Math.min(count, y.get(pair) ?? 0)
  const total = [...x.values()].reduce((n, c) => n + c, 0) + [...y.values()].reduce((n, c) => n + c, 0)
  return total === 0 ? 0 : (2 * shared) / total
}
