// The import dialog's reading queue: files, pasted texts and web pages are read one at a time, each handed
// to the dialog as soon as it is a draft or a refusal, with progress over the whole queue ("3 of 5", and how
// much of all the bytes is done). Web pages are all asked of the main process at once, and each is read
// once it has arrived; until then the dialog lists it with where it stands. Stopping ends the read under
// way and drops the rest; so does closing the dialog.

import { useCallback, useEffect, useRef, useState } from 'react'
import { PASTED_TEXT_NAME } from '../../../../shared/domain/article'
import { MAX_PAGE_ADDRESSES, webAddressOf } from '../../../../shared/domain/webPage'
import type { PageFetch } from '../../../../shared/ipc/contract'
import { client } from '../../api'
import { describeError } from '../../ui/describeError'
import { prepareFetched, prepareFile, preparePasted, type PrepareOptions } from './prepareImport'
import type { ImportPreparation } from '../../../../reading/draft'

export interface ReadingProgress {
  /** The input being read, from 1. */
  current: number
  total: number
  /** How many of them are web pages fetched by address (the rest are files or pasted text). */
  pages: number
  /** How much of everything queued is done, from 0 to 1 (by size, so a 20 MB file counts for its size). */
  fraction: number
}

/** Where a web address stands until its page is a draft or a refusal. */
export interface AddressProgress {
  address: string
  state: 'fetching' | 'fetched' | 'reading'
}

export interface ImportReading {
  /** Null when nothing is being read. */
  progress: ReadingProgress | null
  /** The web addresses asked for and not yet read, in order. */
  addresses: readonly AddressProgress[]
  /** How many inputs the last stop left unread, until reading starts again. */
  unread: number | null
  readFiles: (files: readonly File[]) => void
  readPasted: (text: string) => void
  /** Fetches and reads web addresses as typed (https:// assumed without a scheme). */
  readAddresses: (typed: readonly string[]) => void
  stop: () => void
}

interface Queued {
  name: string
  size: number
  /** A web page fetched by address, for the progress line's words. */
  page?: true
  read: (options: PrepareOptions) => Promise<ImportPreparation>
}

interface Totals {
  done: number
  total: number
  pages: number
  doneSize: number
  totalSize: number
}

const EMPTY: Totals = { done: 0, total: 0, pages: 0, doneSize: 0, totalSize: 0 }

/** What a web page counts for in the progress bar before its size is known: a typical news page. */
const PAGE_SIZE_GUESS = 300_000

/** Settles as `promise` does, or rejects with the signal's reason once it aborts. */
function unlessStopped<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise
  signal.throwIfAborted()
  return new Promise<T>((resolve, reject) => {
    signal.addEventListener('abort', () => reject(signal.reason), { once: true })
    promise.then(resolve, reject)
  })
}

export function useImportReading(onRead: (item: ImportPreparation) => void): ImportReading {
  const [progress, setProgress] = useState<ReadingProgress | null>(null)
  const [unread, setUnread] = useState<number | null>(null)
  const [addresses, setAddresses] = useState<readonly AddressProgress[]>([])
  const queue = useRef<Queued[]>([])
  const totals = useRef<Totals>({ ...EMPTY })
  /** The input being read: how much of it is done, and its size. */
  const current = useRef({ fraction: 0, size: 0 })
  const controller = useRef<AbortController | null>(null)
  /** The tickets of the page fetches asked for and not yet answered. */
  const fetchTickets = useRef(new Set<string>())
  const deliver = useRef(onRead)
  useEffect(() => {
    deliver.current = onRead
  })

  const show = useCallback((fraction: number, size: number): void => {
    current.current = { fraction, size }
    const t = totals.current
    setProgress({ current: t.done + 1, total: t.total, pages: t.pages, fraction: Math.min(1, (t.doneSize + fraction * size) / Math.max(1, t.totalSize)) })
  }, [])

  const run = useCallback(async (): Promise<void> => {
    if (controller.current) return
    const session = new AbortController()
    controller.current = session
    try {
      for (let next = queue.current.shift(); next !== undefined; next = queue.current.shift()) {
        const { size } = next
        show(0, size)
        let item: ImportPreparation
        try {
          item = await next.read({ signal: session.signal, onProgress: (fraction) => show(fraction, size) })
        } catch (error) {
          if (session.signal.aborted) return
          item = { kind: 'refusal', name: next.name, reason: `It could not be read: ${error instanceof Error ? error.message : String(error)}` }
        }
        totals.current.done += 1
        totals.current.doneSize += size
        deliver.current(item)
      }
    } finally {
      if (controller.current === session) {
        controller.current = null
        totals.current = { ...EMPTY }
        setProgress(null)
      }
    }
  }, [show])

  const enqueue = useCallback(
    (items: Queued[]): void => {
      if (items.length === 0) return
      queue.current.push(...items)
      totals.current.total += items.length
      totals.current.pages += items.filter((item) => item.page).length
      totals.current.totalSize += items.reduce((sum, item) => sum + item.size, 0)
      setUnread(null)
      if (controller.current) show(current.current.fraction, current.current.size)
      else void run()
    },
    [run, show],
  )

  const readFiles = useCallback((files: readonly File[]) => enqueue(files.map((file) => ({ name: file.name, size: Math.max(1, file.size), read: (options) => prepareFile(file, options) }))), [enqueue])
  const readPasted = useCallback((text: string) => enqueue([{ name: PASTED_TEXT_NAME, size: Math.max(1, text.length), read: (options) => preparePasted(text, options) }]), [enqueue])

  const mark = useCallback((address: string, state: AddressProgress['state'] | null): void => {
    setAddresses((list) => (state === null ? list.filter((a) => a.address !== address) : list.map((a) => (a.address === address ? { address, state } : a))))
  }, [])

  const readAddresses = useCallback(
    (typed: readonly string[]): void => {
      const queued: Queued[] = []
      const fetching: AddressProgress[] = []
      typed.forEach((text, i) => {
        const checked = webAddressOf(text)
        const refuse = (reason: string): Queued => ({ name: text, size: 1, read: async () => ({ kind: 'refusal', name: text, reason }) })
        if (i >= MAX_PAGE_ADDRESSES) return queued.push(refuse(`Parallax fetches at most ${MAX_PAGE_ADDRESSES} addresses at a time: add this one once these are read.`))
        if (!checked.ok) return queued.push(refuse(checked.reason))
        const address = checked.url
        fetching.push({ address, state: 'fetching' })
        // Asked for now, all at once; read in turn. A failed call is a refusal like a failed fetch.
        // Named, so that a stop stops the fetch in the main process too.
        const ticket = crypto.randomUUID()
        fetchTickets.current.add(ticket)
        const answer: Promise<PageFetch> = client
          .fetchPage({ address, ticket })
          .then(
            (fetched) => {
              mark(address, 'fetched')
              return fetched
            },
            (error: unknown): PageFetch => ({ status: 'failed', problem: 'failed', message: describeError(error).detail }),
          )
          .finally(() => fetchTickets.current.delete(ticket))
        queued.push({
          name: address,
          size: PAGE_SIZE_GUESS,
          page: true,
          read: async (options) => {
            try {
              const fetched = await unlessStopped(answer, options.signal)
              if (fetched.status === 'failed') return { kind: 'refusal', name: address, reason: fetched.message }
              mark(address, 'reading')
              return await prepareFetched(address, fetched.page, options)
            } finally {
              mark(address, null)
            }
          },
        })
      })
      setAddresses((list) => [...list.filter((a) => !fetching.some((f) => f.address === a.address)), ...fetching])
      enqueue(queued)
    },
    [enqueue, mark],
  )

  const stop = useCallback((): void => {
    const session = controller.current
    if (!session) return
    setUnread(totals.current.total - totals.current.done)
    queue.current = []
    controller.current = null
    totals.current = { ...EMPTY }
    setProgress(null)
    setAddresses([])
    session.abort()
    const tickets = [...fetchTickets.current]
    fetchTickets.current.clear()
    // The answers are no longer wanted; the main process is asked to stop fetching them (a failure to ask changes nothing here).
    if (tickets.length > 0) void client.cancelFetches({ tickets }).catch(() => undefined)
  }, [])

  // Closing the dialog stops what it was reading. Checked a microtask later, since React's development
  // mode unmounts and mounts again at once, and that must not stop the files the dialog opened with.
  const mounted = useRef(false)
  useEffect(() => {
    mounted.current = true
    return () => {
      mounted.current = false
      queueMicrotask(() => {
        if (!mounted.current) stop()
      })
    }
  }, [stop])

  return { progress, addresses, unread, readFiles, readPasted, readAddresses, stop }
}
