// What the person is told when the library had to be recovered or repaired at start-up: the words of
// the message box, and which file "Open folder" shows. Pure, so the wording is tested without Electron.

import type { MessageBoxOptions } from 'electron'
import type { StartupReport } from './services/appServices'

export interface StartupNotice {
  box: MessageBoxOptions
  /** The file "Open folder" reveals in the file manager (the damaged library, where it was moved). */
  reveal: string | null
  /** The index of the "Open folder" button in box.buttons, or -1 when there is none. */
  openFolderButton: number
}

const MAX_LISTED_REPAIRS = 8

/** The notice for a start-up report, or null when there is nothing to say. */
export function startupNotice(report: StartupReport | null | undefined): StartupNotice | null {
  if (!report || (!report.recovered && report.repairs.length === 0)) return null
  const lines: string[] = []
  const { recovered } = report
  if (recovered) {
    lines.push(`The library file could not be read (${recovered.reason}).`)
    lines.push(
      recovered.restoredFrom
        ? `Parallax restored your library from the backup ${recovered.restoredFrom}. Changes made after that backup may be missing.`
        : 'No usable backup was found, so Parallax started with a new, empty library.',
    )
    lines.push(`The damaged file was kept, unchanged, at:\n${recovered.movedTo}`)
  }
  if (report.repairs.length > 0) {
    // Repairs say in words what was found and what was done about it (or why it was left).
    if (lines.length > 0) lines.push('')
    lines.push(recovered ? 'Parallax also found:' : 'Parallax checked your library as it opened and found:')
    for (const repair of report.repairs.slice(0, MAX_LISTED_REPAIRS)) lines.push(`• ${repair}`)
    const more = report.repairs.length - MAX_LISTED_REPAIRS
    if (more > 0) lines.push(`• and ${more} more.`)
  }
  const buttons = recovered ? ['Open folder', 'OK'] : ['OK']
  return {
    box: {
      type: recovered ? 'warning' : 'info',
      title: 'Parallax',
      message: recovered ? 'Your library was recovered' : 'Your library was checked and repaired',
      detail: lines.join('\n'),
      buttons,
      defaultId: buttons.length - 1,
      cancelId: buttons.length - 1,
      noLink: true,
    },
    reveal: recovered ? recovered.movedTo : null,
    openFolderButton: recovered ? 0 : -1,
  }
}

/**
 * The notice for article texts the check in the background found missing, changed or unreadable on disk
 * (it runs after the window opens), or null when it found none. Importing such an article again restores
 * its text file.
 */
export function bodyDamageNotice(found: readonly string[]): MessageBoxOptions | null {
  if (found.length === 0) return null
  const listed = found.slice(0, MAX_LISTED_REPAIRS).map((line) => `• ${line}`)
  const more = found.length - MAX_LISTED_REPAIRS
  if (more > 0) listed.push(`• and ${more} more.`)
  return {
    type: 'warning',
    title: 'Parallax',
    message: found.length === 1 ? 'The text of an article is damaged on disk' : `The texts of ${found.length} articles are damaged on disk`,
    detail: [...listed, '', 'Import each of these articles again (the same file or page) to restore its text. Your highlights and notes on it are kept.'].join('\n'),
    buttons: ['OK'],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  }
}
