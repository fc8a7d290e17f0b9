// Longest common subsequence of two short word lists, by dynamic programming: for a few words it costs
// far less than setting up a general diff. Used on the windows around chain ends and on short stretches
// between anchors; longer stretches go to jsdiff.

export interface CommonRun {
  a: number
  b: number
  length: number
}

let shared = new Uint16Array(1024)

/** The runs of equal ids that a[aFrom, aTo) and b[bFrom, bTo) share, in order, with their offsets from
 *  aFrom and bFrom (by default the whole lists). */
export function commonRuns(a: ArrayLike<number>, b: ArrayLike<number>, aFrom = 0, aTo = a.length, bFrom = 0, bTo = b.length): CommonRun[] {
  const n = aTo - aFrom
  const m = bTo - bFrom
  const width = m + 1
  // One table for all calls, grown as needed: these are many small calls. Only the last row and column
  // need to start at zero; every other cell is written before it is read.
  if (shared.length < (n + 1) * width) shared = new Uint16Array(Math.max((n + 1) * width, 2 * shared.length))
  const table = shared
  table.fill(0, n * width, (n + 1) * width)
  for (let i = 0; i < n; i++) table[i * width + m] = 0
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i * width + j] =
        a[aFrom + i] === b[bFrom + j] ? (table[(i + 1) * width + j + 1] as number) + 1 : Math.max(table[(i + 1) * width + j] as number, table[i * width + j + 1] as number)
    }
  }
  const runs: CommonRun[] = []
  let i = 0
  let j = 0
  while (i < n && j < m) {
    if (a[aFrom + i] === b[bFrom + j]) {
      const last = runs.at(-1)
      if (last && last.a + last.length === i && last.b + last.length === j) last.length++
      else runs.push({ a: i, b: j, length: 1 })
      i++
      j++
    } else if ((table[(i + 1) * width + j] as number) >= (table[i * width + j + 1] as number)) i++
    else j++
  }
  return runs
}
