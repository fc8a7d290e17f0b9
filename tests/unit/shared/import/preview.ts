// How the clean-up tests show a text: every block as the import preview shows it, kept ("  text") or dropped
// ("✗ text ← reason"), so that a failure reads like a diff of the preview.

import { detectClutter, splitBlocks, type CleanUpOptions } from '../../../../src/shared/import'

export function preview(text: string, options: CleanUpOptions = {}): string {
  const blocks = splitBlocks(text)
  return detectClutter(text, options)
    .map((v) => (v.clutter ? `✗ ${blocks[v.index]?.text} ← ${v.reason}` : `  ${blocks[v.index]?.text}`))
    .join('\n')
}

/** The line between two body paragraphs, as the preview shows it. */
export const between = (line: string, body: readonly [string, string]): string => preview([body[0], '', line, '', body[1]].join('\n')).split('\n')[1] as string
