// Work that must run one task at a time, in the order asked: each task starts once the one before it has
// settled, and a task that fails does not hold up the next (its caller still sees the failure).

export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve()

  run<T>(task: () => Promise<T>): Promise<T> {
    const next = this.tail.then(task)
    this.tail = next.catch(() => undefined)
    return next
  }

  /** Resolves once every task asked for so far has settled. */
  async idle(): Promise<void> {
    await this.tail
  }
}
