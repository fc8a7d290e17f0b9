// The side panel's tabs (Passages, Notes) as the tabs pattern has them: a tablist whose tabs each control a
// tabpanel, one Tab stop for the whole list (the chosen tab), and the arrow keys, Home and End to move
// between tabs, choosing as they go. Only the chosen tab's panel is drawn.

import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react'
import './SidePanelTabs.css'

export interface SideTab<K extends string> {
  key: K
  label: string
}

export interface SidePanelTabsProps<K extends string> {
  label: string
  tabs: readonly SideTab<K>[]
  current: K
  onChoose: (key: K) => void
  /** The chosen tab's panel. */
  children: ReactNode
}

export function SidePanelTabs<K extends string>({ label, tabs, current, onChoose, children }: SidePanelTabsProps<K>) {
  const base = useId()
  const buttons = useRef<(HTMLButtonElement | null)[]>([])
  const at = Math.max(0, tabs.findIndex((tab) => tab.key === current))

  const move = (event: KeyboardEvent<HTMLDivElement>): void => {
    const last = tabs.length - 1
    const next = { ArrowRight: at === last ? 0 : at + 1, ArrowLeft: at === 0 ? last : at - 1, Home: 0, End: last }[event.key]
    if (next === undefined) return
    event.preventDefault()
    onChoose((tabs[next] as SideTab<K>).key)
    buttons.current[next]?.focus()
  }

  return (
    <>
      <div className="side-tabs" role="tablist" aria-label={label} onKeyDown={move}>
        {tabs.map((tab, i) => (
          <button
            key={tab.key}
            ref={(element) => {
              buttons.current[i] = element
            }}
            type="button"
            role="tab"
            id={`${base}-tab-${tab.key}`}
            aria-controls={`${base}-panel-${tab.key}`}
            aria-selected={i === at}
            tabIndex={i === at ? 0 : -1}
            onClick={() => onChoose(tab.key)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div className="side-tabpanel" role="tabpanel" id={`${base}-panel-${current}`} aria-labelledby={`${base}-tab-${current}`}>
        {children}
      </div>
    </>
  )
}
