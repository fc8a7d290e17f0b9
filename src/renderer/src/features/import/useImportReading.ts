// The import dialog's reading queue: files (and pasted texts) are read one at a time, each handed to the
// dialog as soon as it is a draft or a refusal, with progress over the whole queue ("3 of 5", and how much
// of all the bytes is done). Stopping ends the read under way and drops the rest; so does closing the dialog.

import { useCallback, useEffect, useRef, useState } from 'react'
import { PASTED_TEXT_NAME } from '../../../../shared/domain/article'
import { prepareFile, preparePasted, type PrepareOptions } from './prepareImport'
import type { ImportPreparation } from '../../../../reading/draft'

export interface ReadingProgress {
  /** The input being read, from 1. */
  current: number
  total: number
  /** How much of everything queued is done, from 0 to 1 (by size, so a 20 MB file counts for its size). */
  fraction: number
}

export interface ImportReading {
  /** Null when nothing is being read. */
  progress: ReadingProgress | null
  /** How many inputs the last stop left unread, until reading starts again. */
  unread: number | null
  readFiles: (files: readonly File[]) => void
  readPasted: (text: string) => void
  stop: () => void
}

interface Queued {
  name: string
  size: number
  read: (options: PrepareOptions) => Promise<ImportPreparation>
}

interface Totals {
  done: number
  total: number
  doneSize: number
  totalSize: number
}

const EMPTY: Totals = { done: 0, total: 0, doneSize: 0, totalSize: 0 }

export function useImportReading(onRead: (item: ImportPreparation) => void): ImportReading {
  const [progress, setProgress] = useState<ReadingProgress | null>(null)
  const [unread, setUnread] = useState<number | null>(null)
  const queue = useRef<Queued[]>([])
  const totals = useRef<Totals>({ ...EMPTY })
  /** The input being read: how much of it is done, and its size. */
  const current = useRef({ fraction: 0, size: 0 })
  const controller = useRef<AbortController | null>(null)
  const deliver = useRef(onRead)
  useEffect(() => {
    deliver.current = onRead
  })

  const show = useCallback((fraction: number, size: number): void => {
    current.current = { fraction, size }
    const t = totals.current
    setProgress({ current: t.done + 1, total: t.total, fraction: Math.min(1, (t.doneSize + fraction * size) / Math.max(1, t.totalSize)) })
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
      totals.current.totalSize += items.reduce((sum, item) => sum + item.size, 0)
      setUnread(null)
      if (controller.current) show(current.current.fraction, current.current.size)
      else void run()
    },
    [run, show],
  )

  const readFiles = useCallback((files: readonly File[]) => enqueue(files.map((file) => ({ name: file.name, size: Math.max(1, file.size), read: (options) => prepareFile(file, options) }))), [enqueue])
  const readPasted = useCallback((text: string) => enqueue([{ name: PASTED_TEXT_NAME, size: Math.max(1, text.length), read: (options) => preparePasted(text, options) }]), [enqueue])

  const stop = useCallback((): void => {
    const session = controller.current
    if (!session) return
    setUnread(totals.current.total - totals.current.done)
    queue.current = []
    controller.current = null
    totals.current = { ...EMPTY }
    setProgress(null)
    session.abort()
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

  return { progress, unread, readFiles, readPasted, stop }
}
