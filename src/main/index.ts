// Composition root of the Electron main process: take the single-instance lock, register the app://
// scheme, open the library, build the services, register IPC, open the window. Everything here is
// wiring; the work happens in the modules it imports.

import { join } from 'node:path'
import { app, BrowserWindow, dialog, protocol, session, shell } from 'electron'
import { toErrorData } from '../shared/domain/errors'
import { registerIpcHandlers } from './ipc/register'
import { createSenderCheck } from './ipc/senderCheck'
import { handleAppScheme, registerAppScheme } from './rendererProtocol'
import { createAppServices, type StartupReport } from './services/appServices'
import { createElectronDesktop } from './services/electronDesktop'
import { startupNotice } from './startupNotice'
import { bringToFront, createMainWindow, denyAllPermissions, hardenWebContents, type MainWindowOptions, type RendererPage } from './window'

const here = import.meta.dirname

function rendererPage(): RendererPage {
  const devServer = process.env['ELECTRON_RENDERER_URL']
  if (!app.isPackaged && devServer) return { kind: 'url', url: devServer }
  return { kind: 'app' }
}

function samplesFolder(): string {
  return app.isPackaged ? join(process.resourcesPath, 'samples') : join(app.getAppPath(), 'resources', 'samples')
}

/** Tells the person, once the window shows, what start-up recovered or repaired; "Open folder" shows the damaged file. */
async function showStartupNotice(window: BrowserWindow, report: StartupReport): Promise<void> {
  const notice = startupNotice(report)
  if (!notice) return
  const { response } = await dialog.showMessageBox(window, notice.box)
  if (response === notice.openFolderButton && notice.reveal) shell.showItemInFolder(notice.reveal)
}

function startPrimaryInstance(): void {
  const windowOptions: MainWindowOptions = { preloadPath: join(here, '../preload/index.cjs'), page: rendererPage() }
  let mainWindow: BrowserWindow | null = null
  let ready = false
  const openMainWindow = (): BrowserWindow => (mainWindow = createMainWindow(windowOptions))

  // Both must happen before the app is ready.
  registerAppScheme(protocol)
  app.enableSandbox()
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents))
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  // Someone started Parallax again: the running one comes to the front instead.
  app.on('second-instance', () => {
    if (mainWindow && !mainWindow.isDestroyed()) bringToFront(mainWindow)
    else if (ready) openMainWindow()
  })

  async function start(): Promise<void> {
    denyAllPermissions(session.defaultSession)
    if (windowOptions.page.kind === 'app') handleAppScheme(protocol, join(here, '../renderer'))
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
    const window = openMainWindow()
    ready = true
    window.once('ready-to-show', () => {
      showStartupNotice(window, services.startup).catch((error: unknown) => console.error('Could not show the start-up notice', error))
    })
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) openMainWindow()
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
}

// One Parallax at a time: the library file has a single owner (its write lock lives in this process).
// A second launch hands over to the first (see 'second-instance') and quits before touching anything.
if (app.requestSingleInstanceLock()) startPrimaryInstance()
else app.quit()
