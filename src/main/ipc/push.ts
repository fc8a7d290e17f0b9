// How the main process sends the page a push (PUSHES in the contract): by the push's name, so the channel
// and the value are the ones the preload listens on and accepts.

import type { WebContents } from 'electron'
import { PUSHES, type Push, type PushValue } from '../../shared/ipc/contract'

export function sendPush<P extends Push>(contents: Pick<WebContents, 'send'>, push: P, value: PushValue<P>): void {
  contents.send(PUSHES[push].channel, value)
}
