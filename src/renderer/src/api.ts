// The only reader of window.api and window.menu (STYLE.md rule 2 on the renderer side). Turns each
// contract call's Result into a resolved value or a thrown ApiError, so components can await values and
// show errors.

import type { ErrorCode, Result } from '../../shared/domain/errors'
import { CHANNELS, type Api, type Channel, type InputOf, type OutputOf } from '../../shared/ipc/contract'
import type { MenuEvents } from '../../shared/ipc/menuCommands'

export class ApiError extends Error {
  override readonly name = 'ApiError'
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message)
  }
}

type Client = {
  [C in Channel]: InputOf<C> extends void ? () => Promise<OutputOf<C>> : (input: InputOf<C>) => Promise<OutputOf<C>>
}

function bridge(): Api {
  const api = (globalThis as { api?: Api }).api
  if (!api) {
    throw new ApiError('internal', 'Parallax cannot reach its main process (window.api is missing). Restart Parallax.')
  }
  return api
}

async function call(channel: Channel, input: unknown): Promise<unknown> {
  let result: Result<unknown>
  try {
    result = await (bridge()[channel] as (input: unknown) => Promise<Result<unknown>>)(input)
  } catch (error) {
    if (error instanceof ApiError) throw error
    throw new ApiError('internal', `Parallax's main process did not answer (${channel}): ${(error as Error).message}`)
  }
  if (!result.ok) throw new ApiError(result.error.code, result.error.message)
  return result.value
}

export const client = Object.fromEntries(
  CHANNELS.map((channel) => [channel, (input?: unknown) => call(channel, input)]),
) as unknown as Client

/** What the application and context menus ask of the page; null where there are no menus (a plain browser without the bridge). */
export function menuEvents(): MenuEvents | null {
  return (globalThis as { menu?: MenuEvents }).menu ?? null
}
