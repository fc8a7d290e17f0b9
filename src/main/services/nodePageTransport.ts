// The page transport over Node's own fetch: what the tests and the browser test bridge fetch with. It does
// not see the system's proxy settings (Electron's transport does); otherwise it answers as that one does.

import { nodeFailure, PAGE_ACCEPT, TransportError, type PageTransport } from './pageTransport'

/** The error code Node puts on a fetch failure's cause (or on the first of several, trying each address of a host). */
function codeOf(error: unknown): string | undefined {
  const cause = (error as { cause?: { code?: unknown; errors?: { code?: unknown }[] } } | null)?.cause
  const code = cause?.code ?? cause?.errors?.[0]?.code
  return typeof code === 'string' ? code : undefined
}

export function nodePageTransport(): PageTransport {
  return {
    async get(url, signal) {
      let response: Response
      try {
        response = await fetch(url, { redirect: 'manual', signal, headers: { accept: PAGE_ACCEPT } })
      } catch (error) {
        if (signal.aborted) throw signal.reason
        const code = codeOf(error)
        throw new TransportError(nodeFailure(code), code ?? (error as Error).message, { cause: error })
      }
      const length = Number(response.headers.get('content-length') ?? Number.NaN)
      const body = response.body
      return {
        status: response.status,
        statusText: response.statusText,
        location: response.headers.get('location'),
        contentType: response.headers.get('content-type'),
        contentLength: Number.isFinite(length) ? length : null,
        body: body ?? (async function* () {})(),
        cancel: () => void body?.cancel().catch(() => undefined),
      }
    },
  }
}
