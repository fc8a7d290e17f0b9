// What the benchmark prints and how it keeps going: a line of the report on stdout, progress on stderr, a
// measurement that fails turned into what kept it from being made, and times in words.

export const say = (line = ''): void => void process.stdout.write(`${line}\n`)

/** A measurement, or what kept it from being made: one that fails does not stop the others. */
export async function attempt<T>(work: () => Promise<T>): Promise<T | { error: string }> {
  try {
    return await work()
  } catch (error) {
    return { error: (error as Error).message }
  }
}

export const progress = (line: string): void => void process.stderr.write(`${line}\n`)

export const ms = (value: number): string => (value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : value >= 100 ? `${Math.round(value)} ms` : `${value.toFixed(1)} ms`)

/** The middle value (the mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
}
