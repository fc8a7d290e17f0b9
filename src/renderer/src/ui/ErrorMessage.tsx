// An error shown in place of content: what failed, in words, and a way to try again where that can help.

import { describeError } from './describeError'
import './ErrorMessage.css'

export interface ErrorMessageProps {
  error: unknown
  onRetry?: () => void
}

export function ErrorMessage({ error, onRetry }: ErrorMessageProps) {
  const { heading, detail, retryable } = describeError(error)
  return (
    <div className="error-message" role="alert">
      <h2>{heading}</h2>
      <p>{detail}</p>
      {onRetry && retryable && (
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  )
}
