// Where "Check for changes" lives for the whole window: the shell wraps the views in this provider, so
// the library and a comparison start checks on the same job, and the job's panel stays in a corner of the
// window while the person goes on reading. A check runs at start only when the person turned that on in
// Settings, and then only once per window.

import { createContext, useContext, useEffect, useRef, type ReactNode } from 'react'
import { client } from '../../api'
import { useVersionCheck, type VersionCheck } from './useVersionCheck'
import { VersionCheckPanel } from './VersionCheckPanel'

const VersionCheckContext = createContext<VersionCheck | null>(null)

/** The window's check for changes; outside a provider (a view shown on its own), one that never runs. */
export function useVersionChecks(): VersionCheck {
  return useContext(VersionCheckContext) ?? IDLE
}

const IDLE: VersionCheck = { job: null, changes: 0, changed: new Map(), check: () => false, cancel: () => undefined, dismiss: () => undefined }

export function VersionChecksProvider({ children }: { children: ReactNode }) {
  const checks = useVersionCheck()
  useCheckAtStart(checks.check)
  return (
    <VersionCheckContext.Provider value={checks}>
      {children}
      {checks.job && <VersionCheckPanel job={checks.job} onCancel={checks.cancel} onClose={checks.dismiss} />}
    </VersionCheckContext.Provider>
  )
}

/** Checks every fetched article once, when the window opens, if the setting says so. */
function useCheckAtStart(check: VersionCheck['check']): void {
  const asked = useRef(false)
  useEffect(() => {
    if (asked.current) return
    asked.current = true
    void (async () => {
      try {
        if (!(await client.getSettings()).checkAtStart) return
        const fetched = (await client.listArticles()).filter((a) => a.fetched)
        if (fetched.length > 0) check(fetched, 'the library (at start)')
      } catch {
        // A library that cannot be listed is reported by the views; a check at start is not worth a second message.
      }
    })()
  }, [check])
}
