// Articles fetched from web addresses: the limits a fetch keeps to, and the check of what a person typed
// before anything is asked of the network. The same check runs in the import dialog (so a mistyped address
// is named at once) and in the main process (which trusts nothing the page sends).

import { MAX_IMPORT_BATCH, MAX_IMPORT_BYTES, MAX_URL_LENGTH } from './article'

/** How many redirects one address may take before Parallax gives up on it. */
export const MAX_PAGE_REDIRECTS = 5
/** The most of a page Parallax reads: the size of the largest file it imports. */
export const MAX_PAGE_BYTES = MAX_IMPORT_BYTES
/** How long a site may take to start answering (each hop of a redirect chain). */
export const PAGE_CONNECT_TIMEOUT_MS = 20_000
/** How long a whole fetch may take, redirects and reading the page included. */
export const PAGE_READ_TIMEOUT_MS = 60_000
/** How many addresses one paste or drop may bring: as many articles as one import takes. */
export const MAX_PAGE_ADDRESSES = MAX_IMPORT_BATCH

/**
 * The WHATWG URL parser, which every place Parallax runs has (Node, Chromium, workers), though the ES2023
 * types shared/ compiles against do not declare it: declared here with the little this file uses.
 */
declare const URL: new (input: string) => ParsedUrl
interface ParsedUrl {
  readonly href: string
  readonly hostname: string
  readonly username: string
  readonly password: string
}

export type WebAddressCheck = { ok: true; url: string } | { ok: false; reason: string }

const refuse = (reason: string): WebAddressCheck => ({ ok: false, reason })

/**
 * A scheme at the start ("https:", "file:", "javascript:"), but not a host and port ("example.com:8080",
 * "localhost:3000/story"): what follows a scheme's colon is not a port number.
 */
const SCHEME = /^([a-z][a-z\d+.-]*):(?!\d+(?:[/?#]|$))/i

/**
 * What the person typed as a web address to fetch: trimmed, given https:// when it has no scheme, and
 * checked to be http or https with a host and no user name or password. Pure.
 */
export function webAddressOf(typed: string): WebAddressCheck {
  const text = typed.trim()
  if (text === '') return refuse('No address was given.')
  if (text.length > MAX_URL_LENGTH) return refuse(`The address is too long: Parallax fetches addresses of at most ${MAX_URL_LENGTH.toLocaleString('en')} characters.`)
  const scheme = SCHEME.exec(text)?.[1]?.toLowerCase()
  if (scheme !== undefined && scheme !== 'http' && scheme !== 'https') {
    return refuse(`Parallax fetches only web addresses (http:// or https://), not “${scheme}:” addresses. To import a file, choose it with Choose files… or drop it here.`)
  }
  let url: ParsedUrl
  try {
    url = new URL(scheme === undefined ? `https://${text}` : text)
  } catch {
    return refuse('This is not a web address Parallax can read. Check it for typing mistakes.')
  }
  if (url.hostname === '') return refuse('This address names no site. Check it for typing mistakes.')
  if (url.username !== '' || url.password !== '') return refuse('Parallax does not fetch addresses that carry a user name or password.')
  if (url.href.length > MAX_URL_LENGTH) return refuse(`The address is too long: Parallax fetches addresses of at most ${MAX_URL_LENGTH.toLocaleString('en')} characters.`)
  return { ok: true, url: url.href }
}

/** The addresses in pasted or dropped text: separated by line breaks or spaces, each once, in order. */
export function addressesIn(text: string): string[] {
  return [...new Set(text.split(/\s+/).filter((word) => word !== ''))]
}
