// What an id that crosses between the processes may look like. No schema library here: the preload
// checks ids the main process pushes with these, and it is bundled without one.

/** The longest id that may cross between the processes. */
export const MAX_ID_LENGTH = 128

/** What an id may be made of: letters, digits, '-' and '_' (so it is safe in a path, a URL and a selector). */
export const ID_CHARACTERS = /^[\w-]+$/

/** Whether `value` is an id of the form every call takes. */
export function isWellFormedId(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_ID_LENGTH && ID_CHARACTERS.test(value)
}
