// The calls on the app around the library: PDF export to a file the person chose, links opened in the
// browser, preferences, the About panel's versions, and which menu commands the page can do now.

import { z } from 'zod'
import { MAX_URL_LENGTH } from '../domain/article'
import { ORIENTATIONS, PAPERS } from '../domain/pdf'
import { MAX_AUTHOR_NAME_LENGTH, TEXT_SIZES, THEMES, isAuthorName, tidyAuthorName, type Settings } from '../domain/settings'
import { VERSION_THRESHOLDS } from '../domain/versions'
import { call, id, noInput } from './call'
import { MENU_COMMANDS } from './menuCommands'
import { printAlignment, type PrintAlignment } from './printAlignment'

const token = z.uuid({ error: 'The file token must be the one Parallax gave when the file was chosen.' })

const pdfOptions = z
  .strictObject({
    paper: z.enum(PAPERS, { error: `The paper must be one of: ${PAPERS.join(', ')}.` }),
    orientation: z.enum(ORIENTATIONS, { error: `The orientation must be one of: ${ORIENTATIONS.join(', ')}.` }),
    columns: z.boolean({ error: 'Say whether to include the columns (true or false).' }),
    appendix: z.boolean({ error: 'Say whether to include the passages appendix (true or false).' }),
    notes: z.boolean({ error: 'Say whether to include the notes (true or false).' }),
    quotes: z.boolean({ error: 'Say whether to include the quotations (true or false).' }),
  })
  .refine((o) => o.columns || o.appendix || o.notes || o.quotes, { message: 'Choose at least one part to include: the columns, the passages appendix, the notes or the quotations.' })

const settingsChange = z
  .strictObject({
    theme: z.enum(THEMES, { error: `The theme must be one of: ${THEMES.join(', ')}.` }).optional(),
    textSize: z
      .union(
        TEXT_SIZES.map((size) => z.literal(size)),
        { error: `The text size must be one of: ${TEXT_SIZES.join(', ')} (percent).` },
      )
      .optional(),
    authorName: z
      .string({ error: 'Your name must be text.' })
      .refine(isAuthorName, `Your name is too long: at most ${MAX_AUTHOR_NAME_LENGTH} characters.`)
      .transform(tidyAuthorName)
      .optional(),
    versionThreshold: z
      .union(
        VERSION_THRESHOLDS.map((words) => z.literal(words)),
        { error: `The threshold for a new version must be one of: ${VERSION_THRESHOLDS.join(', ')} (words).` },
      )
      .optional(),
    checkAtStart: z.boolean({ error: 'Say whether to check for changes at start (true or false).' }).optional(),
  })
  .refine((change) => Object.values(change).some((value) => value !== undefined), { message: 'Give at least one setting to change.' })

export interface AppInfo {
  name: string
  version: string
  /** Electron's and Chromium's versions: null when not running in Electron (the test bridge). */
  electron: string | null
  chrome: string | null
  node: string
}

export interface PdfExportResult {
  fileName: string
  pages: number
  bytes: number
  milliseconds: number
}

export const desktopCalls = {
  /** Asks where to save a comparison's PDF (a save dialog); null when the person cancels. The token stands for the chosen path. */
  choosePdfFile: call(z.strictObject({ comparisonId: id })).answers<{ token: string; fileName: string } | null>(),
  /**
   * Lays out and prints the comparison to the chosen file (written whole or not at all). `prepared`: the
   * alignment and quote ledger the open comparison already has, for the print window to use instead of
   * aligning again (used only if it was computed on the reports' texts as they are now).
   */
  exportPdf: call(z.strictObject({ comparisonId: id, token, options: pdfOptions, prepared: printAlignment.optional() })).answers<PdfExportResult>(),
  /** For the print window: the alignment handed to the export of this comparison now in progress, or null (it aligns the reports itself). */
  getPrintAlignment: call(z.strictObject({ comparisonId: id })).answers<PrintAlignment | null>(),
  /** Asks where to save the PDF of a fetched article's versions (Compare versions); as choosePdfFile. */
  chooseVersionsPdfFile: call(z.strictObject({ articleId: id })).answers<{ token: string; fileName: string } | null>(),
  /** Lays out and prints an article's versions, with the Revisions section, to the chosen file. */
  exportVersionsPdf: call(z.strictObject({ articleId: id, token, options: pdfOptions })).answers<PdfExportResult>(),
  /** Opens a PDF exported in this session in the system's viewer. */
  openExportedFile: call(z.strictObject({ token })).answers<void>(),
  /**
   * Opens a web address (http or https) in the system browser: the only way a link leaves the app. The
   * preload passes it on only while the page has a fresh user gesture (a click or a key on the link).
   */
  openLink: call(
    z.strictObject({
      url: z.string({ error: 'The address must be text.' }).max(MAX_URL_LENGTH, `The address is too long: at most ${MAX_URL_LENGTH.toLocaleString('en')} characters.`),
    }),
  ).answers<void>(),
  /** The person's preferences (theme, text size, their name for exported annotations, checks for changes). */
  getSettings: call(noInput).answers<Settings>(),
  /** Changes some preferences and returns them all; kept for the next start. */
  updateSettings: call(settingsChange).answers<Settings>(),
  /** The app's name and version, and the versions it runs on (for About). */
  appInfo: call(noInput).answers<AppInfo>(),
  /** The commands the page can do now; the application menu greys out the others. */
  setMenuState: call(
    z.strictObject({
      available: z.array(z.enum(MENU_COMMANDS, { error: 'Each command must be one of the menu commands.' })).max(MENU_COMMANDS.length, 'Too many commands.'),
    }),
  ).answers<void>(),
}
