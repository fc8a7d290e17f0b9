// How a print view tells the printer it is done: the page in print mode while it is open, then, once the
// document is laid out (fonts loaded, two frames drawn), the ready title, or the reason it cannot be printed
// as the failed title. Both print views (a comparison, an article's versions) end this way.

import { useEffect } from 'react'
import { PRINT_FAILED_PREFIX, PRINT_READY_TITLE } from '../../../../shared/domain/pdf'

/** Waits for fonts and two frames, so the layout the printer sees is the final one. */
export async function settled(): Promise<void> {
  // Optional: not every document implements the font loading API.
  await (document.fonts as FontFaceSet | undefined)?.ready
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
}

/** `title` is the document's (for the running header) once it is laid out, null until then. */
export function usePrintReady(failure: string | null, title: string | null): void {
  useEffect(() => {
    document.documentElement.classList.add('print-mode')
    return () => document.documentElement.classList.remove('print-mode')
  }, [])

  useEffect(() => {
    if (failure !== null) {
      document.title = `${PRINT_FAILED_PREFIX} ${failure}`
      return
    }
    if (title === null) return
    document.documentElement.style.setProperty('--print-title', JSON.stringify(title))
    let current = true
    void settled().then(() => {
      if (current) document.title = PRINT_READY_TITLE
    })
    return () => {
      current = false
    }
  }, [failure, title])
}
