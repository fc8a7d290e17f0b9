// The Electron runtime that `npm start`, `npm run dev` and `npm run dist` need. Electron's npm package
// holds no binary: it is fetched the first time something asks for it, and electron-vite never asks (it
// reads node_modules/electron/path.txt and stops with "Electron uninstall"). This module tells whether the
// binary is there, downloads it with Electron's own downloader (@electron/get, which honours
// ELECTRON_MIRROR and the electron_config_cache folder), hands the file to Electron's own installer to
// unpack, and, when that fails, says why and what to do in words rather than a stack trace.

import { spawnSync } from 'node:child_process'
import { accessSync, constants, existsSync, readFileSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'

const require = createRequire(import.meta.url)

/** No byte for this long means the download has stalled: it is stopped and explained. */
export const STALL_MS = 45_000

/** The folder of the electron package this project installed, and its version. */
export function electronPackage() {
  const manifest = require.resolve('electron/package.json')
  return { folder: dirname(manifest), version: JSON.parse(readFileSync(manifest, 'utf8')).version }
}

/** The executable's path inside the package for this platform, as Electron's installer writes it to path.txt. */
function platformPath(platform = process.env.ELECTRON_INSTALL_PLATFORM || process.env.npm_config_platform || process.platform) {
  if (platform === 'darwin' || platform === 'mas') return 'Electron.app/Contents/MacOS/Electron'
  if (platform === 'win32') return 'electron.exe'
  return 'electron'
}

/** Whether Electron's binary for this version is unpacked and in place, by the same test as Electron's installer. */
export function isElectronInstalled({ folder, version } = electronPackage()) {
  try {
    if (readFileSync(join(folder, 'dist', 'version'), 'utf8').trim().replace(/^v/, '') !== version) return false
    if (readFileSync(join(folder, 'path.txt'), 'utf8') !== platformPath()) return false
  } catch {
    return false
  }
  return existsSync(join(folder, 'dist', platformPath()))
}

/**
 * Checks ELECTRON_EXEC_PATH, which electron-vite runs instead of the package's binary: null when it names
 * an executable file, otherwise what is wrong with it.
 */
export function checkExecPath(path) {
  let info
  try {
    info = statSync(path)
  } catch {
    return `ELECTRON_EXEC_PATH names ${path}, which does not exist. Set it to the Electron executable, or unset it to let npm download Electron.`
  }
  if (!info.isFile()) return `ELECTRON_EXEC_PATH names ${path}, which is not a file. Set it to the Electron executable itself.`
  if (process.platform !== 'win32') {
    try {
      accessSync(path, constants.X_OK)
    } catch {
      return `ELECTRON_EXEC_PATH names ${path}, which may not be run (it is not executable). Run chmod +x on it, or name another file.`
    }
  }
  return null
}

/** The first error in a chain of causes that carries a system error code (fetch hides it in `cause`). */
function rootCause(error) {
  let current = error
  for (let depth = 0; current && depth < 8; depth += 1) {
    if (typeof current.code === 'string' && current.code !== 'ERR_INVALID_STATE') return current
    current = current.cause
  }
  return error
}

/** The innermost message of a chain of causes ("fetch failed" says less than what caused it). */
function deepestMessage(error) {
  let current = error
  const messages = []
  for (let depth = 0; current && depth < 8; depth += 1) {
    if (current.message) messages.push(current.message)
    current = current.cause
  }
  return messages.length > 1 ? `${messages[0]}: ${messages.at(-1)}` : String(messages[0] ?? error)
}

/** Why a download failed, in a person's words, with the underlying reason at the end. */
export function describeDownloadFailure(error, { stallMs = STALL_MS } = {}) {
  if (error?.name === 'HTTPError' && error.response) {
    const { status, statusText, url } = error.response
    const hint = status === 404 ? ' The server does not have this version of Electron.' : ''
    return `the server answered ${status}${statusText ? ` ${statusText}` : ''} for ${url}.${hint}`
  }
  if (error?.name === 'AbortError' || error?.name === 'TimeoutError' || error?.cause?.name === 'AbortError') {
    return `the download stalled: no data arrived for ${Math.round(stallMs / 1000)} s.`
  }
  const message = String(error?.message ?? error)
  if (/checksum/i.test(message)) return `the downloaded file is damaged or not the one expected (${message}).`
  const cause = rootCause(error)
  const code = cause?.code
  const where = cause?.hostname ?? (cause?.address ? `${cause.address}${cause.port ? `:${cause.port}` : ''}` : null)
  const at = where ? ` (${where})` : ''
  switch (code) {
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `the download server's name could not be looked up${at}: there is no network, or names cannot be resolved here (${code}).`
    case 'ECONNREFUSED':
      return `the connection was refused${at} (${code}).`
    case 'ETIMEDOUT':
    case 'UND_ERR_CONNECT_TIMEOUT':
      return `the connection timed out${at} (${code}).`
    case 'ECONNRESET':
    case 'UND_ERR_SOCKET':
      return `the connection was cut off${at} (${code}).`
    case 'ENETUNREACH':
    case 'EHOSTUNREACH':
      return `the network cannot reach the download server${at} (${code}).`
    case 'SELF_SIGNED_CERT_IN_CHAIN':
    case 'UNABLE_TO_VERIFY_LEAF_SIGNATURE':
    case 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY':
    case 'DEPTH_ZERO_SELF_SIGNED_CERT':
    case 'CERT_HAS_EXPIRED':
    case 'ERR_TLS_CERT_ALTNAME_INVALID':
      return `the server's certificate was not trusted (${code}). A proxy that inspects HTTPS needs its certificate in NODE_EXTRA_CA_CERTS.`
    case 'ENOSPC':
      return `there is no space left on the disk for the download (${code}).`
    case 'EACCES':
    case 'EPERM':
      return `the download could not be written: permission denied for ${cause.path ?? 'the cache folder'} (${code}).`
    default:
      return code ? `${cause.message ?? message} (${code}).` : `${deepestMessage(error)}.`
  }
}

/** The whole message a person sees when the download failed: what, why, and what to do. */
export function downloadFailureMessage(version, reason, command = 'npm start') {
  const mirror = process.env.ELECTRON_MIRROR
  return [
    `Parallax could not download Electron ${version}, which it needs to open the app.`,
    `Why: ${reason}`,
    mirror ? `(The download was from ELECTRON_MIRROR, ${mirror}.)` : null,
    'What to do:',
    `  - Check the internet connection and run \`${command}\` again. The download (about 110 MB) happens once.`,
    '  - Behind a proxy: set HTTPS_PROXY (and NO_PROXY if needed) to the proxy\'s address and try again.',
    '  - To download from a mirror: set ELECTRON_MIRROR to the mirror\'s address for Electron releases.',
    '  - To use an Electron executable already on this machine: set ELECTRON_EXEC_PATH to its path.',
  ]
    .filter((line) => line !== null)
    .join('\n')
}

/**
 * Downloads this project's Electron into Electron's cache, stopping when no byte arrives for `stallMs`.
 * Reports progress as a fraction. Resolves to the zip's path; rejects with the downloader's error.
 */
export async function downloadElectronZip({ version, stallMs = STALL_MS, onProgress = () => {} }) {
  const get = await import(pathToFileURL(createRequire(require.resolve('electron/package.json')).resolve('@electron/get')).href)
  if (process.env.HTTPS_PROXY || process.env.https_proxy || process.env.HTTP_PROXY || process.env.http_proxy) get.initializeProxy()
  const controller = new AbortController()
  let timer
  const restartTimer = () => {
    clearTimeout(timer)
    timer = setTimeout(() => controller.abort(), stallMs)
  }
  restartTimer()
  try {
    return await get.downloadArtifact({
      version,
      artifactName: 'electron',
      platform: process.env.ELECTRON_INSTALL_PLATFORM || process.env.npm_config_platform || process.platform,
      arch: process.env.ELECTRON_INSTALL_ARCH || process.env.npm_config_arch || process.arch,
      cacheRoot: process.env.electron_config_cache,
      // The same checksums Electron's installer checks, shipped in its package.
      checksums: process.env.electron_use_remote_checksums ? undefined : require(join(electronPackage().folder, 'checksums.json')),
      downloadOptions: {
        quiet: true,
        signal: controller.signal,
        getProgressCallback: ({ percent }) => {
          restartTimer()
          onProgress(percent)
        },
      },
    })
  } finally {
    clearTimeout(timer)
  }
}

/** Unpacks the downloaded zip with Electron's own installer (it finds the file in the cache). */
export function unpackElectron({ folder } = electronPackage()) {
  const env = { ...process.env }
  if (env.HTTPS_PROXY || env.https_proxy || env.HTTP_PROXY || env.http_proxy) env.ELECTRON_GET_USE_PROXY = 'true'
  const result = spawnSync(process.execPath, [join(folder, 'install.js')], { env, encoding: 'utf8' })
  if (result.status === 0) return null
  const output = `${result.stderr ?? ''}${result.stdout ?? ''}`.trim().split('\n')[0] || `exit code ${result.status}`
  return `Electron's installer could not unpack the download: ${output}`
}

/** The path of the downloaded Electron executable, or null when it has not been downloaded. */
export function electronExecutable(electron = electronPackage()) {
  return isElectronInstalled(electron) ? join(electron.folder, 'dist', platformPath()) : null
}
