// Short messages about actions (an import that failed, a sample restored), shown in a corner and read
// out by screen readers. Errors stay until dismissed; confirmations fade after a few seconds.

import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react'
import { describeError } from './describeError'
import './Notifications.css'

interface Notice {
  id: number
  kind: 'error' | 'info'
  heading: string
  detail: string
  action?: NoticeAction | undefined
}

/** A button on a notice, such as Undo; pressing it also dismisses the notice. */
export interface NoticeAction {
  label: string
  run: () => void
}

interface Notifier {
  info: (heading: string, detail?: string, action?: NoticeAction) => void
  error: (error: unknown) => void
}

const NotifierContext = createContext<Notifier | null>(null)

const INFO_MILLISECONDS = 5000
/** A notice offering an action (Undo) stays longer, so there is time to take it. */
const ACTION_MILLISECONDS = 12000

export function NotificationsProvider({ children }: { children: ReactNode }) {
  const [notices, setNotices] = useState<Notice[]>([])
  const nextId = useRef(1)

  const dismiss = useCallback((id: number) => setNotices((list) => list.filter((n) => n.id !== id)), [])
  const push = useCallback(
    (notice: Omit<Notice, 'id'>) => {
      const id = nextId.current++
      setNotices((list) => [...list, { ...notice, id }])
      if (notice.kind === 'info') setTimeout(() => dismiss(id), notice.action ? ACTION_MILLISECONDS : INFO_MILLISECONDS)
    },
    [dismiss],
  )
  const notifier = useMemo<Notifier>(
    () => ({
      info: (heading, detail = '', action) => push({ kind: 'info', heading, detail, action }),
      error: (error) => {
        const { heading, detail } = describeError(error)
        push({ kind: 'error', heading, detail })
      },
    }),
    [push],
  )

  return (
    <NotifierContext.Provider value={notifier}>
      {children}
      <div className="notifications" aria-live="polite">
        {notices.map((notice) => (
          <div key={notice.id} className={`notice notice-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
            <div>
              <strong>{notice.heading}</strong>
              {notice.detail && <p>{notice.detail}</p>}
            </div>
            {notice.action && (
              <button
                type="button"
                className="notice-action"
                onClick={() => {
                  dismiss(notice.id)
                  notice.action?.run()
                }}
              >
                {notice.action.label}
              </button>
            )}
            <button type="button" className="notice-close" aria-label="Dismiss" onClick={() => dismiss(notice.id)}>
              ×
            </button>
          </div>
        ))}
      </div>
    </NotifierContext.Provider>
  )
}

export function useNotify(): Notifier {
  const notifier = useContext(NotifierContext)
  if (!notifier) throw new Error('useNotify must be used inside NotificationsProvider')
  return notifier
}
