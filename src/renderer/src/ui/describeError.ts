// Turns any error the renderer meets into words a person can act on: a short heading and the detail.

import type { ErrorCode } from '../../../shared/domain/errors'
import { ApiError } from '../api'

export interface ErrorDescription {
  heading: string
  detail: string
  /** Whether trying the same thing again may help (a passing storage or internal fault), or not (a missing item). */
  retryable: boolean
}

const HEADINGS: Record<ErrorCode, string> = {
  'invalid-argument': 'Parallax could not do that',
  'not-found': 'Not found',
  storage: 'Your library could not be read or saved',
  forbidden: 'Request refused',
  internal: 'Something went wrong',
}

const RETRYABLE: ReadonlySet<ErrorCode> = new Set(['storage', 'internal'])

export function describeError(error: unknown): ErrorDescription {
  if (error instanceof ApiError) {
    return { heading: HEADINGS[error.code], detail: error.message, retryable: RETRYABLE.has(error.code) }
  }
  const detail = error instanceof Error ? error.message : String(error)
  return { heading: HEADINGS.internal, detail: `Parallax met an unexpected problem: ${detail}`, retryable: true }
}
