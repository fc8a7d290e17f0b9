// "Carry to the newest version": an article's highlights made on an earlier version of its text, placed
// again on the newest by the main process. Those placed are answered bound to the newest version; those
// that cannot be are answered with the reason, and stay on the version they were made on.

import { z } from 'zod'
import type { CarryResult } from '../domain/highlight'
import { call, id } from './call'

export const carryCalls = {
  /** Carries every highlight of this comparison on the article that was made on an earlier version of its text. */
  carryHighlights: call(
    z.strictObject({ comparisonId: id, articleId: id }, { error: 'Expected an object of the form { comparisonId, articleId }: the comparison and the article whose highlights to carry.' }),
  ).answers<CarryResult>(),
}
