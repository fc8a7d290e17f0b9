// The word comparisons the quote ledger groups and words quotations with, checked against the plain tables
// they replace (every pair of words tabulated) on word lists made to repeat words often, of lengths around
// the 32-word blocks the in-order count works in.

import { describe, expect, it } from 'vitest'
import { compareWords, longestSharedRun, mayShareRun, occursWhole, sharedCount, sharedInOrder, wordsIn, type Word, type WordStep } from '../../../../src/shared/quotes/words'

/** A small seeded generator, so a failure can be run again. */
function generator(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

const VOCABULARY = ['the', 'regime', 'that', 'we', 'have', 'consistently', 'said', 'Assad', 'support', 'of']

function randomWords(random: () => number, length: number, vocabulary = VOCABULARY.length): Word[] {
  const text = Array.from({ length }, () => VOCABULARY[Math.floor(random() * vocabulary)]).join(' ')
  return wordsIn(text, 0, text.length)
}

/** The longest common run by the full table: the first longest, by where it ends in `a`, then in `b`. */
function tableLongestRun(a: readonly Word[], b: readonly Word[]): { a: number; b: number; length: number } {
  let best = { a: 0, b: 0, length: 0 }
  const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0))
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const run = a[i - 1]?.id === b[j - 1]?.id ? (table[i - 1]?.[j - 1] ?? 0) + 1 : 0
      ;(table[i] as number[])[j] = run
      if (run > best.length) best = { a: i - run, b: j - run, length: run }
    }
  }
  return best
}

function tableInOrder(a: readonly Word[], b: readonly Word[]): number {
  const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0))
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      ;(table[i] as number[])[j] = a[i - 1]?.id === b[j - 1]?.id ? (table[i - 1]?.[j - 1] ?? 0) + 1 : Math.max(table[i - 1]?.[j] ?? 0, table[i]?.[j - 1] ?? 0)
    }
  }
  return table[a.length]?.[b.length] ?? 0
}

/** The steps of a word-by-word comparison read off the full table of the longest common subsequences of the
 *  two lists' ends: the words both begin and end with kept as shared, and, where the words differ, a step
 *  down `a` whenever that keeps as long a subsequence to come as a step along `b`. */
function tableSteps(a: readonly Word[], b: readonly Word[]): WordStep[] {
  let head = 0
  while (head < a.length && head < b.length && a[head]?.id === b[head]?.id) head++
  let tail = 0
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail]?.id === b[b.length - 1 - tail]?.id) tail++
  const [n, m] = [a.length - head - tail, b.length - head - tail]
  const table = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0))
  const at = (i: number, j: number): number => table[i]?.[j] ?? 0
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) (table[i] as number[])[j] = a[head + i]?.id === b[head + j]?.id ? at(i + 1, j + 1) + 1 : Math.max(at(i + 1, j), at(i, j + 1))
  }
  const steps: WordStep[] = Array.from({ length: head }, (_, k) => ({ same: true, a: k, b: k }))
  let [i, j] = [0, 0]
  let gap: [number, number] | null = null
  const close = (): void => {
    if (gap && (gap[0] < i || gap[1] < j)) steps.push({ same: false, a: [head + gap[0], head + i], b: [head + gap[1], head + j] })
    gap = null
  }
  while (i < n || j < m) {
    if (i < n && j < m && a[head + i]?.id === b[head + j]?.id) {
      close()
      steps.push({ same: true, a: head + i++, b: head + j++ })
    } else {
      gap ??= [i, j]
      if (j >= m || (i < n && at(i + 1, j) >= at(i, j + 1))) i++
      else j++
    }
  }
  close()
  for (let k = tail; k > 0; k--) steps.push({ same: true, a: a.length - k, b: b.length - k })
  return steps
}

function countedCommon(a: readonly Word[], b: readonly Word[]): number {
  const left = new Map<number, number>()
  for (const w of a) left.set(w.id, (left.get(w.id) ?? 0) + 1)
  return b.filter((w) => {
    const n = left.get(w.id) ?? 0
    if (n > 0) left.set(w.id, n - 1)
    return n > 0
  }).length
}

/** The pairs of word lists tried: empty, short, around 32 and 64 words, long; few and many forms. */
function pairs(): Array<[Word[], Word[]]> {
  const random = generator(20261206)
  const lengths = [0, 1, 3, 31, 32, 33, 63, 64, 65, 100, 150]
  const out: Array<[Word[], Word[]]> = []
  for (const n of lengths) for (const m of lengths) out.push([randomWords(random, n, n % 2 === 0 ? 3 : 10), randomWords(random, m, m % 2 === 0 ? 3 : 10)])
  return out
}

describe('the word comparisons of the quote ledger', () => {
  const cases = pairs()

  it('find the same longest shared run as the full table, at the same places', () => {
    for (const [a, b] of cases) expect(longestSharedRun(a, b)).toEqual(tableLongestRun(a, b))
  })

  it('count the words matched in order as the full table does, across 32-word blocks', () => {
    for (const [a, b] of cases) expect(sharedInOrder(a, b)).toBe(tableInOrder(a, b))
  })

  it('count the words in common, with repeats', () => {
    for (const [a, b] of cases) expect(sharedCount(a, b)).toBe(countedCommon(a, b))
  })

  it('compare word by word along a longest common subsequence, every word accounted for once', () => {
    for (const [a, b] of cases) {
      const steps = compareWords(a, b)
      let i = 0
      let j = 0
      let same = 0
      for (const step of steps) {
        if (step.same) {
          expect([step.a, step.b, a[step.a]?.id]).toEqual([i, j, b[step.b]?.id])
          i++
          j++
          same++
        } else {
          expect([step.a[0], step.b[0]]).toEqual([i, j])
          expect(step.a[1] > i || step.b[1] > j).toBe(true)
          ;[i, j] = [step.a[1], step.b[1]]
        }
      }
      expect([i, j]).toEqual([a.length, b.length])
      expect(same).toBe(tableInOrder(a, b))
    }
  })

  it('take the same steps as the full table of the longest common subsequences of the two lists’ ends', () => {
    for (const [a, b] of cases) expect(compareWords(a, b)).toEqual(tableSteps(a, b))
    // Lists that share their ends and differ in between, over 32-word blocks on one side or both.
    const random = generator(7)
    for (let trial = 0; trial < 200; trial++) {
      const ends = randomWords(random, 3)
      const middle = (): Word[] => randomWords(random, Math.floor(random() * 140), 2 + Math.floor(random() * 8))
      const join = (parts: Word[][]): Word[] => parts.flat().map((w, k) => ({ ...w, start: k, end: k + 1 }))
      const [a, b] = [join([ends, middle(), ends]), join([ends, middle(), ends])]
      expect(compareWords(a, b)).toEqual(tableSteps(a, b))
    }
  })

  it('keep the words both wordings begin and end with as shared, and list the change between', () => {
    const text = 'further support for that regime is not possible'
    const other = 'further support for the regime is not possible'
    const steps = compareWords(wordsIn(text, 0, text.length), wordsIn(other, 0, other.length))
    expect(steps.filter((s) => !s.same)).toEqual([{ same: false, a: [3, 4], b: [3, 4] }])
    expect(steps.filter((s) => s.same)).toHaveLength(7)
  })
})

describe('whether two quotations may share a run of words', () => {
  it('never says no where the table finds a run that long, and (on these lists) says no to every pair without one', () => {
    const random = generator(19)
    let without = 0
    let saidNo = 0
    for (let trial = 0; trial < 300; trial++) {
      const a = randomWords(random, 5 + Math.floor(random() * 60))
      const b = randomWords(random, 5 + Math.floor(random() * 60))
      for (const length of [3, 8]) {
        const longest = tableLongestRun(a, b).length
        if (longest >= length) expect(mayShareRun(a, b, length)).toBe(true)
        else {
          without++
          if (!mayShareRun(a, b, length)) saidNo++
        }
      }
    }
    expect(without).toBeGreaterThan(100)
    expect(saidNo).toBe(without)
  })

  it('finds the eight words two wordings of the Carney quotation share, and none between two of his statements', () => {
    const full = 'We have consistently said that the Assad regime has lost its legitimacy and pointed clearly to Assad’s behavior as proof that further support for that regime is unacceptable'
    const cut = 'pointed clearly to Assad’s behavior as proof that further support for the regime'
    const other = 'We have seen over the course of weeks and months an escalation by Assad'
    const words = (text: string): Word[] => wordsIn(text, 0, text.length)
    expect(mayShareRun(words(full), words(cut), 8)).toBe(true)
    expect(mayShareRun(words(full), words(other), 8)).toBe(false)
    expect(mayShareRun(words(cut), words(other), 3)).toBe(false)
  })
})

describe('whether a stretch of words occurs whole in another list', () => {
  it('is whether the longest run the stretch shares with it is all of the stretch', () => {
    const random = generator(7)
    let whole = 0
    for (let trial = 0; trial < 300; trial++) {
      const a = randomWords(random, 3 + Math.floor(random() * 30), 4)
      const b = randomWords(random, Math.floor(random() * 60), 4)
      const from = Math.floor(random() * a.length)
      const to = from + 1 + Math.floor(random() * Math.min(5, a.length - from))
      const expected = tableLongestRun(a.slice(from, to), b).length === to - from
      expect(occursWhole(a, from, to, b)).toBe(expected)
      if (expected) whole++
    }
    expect(whole).toBeGreaterThan(30)
    expect(whole).toBeLessThan(270)
  })

  it('finds a trimmed wording of the Carney quotation in the full one, and not a reworded one', () => {
    const words = (text: string): Word[] => wordsIn(text, 0, text.length)
    const full = words('We have consistently said that the Assad regime has lost its legitimacy and pointed clearly to Assad’s behavior as proof that further support for that regime is unacceptable')
    const trimmed = words('pointed clearly to Assad’s behavior')
    const reworded = words('pointed clearly to Assad’s conduct')
    expect(occursWhole(trimmed, 0, trimmed.length, full)).toBe(true)
    expect(occursWhole(reworded, 0, reworded.length, full)).toBe(false)
    expect(occursWhole(reworded, 0, 4, full)).toBe(true)
  })
})
