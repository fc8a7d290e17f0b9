// A row of a view's controls, named for assistive technology (role toolbar).

import type { ReactNode } from 'react'
import './Toolbar.css'

export function Toolbar({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="toolbar" role="toolbar" aria-label={label}>
      {children}
    </div>
  )
}
