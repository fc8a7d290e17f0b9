// The only file that touches ipcMain (STYLE.md rule 2). Each contract channel gets one handler that
// refuses foreign senders and extra arguments, then hands the input to the dispatcher.

import { ipcMain, type IpcMainInvokeEvent } from 'electron'
import { fail } from '../../shared/domain/errors'
import { CHANNELS } from '../../shared/ipc/contract'
import type { Dispatch } from './dispatch'
import type { SenderFrame } from './senderCheck'

export function registerIpcHandlers(dispatch: Dispatch, isTrustedSender: (frame: SenderFrame | null) => boolean): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, async (event: IpcMainInvokeEvent, ...args: unknown[]) => {
      if (!isTrustedSender(event.senderFrame)) {
        return fail('forbidden', 'This request did not come from Parallax and was refused.')
      }
      if (args.length > 1) return fail('invalid-argument', `Parallax rejected a request (${channel}): it takes at most one argument.`)
      return dispatch(channel, args[0])
    })
  }
}
