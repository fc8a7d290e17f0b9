// Main's alignment service on real worker threads (its thread's source through the bridge's loader) and the
// built-in sample's texts: the same alignment and quote ledger as the engine gives in this process, kept
// and found again, done once when asked for twice at once, done anyway when its thread dies once, refused
// in words when it dies again, and no thread left once closed.

import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import type { Worker } from 'node:worker_threads'
import { afterEach, describe, expect, it } from 'vitest'
import { alignDocuments } from '../../../../src/shared/alignment'
import { buildQuoteLedger } from '../../../../src/shared/quotes'
import { Alignments, reportsOf, type AlignmentsOptions } from '../../../../src/main/services/alignments'
import { ALIGNMENT_THREAD } from '../../../bridge/server'

const sample = ['1.txt', '2.txt', '3.txt'].map((f) => readFileSync(`resources/samples/kerry-moscow-2013/${f}`, 'utf8'))
/** Other texts: the sample's reports in another order, and two of them alone. */
const reordered = [sample[2], sample[0], sample[1]] as string[]
const pair = sample.slice(0, 2)

const opened: Alignments[] = []
afterEach(async () => {
  await Promise.all(opened.splice(0).map((a) => a.close()))
})

/** The service, and every thread it starts with the alignments each thread sent back. */
function service(options: Partial<AlignmentsOptions> = {}): { alignments: Alignments; threads: Worker[]; aligned: () => number; quoted: () => number } {
  const threads: Worker[] = []
  let aligned = 0
  let quoted = 0
  const alignments = new Alignments({
    threadEntry: ALIGNMENT_THREAD,
    ...options,
    onThread: (thread) => {
      threads.push(thread)
      thread.on('message', (answer: { type: string }) => {
        if (answer.type === 'done') aligned++
        if (answer.type === 'quotes') quoted++
      })
      options.onThread?.(thread)
    },
  })
  opened.push(alignments)
  return { alignments, threads, aligned: () => aligned, quoted: () => quoted }
}

const exited = (thread: Worker): Promise<number> => new Promise((done) => thread.once('exit', done))
const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex')

describe('main’s alignment thread', () => {
  it('gives the alignment and quote ledger the engine gives here, named by the hashes of the texts', async () => {
    const { alignments } = service()
    const answer = await alignments.alignment(reportsOf(sample))
    const here = alignDocuments(sample)
    expect(answer.alignment).toEqual(here)
    expect(answer.textHashes).toEqual(sample.map(sha256))
    expect(answer.found).toBe('new')
    expect(answer.alignedMs).toBeGreaterThan(0)
    const { ledger, textHashes } = await alignments.ledger(reportsOf(sample))
    expect(textHashes).toEqual(answer.textHashes)
    expect(ledger).toEqual(buildQuoteLedger(sample, here))
  })

  it('keeps what it aligned: the same texts asked again are answered without aligning', async () => {
    const { alignments, aligned } = service()
    const first = await alignments.alignment(reportsOf(sample))
    const again = await alignments.alignment(reportsOf(sample))
    expect(again.found).toBe('ready')
    expect(again.alignment).toEqual(first.alignment)
    expect(aligned()).toBe(1)
    // Other texts are other work.
    expect((await alignments.alignment(reportsOf(reordered))).found).toBe('new')
    expect(aligned()).toBe(2)
  })

  it('reads the quotations only when their ledger is first asked for, and once', async () => {
    const { alignments, quoted } = service()
    await alignments.alignment(reportsOf(sample))
    // Another piece of work after it: had the ledger been queued behind the alignment, it would be answered by now.
    await alignments.alignment(reportsOf(pair))
    expect(quoted()).toBe(0)
    const [a, b] = await Promise.all([alignments.ledger(reportsOf(sample)), alignments.ledger(reportsOf([...sample]))])
    expect(b.ledger).toEqual(a.ledger)
    expect(a.ledger?.groups.length).toBeGreaterThan(0)
    expect(quoted()).toBe(1)
  })

  it('aligns once when the same texts are asked for while they are being aligned', async () => {
    const { alignments, aligned, threads } = service()
    alignments.start(reportsOf(sample))
    const [a, b] = await Promise.all([alignments.alignment(reportsOf(sample)), alignments.alignment(reportsOf([...sample]))])
    expect(a.found).toBe('aligning')
    expect(b.found).toBe('aligning')
    expect(b.alignment).toEqual(a.alignment)
    expect(aligned()).toBe(1)
    expect(threads).toHaveLength(1)
  })

  it('answers every one of several comparisons asked for at once, alignment and ledger', async () => {
    const { alignments } = service()
    const sets = [sample, reordered, pair]
    for (const texts of sets) alignments.start(reportsOf(texts))
    const ledgers = await Promise.all(sets.map((texts) => alignments.ledger(reportsOf(texts))))
    for (const [i, texts] of sets.entries()) {
      const here = alignDocuments(texts)
      expect((await alignments.alignment(reportsOf(texts))).alignment).toEqual(here)
      expect(ledgers[i]?.ledger).toEqual(buildQuoteLedger(texts, here))
    }
  })

  it('keeps the most recently asked for, within its limit', async () => {
    const { alignments } = service({ maxKept: 2 })
    await alignments.alignment(reportsOf(sample))
    await alignments.alignment(reportsOf(reordered))
    await alignments.alignment(reportsOf(sample))
    await alignments.alignment(reportsOf(pair))
    // The sample was asked for after the reordered reports, so these went.
    expect((await alignments.alignment(reportsOf(sample))).found).toBe('ready')
    expect((await alignments.alignment(reportsOf(reordered))).found).toBe('new')
    alignments.clear()
    expect((await alignments.alignment(reportsOf(sample))).found).toBe('new')
  })

  it('starts a new thread when its thread dies, and the work in flight is done there', async () => {
    let killed = 0
    const { alignments, threads } = service({
      onThread: (thread) => {
        if (killed++ === 0) void thread.terminate()
      },
    })
    const answer = await alignments.alignment(reportsOf(sample))
    expect(answer.alignment).toEqual(alignDocuments(sample))
    expect(threads).toHaveLength(2)
  })

  it('refuses, in words, work whose thread died twice, and tries again when asked again', async () => {
    let kill = true
    const { alignments, threads } = service({ onThread: (thread) => void (kill && thread.terminate()) })
    await expect(alignments.alignment(reportsOf(sample))).rejects.toThrow(/could not compare these reports: its alignment thread failed twice/)
    expect(threads).toHaveLength(2)
    kill = false
    expect((await alignments.alignment(reportsOf(sample))).found).toBe('new')
  })

  it('refuses a thread program that cannot run', async () => {
    const { alignments } = service({ threadEntry: new URL('./no-such-thread.mjs', import.meta.url) })
    await expect(alignments.alignment(reportsOf(sample))).rejects.toThrow(/failed twice/)
  })

  it('ends its thread when closed, and refuses work after', async () => {
    const { alignments, threads } = service()
    await alignments.alignment(reportsOf(sample))
    const [thread] = threads as [Worker]
    const exit = exited(thread)
    const pending = expect(alignments.ledger(reportsOf(reordered))).rejects.toThrow(/closing/)
    await alignments.close()
    await exit
    await pending
    await expect(alignments.alignment(reportsOf(sample))).rejects.toThrow(/closing/)
    expect(threads).toHaveLength(1)
  })
})
