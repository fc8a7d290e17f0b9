// Growing the engine's typed arrays (tokens, matches, chains, the variants' column tables) when they fill:
// a new array at least twice as long, with everything set so far copied into it.

/** A longer copy of `old`: at least `size` long and twice its length, its contents kept. */
export function widened<T extends Int32Array<ArrayBuffer> | Uint8Array<ArrayBuffer>>(old: T, size = 0): T {
  const next = new (old.constructor as new (length: number) => T)(Math.max(size, 2 * old.length))
  next.set(old)
  return next
}
