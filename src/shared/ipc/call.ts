// How a call is declared: the schema its argument must pass and the type of its answer, side by side, so
// the argument's type is inferred from the schema and the two cannot drift. Also the argument schemas that
// many calls share. Inputs come from the renderer, which shows untrusted article text: every schema is
// strict (no extra fields) and says in words what is wrong.

import { z } from 'zod'
import { ID_CHARACTERS, MAX_ID_LENGTH } from './ids'

/** Carries the type of a call's answer; never present at run time. */
declare const answer: unique symbol

/** One call: the schema its argument must pass, and (as a type only) what it answers. */
export interface CallDeclaration<Input extends z.ZodType = z.ZodType, Output = unknown> {
  readonly input: Input
  readonly [answer]?: Output
}

/** Declares a call taking an argument that passes `input`; `.answers<T>()` names what it answers. */
export function call<Input extends z.ZodType>(input: Input): { answers: <Output>() => CallDeclaration<Input, Output> } {
  return { answers: () => ({ input }) }
}

export type AnswerOf<D> = D extends CallDeclaration<z.ZodType, infer Output> ? Output : never

export const noInput = z.undefined({ error: 'This call takes no argument.' })

export const id = z
  .string({ error: 'The id must be a string.' })
  .min(1, 'The id must not be empty.')
  .max(MAX_ID_LENGTH, 'The id is too long.')
  .regex(ID_CHARACTERS, 'The id may hold only letters, digits, "-" and "_".')

export const idInput = z.strictObject({ id }, { error: 'Expected an object of the form { id }.' })
