// One way into the handlers: check the channel, validate the input against its schema, run the handler,
// and return a Result. Nothing thrown escapes (STYLE.md rule 4); a bad input never reaches a handler.

import type { z } from 'zod'
import { fail, ok, toErrorData, type Result } from '../../shared/domain/errors'
import { isChannel, type Channel } from '../../shared/ipc/contract'
import type { Handlers } from './handlers'
import { inputSchemas } from '../../shared/ipc/schemas'

export type Dispatch = (channel: unknown, input: unknown) => Promise<Result<unknown>>

function describeIssues(channel: Channel, error: z.ZodError): string {
  // One sentence per field: the first problem found with it is the one worth reading.
  const byField = new Map<string, string>()
  for (const issue of error.issues) {
    const field = issue.path.map(String).join('.')
    if (!byField.has(field)) byField.set(field, issue.message.replace(/\.$/, ''))
  }
  const details = [...byField]
    .slice(0, 3)
    .map(([field, message]) => (field ? `${field}: ${message}` : message))
    .join('; ')
  return `Parallax rejected a request (${channel}) with an invalid argument: ${details}.`
}

function describeUnknownCall(channel: unknown): string {
  try {
    return `Parallax has no call named ${JSON.stringify(String(channel).slice(0, 60))}.`
  } catch {
    // String() throws for values such as Object.create(null).
    return 'Parallax has no such call.'
  }
}

export function createDispatcher(handlers: Handlers, log: (message: string, error: unknown) => void = () => {}): Dispatch {
  return async (channel, input) => {
    if (!isChannel(channel)) return fail('invalid-argument', describeUnknownCall(channel))
    let parsed: z.ZodSafeParseResult<unknown>
    try {
      parsed = inputSchemas[channel].safeParse(input)
    } catch {
      // zod lets a throwing getter or proxy trap escape; such an argument is refused like any other bad one.
      return fail('invalid-argument', `Parallax rejected a request (${channel}) with an argument it could not read.`)
    }
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
