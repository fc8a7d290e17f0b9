// The header of a view: its heading (level 1), then the view's toolbar and whatever else it shows there.

import type { ReactNode } from 'react'
import './ViewHeader.css'

export function ViewHeader({ title, titleId, children }: { title: ReactNode; titleId?: string; children: ReactNode }) {
  return (
    <header className="view-header">
      <h1 id={titleId} className="view-heading">
        {title}
      </h1>
      {children}
    </header>
  )
}
