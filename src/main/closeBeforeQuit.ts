// The app quits only once the library has closed: pending saves written, the highlight journal flushed and
// released, the backup under way finished. Electron does not wait for a promise in 'will-quit', so the first
// quit is held back (preventDefault), the library closed, and the quit asked for again.

export interface QuittingApp {
  on(event: 'will-quit', listener: (event: { preventDefault: () => void }) => void): unknown
  quit(): void
}

export function closeBeforeQuit(app: QuittingApp, close: () => Promise<void>, log: (message: string, error: unknown) => void): void {
  let state: 'open' | 'closing' | 'closed' = 'open'
  app.on('will-quit', (event) => {
    if (state === 'closed') return
    event.preventDefault()
    if (state === 'closing') return
    state = 'closing'
    close()
      .catch((error: unknown) => log('Parallax could not finish saving before it quit', error))
      .finally(() => {
        state = 'closed'
        app.quit()
      })
  })
}
