// The print view as the printer opens it (#/print/<id>?…), on the real services: it lays out the
// comparison (the quotations included) and then says so in the document title; for a comparison that cannot be printed, the
// title says why, so the printer stops waiting at once.

import { render, screen, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { DEFAULT_PDF_OPTIONS, PRINT_FAILED_PREFIX, PRINT_READY_TITLE, printHash } from '../../../../../src/shared/domain/pdf'
import { App } from '../../../../../src/renderer/src/app/App'
import { withServices } from '../../withServices'
import { listComparisons } from '../../../../../src/main/storage/comparisons'

const running = withServices()

describe('the print view', () => {
  it('lays out the sample without the app shell, in the light print colours, then says it is ready', async () => {
    const id = listComparisons(running.current.library.store)[0]?.id ?? ''
    window.location.hash = printHash(id, { ...DEFAULT_PDF_OPTIONS, paper: 'letter', appendix: true })
    document.title = 'Parallax'
    render(<App />)
    await waitFor(() => expect(document.title).toBe(PRINT_READY_TITLE))
    expect(document.querySelector('.shell')).toBeNull()
    expect(document.querySelector('.print-doc')?.className).toBe('print-doc page-letter-landscape')
    expect(document.documentElement.classList.contains('print-mode')).toBe(true)
    expect(document.documentElement.style.getPropertyValue('--print-title')).toBe('"Kerry in Moscow, May 2013"')
    expect(screen.getByRole('region', { name: 'Shared passages' })).toBeTruthy()
    // The reports are laid out before the quotations are found; the page is ready only with them.
    expect(screen.getByRole('region', { name: 'Quotations' })).toBeTruthy()
  })

  it('says in the title why a missing comparison cannot be printed', async () => {
    window.location.hash = printHash('no-such-comparison', DEFAULT_PDF_OPTIONS)
    document.title = 'Parallax'
    render(<App />)
    await waitFor(() => expect(document.title.startsWith(PRINT_FAILED_PREFIX)).toBe(true))
    expect(document.title).toContain('That comparison is not in the library')
    expect(screen.getByRole('alert').textContent).toContain('This comparison cannot be printed')
  })
})
