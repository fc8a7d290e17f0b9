// About Parallax: what it is, its version, and the versions it runs on (for a bug report).

import { useRequest } from '../../ui/useRequest'
import { client } from '../../api'
import { DialogButtons, ModalDialog } from '../../ui/ModalDialog'
import './AboutDialog.css'
import { ErrorMessage } from '../../ui/ErrorMessage'

export function AboutDialog({ onClose }: { onClose: () => void }) {
  const [info, retry] = useRequest(() => client.appInfo(), 'about')
  const runtime =
    info.status === 'done'
      ? [info.value.electron && `Electron ${info.value.electron}`, info.value.chrome && `Chromium ${info.value.chrome}`, `Node ${info.value.node}`].filter(Boolean).join(' · ')
      : ''
  return (
    <ModalDialog labelledBy="about-title" className="about-dialog" onClose={onClose}>
      <h2 id="about-title">{info.status === 'done' ? `About ${info.value.name}` : 'About Parallax'}</h2>
      {info.status === 'failed' && <ErrorMessage error={info.error} onRetry={retry} />}
      {info.status === 'done' && (
        <>
          <p className="about-version">Version {info.value.version}</p>
          <p>A reader for comparing how several news outlets report the same event: shared passages aligned side by side, wording differences marked, highlights and notes, and PDF export.</p>
          <p className="about-runtime">{runtime}</p>
        </>
      )}
      <DialogButtons>
        <button type="button" className="primary" onClick={onClose} autoFocus>
          Close
        </button>
      </DialogButtons>
    </ModalDialog>
  )
}
