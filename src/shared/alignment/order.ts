// Sorting by a whole-number key, for the stages that sort every span or match of every pair of documents:
// with the item's index packed under its key, a typed array sorts by value alone, with no comparator to
// call and no work arrays to allocate, in the same order as a stable sort by that key.

let scratch = new Float64Array(1024)

/** The keys packed with their indexes, sorted, in a reusable buffer; null when they would not fit exactly. */
function packedOrder(count: number, keyOf: (index: number) => number, keyBound: number): Float64Array | null {
  if (keyBound * count > Number.MAX_SAFE_INTEGER) return null
  if (scratch.length < count) scratch = new Float64Array(Math.max(count, 2 * scratch.length))
  const packed = scratch.subarray(0, count)
  for (let i = 0; i < count; i++) packed[i] = keyOf(i) * count + i
  return packed.sort()
}

/** A stable sort of the indexes by their keys, for keys too large to pack. */
function comparedOrder(count: number, keyOf: (index: number) => number): number[] {
  const keys = Array.from({ length: count }, (_, i) => keyOf(i))
  return Array.from(keys.keys()).sort((x, y) => (keys[x] as number) - (keys[y] as number))
}

/** The indexes 0..count-1 ordered by key (whole numbers in [0, keyBound)), ties in index order. */
export function sortedIndexes(count: number, keyOf: (index: number) => number, keyBound: number): ArrayLike<number> {
  const packed = packedOrder(count, keyOf, keyBound)
  if (!packed) return comparedOrder(count, keyOf)
  const order = new Int32Array(count)
  for (let i = 0; i < count; i++) order[i] = (packed[i] as number) % count
  return order
}

/** Below this many items a comparator costs less than packing. */
const FEW = 24

/** The items ordered by key, as sortedIndexes orders their indexes. */
export function sortedBy<T>(items: readonly T[], keyOf: (item: T) => number, keyBound: number): T[] {
  const count = items.length
  if (count <= FEW && keyBound <= Number.MAX_SAFE_INTEGER) return [...items].sort((x, y) => keyOf(x) - keyOf(y))
  const packed = packedOrder(count, (i) => keyOf(items[i] as T), keyBound)
  if (!packed) return Array.from(comparedOrder(count, (i) => keyOf(items[i] as T)), (i) => items[i] as T)
  const sorted = new Array<T>(count)
  for (let i = 0; i < count; i++) sorted[i] = items[(packed[i] as number) % count] as T
  return sorted
}
