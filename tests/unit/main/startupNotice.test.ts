// The words the person reads when start-up recovered or repaired the library, and which file
// "Open folder" shows: nothing when all was well.

import { describe, expect, it } from 'vitest'
import { startupNotice } from '../../../src/main/startupNotice'

const damaged = '/home/reader/.config/Parallax/library/library.json'
const movedTo = '/home/reader/.config/Parallax/library/library.damaged-2026-05-01T10-00-00.json'

describe('startupNotice', () => {
  it('says nothing when start-up found nothing to recover or repair', () => {
    expect(startupNotice({ recovered: null, repairs: [] })).toBeNull()
    expect(startupNotice(undefined)).toBeNull()
    expect(startupNotice(null)).toBeNull()
  })

  it('warns of a recovery from a backup, names the damaged file, and offers to show it', () => {
    const notice = startupNotice({
      recovered: { damagedPath: damaged, movedTo, reason: 'it is not valid JSON', restoredFrom: 'library.backup-2026-04-30.json' },
      repairs: [],
    })
    expect(notice).toEqual({
      box: {
        type: 'warning',
        title: 'Parallax',
        message: 'Your library was recovered',
        detail: [
          'The library file could not be read (it is not valid JSON).',
          'Parallax restored your library from the backup library.backup-2026-04-30.json. Changes made after that backup may be missing.',
          `The damaged file was kept, unchanged, at:\n${movedTo}`,
        ].join('\n'),
        buttons: ['Open folder', 'OK'],
        defaultId: 1,
        cancelId: 1,
        noLink: true,
      },
      reveal: movedTo,
      openFolderButton: 0,
    })
  })

  it('says so when no backup could be used', () => {
    const notice = startupNotice({ recovered: { damagedPath: damaged, movedTo, reason: 'the file holds only zero bytes', restoredFrom: null }, repairs: ['The built-in sample comparison was added again.'] })
    expect(notice?.box.detail).toContain('No usable backup was found, so Parallax started with a new, empty library.')
    expect(notice?.box.detail).toContain(`kept, unchanged, at:\n${movedTo}`)
    expect(notice?.reveal).toBe(movedTo)
  })

  it('lists repairs in an information box with no folder to open', () => {
    const notice = startupNotice({ recovered: null, repairs: ['Removed 2 highlights whose article is gone.', 'Rebuilt the search index.'] })
    expect(notice).toEqual({
      box: expect.objectContaining({
        type: 'info',
        message: 'Your library was checked and repaired',
        detail: 'Parallax checked your library as it opened and found:\n• Removed 2 highlights whose article is gone.\n• Rebuilt the search index.',
        buttons: ['OK'],
        defaultId: 0,
        cancelId: 0,
      }),
      reveal: null,
      openFolderButton: -1,
    })
  })

  it('lists at most eight repairs and counts the rest', () => {
    const repairs = Array.from({ length: 11 }, (_, i) => `Repair ${i + 1}.`)
    const detail = startupNotice({ recovered: null, repairs })?.box.detail ?? ''
    expect(detail.split('\n')).toEqual(['Parallax checked your library as it opened and found:', ...repairs.slice(0, 8).map((r) => `• ${r}`), '• and 3 more.'])
  })

  it('tells of a recovery and repairs together', () => {
    const notice = startupNotice({ recovered: { damagedPath: damaged, movedTo, reason: 'x', restoredFrom: null }, repairs: ['Rebuilt the search index.'] })
    expect(notice?.box.type).toBe('warning')
    expect(notice?.box.detail).toMatch(/at:\n.*\n\nParallax also found:\n• Rebuilt the search index\.$/)
  })
})
