// Composition root of the Electron main process: open the library, build the services, register IPC,
// open the window. Everything here is wiring; the work happens in the modules it imports.

import { join } from 'node:path'
import { app, BrowserWindow, dialog, session } from 'electron'
import { toErrorData } from '../shared/domain/errors'
import { registerIpcHandlers } from './ipc/register'
import { createSenderCheck } from './ipc/senderCheck'
import { createAppServices } from './services/appServices'
import { createElectronDesktop } from './services/electronDesktop'
import { createMainWindow, denyAllPermissions, hardenWebContents, type RendererPage } from './window'

const here = import.meta.dirname

function rendererPage(): RendererPage {
  const devServer = process.env['ELECTRON_RENDERER_URL']
  if (!app.isPackaged && devServer) return { kind: 'url', url: devServer }
  return { kind: 'file', path: join(here, '../renderer/index.html') }
}

function samplesFolder(): string {
  return app.isPackaged ? join(process.resourcesPath, 'samples') : join(app.getAppPath(), 'resources', 'samples')
}

const windowOptions = { preloadPath: join(here, '../preload/index.cjs'), page: rendererPage() }

app.enableSandbox()
app.on('web-contents-created', (_event, contents) => hardenWebContents(contents))
app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit()
})

async function start(): Promise<void> {
  denyAllPermissions(session.defaultSession)
  const services = await createAppServices({
    dataFolder: app.getPath('userData'),
    samplesFolder: samplesFolder(),
    log: (message, error) => console.error(message, error),
    desktop: createElectronDesktop({
      preloadPath: windowOptions.preloadPath,
      page: windowOptions.page,
      parentWindow: () => BrowserWindow.getFocusedWindow(),
    }),
  })
  registerIpcHandlers(services.dispatch, createSenderCheck(windowOptions.page))
  app.on('will-quit', () => void services.library.close())
  createMainWindow(windowOptions)
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow(windowOptions)
  })
}

app
  .whenReady()
  .then(start)
  .catch((error: unknown) => {
    // Opening the library failed: say so and quit without writing anything over the person's data.
    dialog.showErrorBox('Parallax could not start', toErrorData(error).message)
    app.quit()
  })
