// What About shows: the app's name and version (from package.json, bundled at build time) and the
// versions of what it runs on, read from the running process.

import { productName, version } from '../../../package.json'
import type { AppInfo } from '../../shared/ipc/contract'

/** The app's id: electron-builder.yml's appId (a test keeps the two equal), and Windows' AppUserModelID. */
export const APP_ID = 'app.parallax.reader'

export function appInfo(): AppInfo {
  return {
    name: productName,
    version,
    electron: process.versions['electron'] ?? null,
    chrome: process.versions['chrome'] ?? null,
    node: process.versions.node,
  }
}
