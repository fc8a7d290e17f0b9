// One article checked for changes: its page fetched again by the main process (politely: one page at a
// time per site), read in the import worker exactly as an import reads it (the same reading and clean-up,
// so advertising, related-story lists and white space are gone before anything is compared), and the
// reading sent to the main process, which decides whether it is a new version. Every way it can fail is an
// outcome naming the reason; nothing is stored then.

import type { PageSource } from '../../../../shared/domain/article'
import { describeWordChanges } from '../../../../shared/domain/versions'
import { NO_ARTICLE } from '../../../../reading/page'
import { client } from '../../api'
import { describeError } from '../../ui/describeError'
import { prepareFetched } from '../import'

/** What a check needs of an article: which, what it is called, and where its page was fetched from. */
export interface CheckTarget {
  id: string
  title: string
  fetched?: PageSource | undefined
}

export type CheckOutcome = 'new-version' | 'unchanged' | 'failed' | 'cancelled'

export interface CheckResult {
  id: string
  title: string
  outcome: CheckOutcome
  /** What was found, in words: the changes counted, or why it failed. */
  detail: string
}

/** Tickets of the fetches under way, so that Cancel can stop them in the main process too. */
export type Tickets = Set<string>

const KEPT = 'The stored versions are kept as they were.'

const result = (target: CheckTarget, outcome: CheckOutcome, detail: string): CheckResult => ({ id: target.id, title: target.title, outcome, detail })

/** Checks one article; rejects only when `signal` aborts while the page is read. */
export async function checkArticle(target: CheckTarget, signal: AbortSignal, tickets: Tickets): Promise<CheckResult> {
  if (!target.fetched) return result(target, 'failed', 'It was not fetched from a web address, so there is no page to check.')
  const ticket = crypto.randomUUID()
  tickets.add(ticket)
  let answer
  try {
    answer = await client.fetchPage({ address: target.fetched.url, ticket })
  } catch (error) {
    return result(target, 'failed', `${describeError(error).detail} ${KEPT}`)
  } finally {
    tickets.delete(ticket)
  }
  if (answer.status === 'failed') {
    if (answer.problem === 'cancelled' || signal.aborted) return result(target, 'cancelled', 'Not checked: the check was cancelled.')
    if (answer.problem === 'gone') return result(target, 'failed', `The page is gone: ${answer.message} ${KEPT}`)
    return result(target, 'failed', `${answer.message} ${KEPT}`)
  }
  const reading = await prepareFetched(target.fetched.url, answer.page, { signal })
  if (reading.kind === 'refusal') {
    const reason =
      reading.reason === NO_ARTICLE
        ? 'No article was found in the page now: it may be behind a consent or sign-in wall, or replaced by another page.'
        : reading.reason
    return result(target, 'failed', `${reason} ${KEPT}`)
  }
  try {
    const found = await client.recordVersion({
      articleId: target.id,
      // A page that no longer gives a headline keeps the article's: that is no change of headline.
      title: reading.details.title.trim() || target.title,
      byline: reading.details.byline,
      extracted: reading.extracted,
      dropped: [...reading.dropped].sort((a, b) => a - b),
      ...(reading.source !== reading.extracted ? { source: reading.source } : {}),
      fetched: { url: answer.page.finalUrl, at: answer.page.fetchedAt },
    })
    const changes = describeWordChanges(found)
    if (found.status === 'new-version') return result(target, 'new-version', `${changes}.`)
    return result(target, 'unchanged', changes === '' ? 'Unchanged.' : `Unchanged: ${changes}, fewer than the threshold in Settings.`)
  } catch (error) {
    return result(target, 'failed', `${describeError(error).detail} ${KEPT}`)
  }
}
