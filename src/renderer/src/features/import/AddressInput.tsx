// The import dialog's web addresses: one or several pasted or typed (a line each, or separated by spaces),
// fetched with Enter or the button, and where each stands until its page is in the preview (fetching,
// waiting its turn, being read). A failed address shows in the preview with its reason, like a refused file.

import { useState } from 'react'
import { addressesIn } from '../../../../shared/domain/webPage'
import { DialogHint } from '../../ui/ModalDialog'
import type { AddressProgress } from './useImportReading'
import './AddressInput.css'

const STATES: Record<AddressProgress['state'], string> = {
  fetching: 'Fetching…',
  fetched: 'Fetched; waiting to be read',
  reading: 'Reading…',
}

export interface AddressInputProps {
  /** The addresses still on their way, to show where each stands. */
  progress: readonly AddressProgress[]
  onFetch: (addresses: string[]) => void
}

export function AddressInput({ progress, onFetch }: AddressInputProps) {
  const [text, setText] = useState('')
  const submit = (): void => {
    const addresses = addressesIn(text)
    if (addresses.length === 0) return
    onFetch(addresses)
    // Focus stays here, empty, ready for more addresses.
    setText('')
  }
  return (
    <div className="import-addresses">
      <label htmlFor="import-addresses-text">Or fetch web pages by address</label>
      <div className="import-addresses-row">
        <textarea
          id="import-addresses-text"
          rows={2}
          value={text}
          spellCheck={false}
          autoComplete="off"
          aria-describedby="import-addresses-hint"
          placeholder="https://… (one address a line, or several separated by spaces)"
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key !== 'Enter' || e.shiftKey || e.nativeEvent.isComposing) return
            e.preventDefault()
            submit()
          }}
        />
        <button type="button" disabled={text.trim() === ''} onClick={submit}>
          Fetch pages
        </button>
      </div>
      <div id="import-addresses-hint">
        <DialogHint>Enter fetches them (Shift+Enter starts a new line); a link dropped here is fetched too. Each page is read and cleaned up as a saved web page is.</DialogHint>
      </div>
      {progress.length > 0 && (
        <ul className="import-fetches" aria-label="Web pages on their way">
          {progress.map(({ address, state }) => (
            <li key={address} data-fetch={state}>
              <span className="import-fetch-address">{address}</span> <span className="import-fetch-state">{STATES[state]}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
