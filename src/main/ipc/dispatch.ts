// One way into the handlers: check the channel, validate the input against its schema, run the handler,
// and return a Result. Nothing thrown escapes (STYLE.md rule 4); a bad input never reaches a handler.

import type { z } from 'zod'
import { fail, ok, toErrorData, type Result } from '../../shared/domain/errors'
import { isChannel, type Channel } from '../../shared/ipc/contract'
import type { Handlers } from './handlers'
import { inputSchemas } from './schemas'

export type Dispatch = (channel: unknown, input: unknown) => Promise<Result<unknown>>

function describeIssues(channel: Channel, error: z.ZodError): string {
  const details = error.issues
    .slice(0, 3)
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ')
  return `Parallax rejected a request (${channel}) with an invalid argument: ${details}`
}

export function createDispatcher(handlers: Handlers, log: (message: string, error: unknown) => void = () => {}): Dispatch {
  return async (channel, input) => {
    if (!isChannel(channel)) return fail('invalid-argument', `Parallax has no call named ${JSON.stringify(String(channel).slice(0, 60))}.`)
    const parsed = inputSchemas[channel].safeParse(input)
    if (!parsed.success) return fail('invalid-argument', describeIssues(channel, parsed.error))
    try {
      const handler = handlers[channel] as (input: unknown) => unknown
      return ok(await handler(parsed.data))
    } catch (error) {
      const data = toErrorData(error)
      if (data.code === 'internal') log(`${channel} failed`, error)
      return { ok: false, error: data }
    }
  }
}
