// The call that fetches a web page for import. The main process fetches (through the system's proxy
// settings), keeping to the limits in domain/webPage.ts, and sends back only the page's bytes and what its
// headers said: nothing in the page is run, and the renderer reads it as it reads an HTML file. A page that
// cannot be had is an answer too, with the reason in words, so one address never stops the others.

import { z } from 'zod'
import { MAX_URL_LENGTH } from '../domain/article'
import { MAX_PAGE_ADDRESSES } from '../domain/webPage'
import { call } from './call'

/** A page as fetched: its bytes unchanged and what the headers said of them. */
export interface FetchedPage {
  /** The address after every redirect. */
  finalUrl: string
  /** ISO 8601 date-time the page was fetched. */
  fetchedAt: string
  /** The media type without its parameters ("text/html"), or null when the site gave none. */
  contentType: string | null
  /** The charset the Content-Type header named, or null (the page's own <meta charset> is the decoder's to find). */
  charset: string | null
  bytes: Uint8Array
}

/** Why a page could not be had, for the dialog to tell apart (the message says it in words); 'gone' is a 404 or 410. */
export const PAGE_PROBLEMS = ['address', 'offline', 'host-not-found', 'refused', 'gone', 'http-status', 'redirects', 'not-a-page', 'too-large', 'too-slow', 'cancelled', 'failed'] as const
export type PageProblem = (typeof PAGE_PROBLEMS)[number]

export type PageFetch = { status: 'fetched'; page: FetchedPage } | { status: 'failed'; problem: PageProblem; message: string }

/** A name the window gives a fetch, so that it can stop it: letters, digits and dashes (a random UUID). */
const ticket = z.string({ error: 'A fetch is named by text.' }).regex(/^[A-Za-z0-9-]{1,64}$/, 'A fetch is named by 1 to 64 letters, digits or dashes.')

export const pageCalls = {
  /** Fetches one web address (http or https; https:// is assumed without a scheme) for import; `ticket` names it for cancelFetches. */
  fetchPage: call(
    z.strictObject({
      address: z
        .string({ error: 'The address must be text.' })
        .min(1, 'Give an address to fetch.')
        .max(MAX_URL_LENGTH, `The address is too long: at most ${MAX_URL_LENGTH.toLocaleString('en')} characters.`),
      ticket: ticket.optional(),
    }),
  ).answers<PageFetch>(),
  /** Stops the fetches with these tickets still running (a stopped read, a closed dialog); each answers "cancelled". */
  cancelFetches: call(z.strictObject({ tickets: z.array(ticket, { error: 'The fetches must be a list.' }).max(MAX_PAGE_ADDRESSES, `At most ${MAX_PAGE_ADDRESSES} fetches can be stopped at once.`) })).answers<{ cancelled: number }>(),
}
