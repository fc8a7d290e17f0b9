// Catches a rendering error in the part of the app it wraps, so one broken view never blanks the window.

import { Component, type ErrorInfo, type ReactNode } from 'react'
import { ErrorMessage } from '../ui/ErrorMessage'

interface Props {
  children: ReactNode
  /** When this changes (say, another comparison is opened), the boundary clears its error. */
  resetKey?: unknown
  /** Told of the error as well (the print view reports it to the printer waiting for it). */
  onError?: (error: unknown) => void
}

interface State {
  error: unknown
  resetKey: unknown
}

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, resetKey: this.props.resetKey }

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error }
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.resetKey ? { error: null, resetKey: props.resetKey } : null
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('A view failed to render', error, info.componentStack)
    this.props.onError?.(error)
  }

  override render(): ReactNode {
    if (this.state.error !== null) {
      return <ErrorMessage error={this.state.error} onRetry={() => this.setState({ error: null })} />
    }
    return this.props.children
  }
}
