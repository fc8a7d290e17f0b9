// Composition root of the Electron main process: take the single-instance lock, register the app://
// scheme, open the library, build the services, register IPC, set the menu, open the window where it
// was last. Everything here is wiring; the work happens in the modules it imports.

import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { app, BrowserWindow, dialog, Menu, nativeImage, nativeTheme, protocol, screen, session, shell, type NativeImage } from 'electron'
import { toErrorData } from '../shared/domain/errors'
import { registerIpcHandlers } from './ipc/register'
import { createSenderCheck } from './ipc/senderCheck'
import type { ComparisonLink } from '../shared/domain/comparison'
import type { MenuCommand } from '../shared/ipc/menuCommands'
import { closeBeforeQuit } from './closeBeforeQuit'
import { openExternalSafely } from './openExternal'
import { attachContextMenu } from './contextMenu'
import { menuTemplate, sendMenuCommand, sendOpenComparison, type MenuActions } from './menu'
import { handleAppScheme, registerAppScheme } from './rendererProtocol'
import { APP_ID } from './services/appInfo'
import { createAppServices, type StartupReport } from './services/appServices'
import { createElectronDesktop } from './services/electronDesktop'
import alignmentThread from './services/alignmentThread?modulePath'
import { alignStartComparison } from './services/startComparison'
import { electronPageTransport } from './services/electronPageTransport'
import { bodyDamageNotice, startupNotice } from './startupNotice'
import { bringToFront, createMainWindow, denyAllPermissions, hardenWebContents, MAIN_WINDOW_SIZE, type MainWindowOptions, type RendererPage } from './window'
import { restoreBounds, WindowStateStore, type DisplayInfo } from './windowState'

const here = import.meta.dirname

function rendererPage(): RendererPage {
  const devServer = process.env['ELECTRON_RENDERER_URL']
  if (!app.isPackaged && devServer) return { kind: 'url', url: devServer }
  return { kind: 'app' }
}

/** The built-in sample ships inside the app (the asar when packaged), at the same path as in the repository. */
function samplesFolder(): string {
  return join(app.getAppPath(), 'resources', 'samples')
}

/** Tells the person, once the window shows, what start-up recovered or repaired; "Open folder" shows the damaged file. */
async function showStartupNotice(window: BrowserWindow, report: StartupReport): Promise<void> {
  const notice = startupNotice(report)
  if (!notice) return
  const { response } = await dialog.showMessageBox(window, notice.box)
  if (response === notice.openFolderButton && notice.reveal) shell.showItemInFolder(notice.reveal)
}

function currentDisplays(): DisplayInfo[] {
  const primaryId = screen.getPrimaryDisplay().id
  return screen.getAllDisplays().map((display) => ({ workArea: display.workArea, primary: display.id === primaryId }))
}

/** What the application menu shows besides its fixed items: the recent list, and which commands the page can do now. */
const menuState: { recent: ComparisonLink[]; available: ReadonlySet<MenuCommand> | null } = { recent: [], available: null }

/** Builds the application menu again with `change` applied. Commands go to the focused window. */
function applyMenu(change: Partial<typeof menuState>): void {
  Object.assign(menuState, change)
  const actions: MenuActions = {
    send: (command) => sendMenuCommand(BrowserWindow.getFocusedWindow(), command),
    openComparison: (id) => sendOpenComparison(BrowserWindow.getFocusedWindow(), id),
  }
  const options = { appName: app.getName(), packaged: app.isPackaged, ...menuState }
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(process.platform, actions, options)))
}

/**
 * Linux takes a window's icon from the window. Read through fs, which sees inside app.asar, since
 * loading an image by path does not.
 */
function linuxWindowIcon(): NativeImage | undefined {
  if (process.platform !== 'linux') return undefined
  try {
    return nativeImage.createFromBuffer(readFileSync(join(app.getAppPath(), 'resources', 'icon.png')))
  } catch (error) {
    console.error('Could not read the window icon', error)
    return undefined
  }
}

function startPrimaryInstance(): void {
  const windowOptions: MainWindowOptions = { preloadPath: join(here, '../preload/index.cjs'), page: rendererPage() }
  let mainWindow: BrowserWindow | null = null
  let ready = false
  const log = (message: string, error: unknown) => console.error(message, error)
  const windowState = new WindowStateStore({ folder: app.getPath('userData'), log })
  const icon = linuxWindowIcon()
  const openMainWindow = (): BrowserWindow => {
    mainWindow = createMainWindow({
      ...windowOptions,
      bounds: restoreBounds(windowState.latest, currentDisplays(), MAIN_WINDOW_SIZE),
      dark: nativeTheme.shouldUseDarkColors,
      ...(icon ? { icon } : {}),
    })
    windowState.track(mainWindow)
    attachContextMenu(mainWindow)
    return mainWindow
  }

  // Windows groups taskbar buttons and notifications by this id; the installer gives the shortcut the same one.
  if (process.platform === 'win32') app.setAppUserModelId(APP_ID)
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
      log,
      desktop: createElectronDesktop({
        preloadPath: windowOptions.preloadPath,
        page: windowOptions.page,
        parentWindow: () => BrowserWindow.getFocusedWindow(),
      }),
      pageTransport: electronPageTransport(),
      onRecentChanged: (recent) => applyMenu({ recent }),
      openLink: (url) => openExternalSafely(url),
      onMenuState: (available) => applyMenu({ available: new Set(available) }),
      // Native menus, dialogs and the page's prefers-color-scheme follow the person's choice.
      onSettingsChanged: ({ theme }) => (nativeTheme.themeSource = theme),
      alignmentThread,
    })
    nativeTheme.themeSource = services.settings.latest.theme
    // macOS shows its own About panel (the app menu's About role); it takes the version from here.
    app.setAboutPanelOptions({ applicationName: app.getName(), applicationVersion: app.getVersion(), version: '' })
    registerIpcHandlers(services.dispatch, createSenderCheck(windowOptions.page))
    closeBeforeQuit(app, async () => void (await Promise.all([services.alignments?.close(), services.library.close()])), (message, error) => console.error(message, error))
    // Not worth a failed start: a damaged file reads as no saved state.
    await windowState.load()
    applyMenu({ recent: services.recent.entries() })
    const window = openMainWindow()
    ready = true
    // While the window loads, main's thread aligns the comparison it will open on (and is warm after).
    if (services.alignments) {
      alignStartComparison(services.library.store, services.recent, services.alignments).catch((error: unknown) => console.error('Could not begin aligning the start comparison', error))
    }
    window.once('ready-to-show', () => {
      showStartupNotice(window, services.startup)
        // Then what the check of every article text in the background finds, once it has.
        .then(() => services.bodyCheck)
        .then(async (found) => {
          const box = bodyDamageNotice(found)
          if (box && !window.isDestroyed()) await dialog.showMessageBox(window, box)
        })
        .catch((error: unknown) => console.error('Could not show the start-up notice', error))
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
