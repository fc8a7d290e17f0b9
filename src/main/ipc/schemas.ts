// The argument schema of every contract call. Inputs come from the renderer, which shows untrusted
// article text, so every argument is checked here before any handler sees it (strict: no extra fields).

import { z } from 'zod'
import type { Channel, InputOf } from '../../shared/ipc/contract'

const noInput = z.undefined({ error: 'This call takes no argument.' })

const id = z
  .string({ error: 'The id must be a string.' })
  .min(1, 'The id must not be empty.')
  .max(128, 'The id is too long.')
  .regex(/^[\w-]+$/, 'The id may hold only letters, digits, "-" and "_".')

const idInput = z.strictObject({ id }, { error: 'Expected an object of the form { id }.' })

export const inputSchemas: { [C in Channel]: z.ZodType<InputOf<C>> } = {
  listComparisons: noInput,
  getComparison: idInput,
  listArticles: noInput,
  getArticle: idInput,
  restoreSample: noInput,
}
