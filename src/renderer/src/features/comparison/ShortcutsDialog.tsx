// The keyboard shortcuts of the comparison view, in one list: reading (passages and columns), selecting and
// annotating (from the annotations feature), variants, and the application's own shortcuts (from the table
// the menus use, so both always agree). Opened by ?, by Help › Keyboard Shortcuts, or from the toolbar.

import { ACCELERATORS, type ShortcutCommand } from '../../../../shared/ipc/menuCommands'
import { modKey } from '../../ui/keyboard'
import { DialogButtons, ModalDialog } from '../../ui/ModalDialog'
import { SELECTION_KEYS } from '../annotations'
import './ShortcutsDialog.css'

interface Shortcut {
  keys: string[]
  does: string
}

const READING: Shortcut[] = [
  { keys: ['N'], does: 'Next shared passage in the focused column (also ])' },
  { keys: ['P'], does: 'Previous shared passage (also [)' },
  { keys: ['←'], does: 'The column to the left (→ to the right)' },
  { keys: ['Esc'], does: 'Let go of the chosen passage' },
]

const ANNOTATING: Shortcut[] = [
  ...SELECTION_KEYS,
  { keys: ['1–6'], does: 'Highlight the selection in one of the six colours' },
  { keys: ['N'], does: 'Highlight the selection and write a note' },
  { keys: ['Esc'], does: 'Close the highlight toolbar' },
]

const VARIANTS: Shortcut[] = [
  { keys: ['V'], does: 'Explain the difference at the caret, in the selection or in the focused passage' },
  { keys: ['V'], does: 'Again, in the explanation: the next difference' },
  { keys: ['Esc'], does: 'Close the explanation; the focus goes back where it was' },
]

const APP_COMMANDS: [ShortcutCommand, string][] = [
  ['find', 'Find in the reports'],
  ['findNext', 'Next match'],
  ['findPrevious', 'Previous match'],
  ['exportPdf', 'Export as PDF'],
  ['import', 'Import reports'],
  ['togglePassagesPanel', 'Show or hide the passages and notes panel'],
  ['toggleLibrary', 'Show or hide the library'],
  ['openSettings', 'Settings'],
]

/** An accelerator as this platform writes it: CmdOrCtrl+Shift+G as Ctrl, Shift, G. */
function keysOf(accelerator: string): string[] {
  return accelerator.split('+').map((part) => (part === 'CmdOrCtrl' ? modKey() : part))
}

const APP: Shortcut[] = [
  ...APP_COMMANDS.map(([command, does]) => ({ keys: keysOf(ACCELERATORS[command]), does })),
  { keys: [modKey(), 'Z'], does: 'Undo the last change to a highlight' },
  { keys: ['?'], does: 'This list' },
]

function Group({ id, title, shortcuts }: { id: string; title: string; shortcuts: Shortcut[] }) {
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      <dl className="shortcuts-list">
        {shortcuts.map(({ keys, does }) => (
          <div key={`${keys.join('+')} ${does}`}>
            <dt>
              {keys.map((key, i) => (
                <span key={key}>
                  {i > 0 && '+'}
                  <kbd>{key}</kbd>
                </span>
              ))}
            </dt>
            <dd>{does}</dd>
          </div>
        ))}
      </dl>
    </section>
  )
}

export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  return (
    <ModalDialog labelledBy="shortcuts-title" wide className="shortcuts-dialog" onClose={onClose}>
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      <div className="shortcuts-groups">
        <Group id="shortcuts-reading" title="Reading" shortcuts={READING} />
        <Group id="shortcuts-annotating" title="Selecting and highlighting" shortcuts={ANNOTATING} />
        <Group id="shortcuts-variants" title="Differences between reports" shortcuts={VARIANTS} />
        <Group id="shortcuts-app" title="Everywhere" shortcuts={APP} />
      </div>
      <p className="shortcuts-caret">With caret browsing on, ↑, ↓, Home and End move a caret through the text (with Shift, they select), and these keys act where the caret is.</p>
      <DialogButtons>
        <button type="button" className="primary" onClick={onClose} autoFocus>
          Close
        </button>
      </DialogButtons>
    </ModalDialog>
  )
}
