// Asks before deleting an article, naming what the delete touches: its highlights, and the comparisons it
// is part of (those left with fewer than two reports go too). The delete can be undone afterwards.

import type { ArticleUsage } from '../../../../shared/ipc/contract'
import { DialogButtons, DialogHint, ModalDialog } from '../../ui/ModalDialog'
import './DeleteArticleDialog.css'

export function DeleteArticleDialog({ usage, onConfirm, onCancel }: { usage: ArticleUsage; onConfirm: () => void; onCancel: () => void }) {
  const { article, highlights, comparisons } = usage
  return (
    <ModalDialog labelledBy="delete-title" className="delete-article-dialog" onClose={onCancel}>
      <h2 id="delete-title">Delete “{article.title}”?</h2>
      <ul className="delete-effects">
        <li>{highlights === 0 ? 'It has no highlights or notes.' : `Its ${highlights} ${highlights === 1 ? 'highlight' : 'highlights'} and their notes will be deleted.`}</li>
        {comparisons.length === 0 ? (
          <li>It is not part of any comparison.</li>
        ) : (
          comparisons.map((c) => (
            <li key={c.id}>
              {c.reports <= 2 ? `The comparison “${c.title}” will be deleted: it would have only one report left.` : `It will leave the comparison “${c.title}” (${c.reports - 1} reports remain).`}
            </li>
          ))
        )}
      </ul>
      <DialogHint>You can undo this right after.</DialogHint>
      <DialogButtons>
        <button type="button" onClick={onCancel} autoFocus>
          Cancel
        </button>
        <button type="button" className="danger" onClick={onConfirm}>
          Delete
        </button>
      </DialogButtons>
    </ModalDialog>
  )
}
