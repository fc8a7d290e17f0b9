// Runs an async request whenever its key changes (or on retry) and reports loading, value or error.
// Only the answer to the newest request shows: a slow answer for a comparison the person has already
// left is dropped, and while a new key loads the state reads 'loading', derived rather than set.

import { useCallback, useEffect, useEffectEvent, useState } from 'react'

export type RequestState<T> =
  | { status: 'loading' }
  | { status: 'done'; value: T }
  | { status: 'failed'; error: unknown }

type Settled<T> = { key: unknown; attempt: number; state: RequestState<T> }

const LOADING = { status: 'loading' } as const

export function useRequest<T>(request: () => Promise<T>, key: unknown): [RequestState<T>, () => void] {
  const [attempt, setAttempt] = useState(0)
  const [settled, setSettled] = useState<Settled<T> | null>(null)
  const load = useEffectEvent(() => request())

  useEffect(() => {
    let current = true
    load().then(
      (value) => current && setSettled({ key, attempt, state: { status: 'done', value } }),
      (error: unknown) => current && setSettled({ key, attempt, state: { status: 'failed', error } }),
    )
    return () => {
      current = false
    }
  }, [key, attempt])

  const retry = useCallback(() => setAttempt((n) => n + 1), [])
  const fresh = settled !== null && Object.is(settled.key, key) && settled.attempt === attempt
  return [fresh ? settled.state : LOADING, retry]
}
