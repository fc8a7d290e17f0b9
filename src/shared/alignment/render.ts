// A readable plain-text rendering of an alignment (STYLE.md rule 6): tests compare it with a checked-in
// expectation, and the command line shows it. Documents are numbered from 1, as a person counts them.
// Each other span is shown as the base text with its differences inline: {base→other}, {+added}, {-dropped}.

import type { Alignment, PassageGroup, Span, Variant } from './types'

const quote = (text: string): string => JSON.stringify(text.replace(/\s+/g, ' '))

/** The variants of one span: those of its document that lie inside it. */
function variantsOf(group: PassageGroup, span: Span): Variant[] {
  return group.variants.filter((v) => v.doc === span.doc && v.start >= span.start && v.end <= span.end)
}

function inline(texts: readonly string[], group: PassageGroup, span: Span): string {
  const base = group.spans[0]
  if (!base) return ''
  const baseText = texts[base.doc] as string
  const variants = variantsOf(group, span).sort((x, y) => x.baseStart - y.baseStart || x.baseEnd - y.baseEnd)
  let out = ''
  let cursor = base.start
  for (const v of variants) {
    out += baseText.slice(cursor, v.baseStart)
    out += mark(v)
    cursor = Math.max(cursor, v.baseEnd)
  }
  out += baseText.slice(cursor, base.end)
  return out.replace(/\s+/g, ' ')
}

function mark(v: Variant): string {
  if (v.kind === 'insertion') return `{+${v.text}}`
  if (v.kind === 'omission') return `{-${v.base}}`
  return `{${v.base}→${v.text}}`
}

function docList(group: PassageGroup): string {
  return [...new Set(group.spans.map((s) => s.doc + 1))].join(',')
}

export function renderGroup(texts: readonly string[], group: PassageGroup, kind: 'passage' | 'phrase'): string {
  const [base, ...others] = group.spans
  if (!base) return ''
  const lines = [`${kind} ${group.id} [${docList(group)}] ${group.words} words${group.parent ? ` inside ${group.parent}` : ''}`]
  lines.push(`  [${base.doc + 1}] ${quote((texts[base.doc] as string).slice(base.start, base.end))}`)
  for (const span of others) {
    const same = variantsOf(group, span).length === 0
    const shown = same ? quote((texts[span.doc] as string).slice(span.start, span.end)) : `"${inline(texts, group, span)}"`
    lines.push(`  [${span.doc + 1}] ${shown}`)
  }
  const kinds = group.variants.map((v) => `${v.kind}@${v.doc + 1}`)
  if (kinds.length > 0) lines.push(`  variants: ${kinds.join(' ')}`)
  return lines.join('\n')
}

export function renderAlignment(texts: readonly string[], alignment: Alignment): string {
  const blocks = [
    ...alignment.passages.map((g) => renderGroup(texts, g, 'passage')),
    ...alignment.phrases.map((g) => renderGroup(texts, g, 'phrase')),
    alignment.coverage
      .map((c) => {
        const all = c.sharedChars + c.uniqueChars
        const share = all === 0 ? 0 : Math.round((100 * c.sharedChars) / all)
        return `coverage [${c.doc + 1}] shared ${c.sharedChars} unique ${c.uniqueChars} (${share}% shared)`
      })
      .join('\n'),
  ]
  return `${blocks.join('\n\n')}\n`
}
