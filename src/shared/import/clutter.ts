// Clean-up: which blocks of an article copied from a web page are page clutter rather than the report.
// The text is read in three zones around its body paragraphs (long lines that end like sentences):
// before them (where the headline and dek stand, and labels, credits, bylines), among them, and after
// them (where pages put tags, comment widgets and lists of other stories). Line rules (lineClutter.ts)
// apply everywhere; two rules read the order of lines: a heading such as "More News" after the body
// opens a list of other stories, and a run of short headline-like lines that ends the text is one.
// Prose of many words, quotations and the title are never taken (the exceptions: a copyright notice that
// says "All rights reserved", and the title repeated as the first paragraph kept, headline.ts): dropping a
// real paragraph costs more than keeping a stray label, and the preview lets a person drop what clean-up
// missed.

import { bylineNames } from './byline'
import { ASIDE_REASONS, embedReason, proseAsideReason } from './asides'
import { noticeReason } from './notices'
import { applyCleanup, splitBlocks, type TextBlock } from './blocks'
import { furnitureReason, opensOtherStories, REASONS } from './clutterWords'
import { HEADLINE_REASON, repeatsTitle } from './headline'
import { isCopyrightNotice, LINE_REASONS, lineClutterReason, type Zone } from './lineClutter'
import { isBodyParagraph, isProse, lineKey, looksLikeHeadline, shapeOf, trimEndMatching, type LineShape } from './lineShape'
import { isKeptWhole, isMarkedAside, MARKUP_REASONS, type BlockMarkup, type MarkupHint } from './markup'

export interface ClutterVerdict {
  index: number
  clutter: boolean
  /** Why, in a few words for the preview; null when the block is kept. */
  reason: string | null
}

export interface CleanUpOptions {
  /**
   * The article's title, when known: the line that matches it is kept, except where it opens the text
   * (the first block kept), which only repeats it.
   */
  title?: string | null
  /**
   * What a web page's markup says each block is (by block index), where it says anything: captions,
   * credits and other text of figures are dropped whatever their words; lines of code samples and tables
   * are kept whole, never judged by their words.
   */
  markup?: BlockMarkup
}

export interface CleanUpResult {
  text: string
  /** The blocks dropped, ascending. */
  dropped: number[]
}

const TAIL_REASON = 'after the article: a headline or link'
const otherStoriesReason = (heading: string): string => `after “${heading}”: other stories`

/**
 * Lines of one wrapped paragraph, judged together: a line continues into the next when it has no final
 * punctuation and the next, in the same paragraph, begins in lower case. Hard-wrapped text then reads
 * as paragraphs, not as a column of short headline-like lines.
 */
interface Unit {
  blocks: TextBlock[]
  shape: LineShape
  /** What the page's markup says the unit's lines are (lines marked differently are never one unit). */
  markup: MarkupHint | null
}

function unitsOf(text: string, blocks: TextBlock[], markup: BlockMarkup): Unit[] {
  const groups: TextBlock[][] = []
  const hintOf = (block: TextBlock): MarkupHint | null => markup[block.index] ?? null
  for (const block of blocks) {
    const group = groups.at(-1)
    const previous = group?.at(-1)
    const sameParagraph = previous !== undefined && !/\n[^\S\n]*\n/.test(text.slice(previous.end, block.start).replace(/\r\n?/g, '\n'))
    const sameMarkup = previous !== undefined && hintOf(previous) === hintOf(block) && !isKeptWhole(hintOf(block))
    if (group && previous && sameParagraph && sameMarkup && !/[.!?…:;"”'’)\]]$/u.test(previous.text) && /^\p{Ll}/u.test(block.text)) group.push(block)
    else groups.push([block])
  }
  return groups.map((group) => ({ blocks: group, shape: shapeOf(group.map((b) => b.text).join(' ')), markup: hintOf(group[0] as TextBlock) }))
}

/** Reasons the words give that say more than the markup's "caption" or "figure" does. */
const MORE_EXACT = new Set<string>([ASIDE_REASONS.galleryCounter, ASIDE_REASONS.mediaLink, ASIDE_REASONS.linkToStory, REASONS.media])
const CREDITS = new Set<string>([LINE_REASONS.photoCredit, LINE_REASONS.agencyCredit])

/** Why the markup drops a unit: as a credit where the markup or its words say so, or as its words say when they say more. */
function markupReason(unit: Unit, zone: Zone): string | null {
  if (!isMarkedAside(unit.markup)) return null
  const words = lineClutterReason(unit.shape, zone)
  if (words !== null && CREDITS.has(words)) return MARKUP_REASONS.credit
  if (words !== null && MORE_EXACT.has(words)) return words
  return MARKUP_REASONS[unit.markup]
}

const comparable = (s: string): string => lineKey(s).replace(/["“”„«»]/gu, "'")

export function detectClutter(text: string, options: CleanUpOptions = {}): ClutterVerdict[] {
  const blocks = splitBlocks(text)
  const units = unitsOf(text, blocks, options.markup ?? [])
  const shapes = units.map((u) => u.shape)
  const title = options.title ? comparable(options.title) : null
  // The title is kept even when a wrapped line was judged with it (the unit holds more than the title).
  const holdsTitle = (unit: Unit): boolean => title !== null && title !== '' && (comparable(unit.shape.text) === title || unit.blocks.some((b) => comparable(b.text) === title))
  const prose = (s: LineShape): boolean => isProse(s) && !isCopyrightNotice(s) && proseAsideReason(s) === null && embedReason(s) === null && noticeReason(s) === null
  const kept = units.map((unit) => isKeptWhole(unit.markup) || (!isMarkedAside(unit.markup) && (prose(unit.shape) || holdsTitle(unit))))
  // Only the report's own paragraphs mark where its body begins and ends: not a caption, code or a table.
  const isBody = (i: number): boolean => units[i]?.markup === null && isBodyParagraph(shapes[i] as LineShape) && !isCopyrightNotice(shapes[i] as LineShape)
  const firstBody = shapes.findIndex((_, i) => isBody(i))
  const lastBody = shapes.findLastIndex((_, i) => isBody(i))
  const zoneOf = (i: number): Zone => (firstBody < 0 ? 'none' : i < firstBody ? 'head' : i > lastBody ? 'tail' : 'body')

  const reasons: (string | null)[] = units.map((unit, i) => markupReason(unit, zoneOf(i)) ?? (kept[i] ? null : lineClutterReason(unit.shape, zoneOf(i))))
  markTagLists(shapes, kept, reasons)
  if (firstBody >= 0) {
    markAffiliatedByline(shapes, kept, reasons, firstBody)
    markOtherStories(shapes, kept, reasons, firstBody)
    markTrailingRun(shapes, kept, reasons, lastBody)
  }

  const verdicts: ClutterVerdict[] = []
  units.forEach((unit, i) => {
    const reason = reasons[i] ?? null
    for (const block of unit.blocks) verdicts.push({ index: block.index, clutter: reason !== null, reason })
  })
  // The headline again at the top goes (each time a page printed it again), so long as some text is kept after it.
  for (;;) {
    const [opening, next] = verdicts.filter((v) => !v.clutter)
    if (!opening || !next || !repeatsTitle(blocks[opening.index]?.text ?? '', options.title)) break
    Object.assign(opening, { clutter: true, reason: HEADLINE_REASON })
  }
  return verdicts
}

/** The block that repeats the title as the first paragraph of the text, when there is one (headline.ts). */
export function repeatedHeadline(text: string, title: string | null | undefined): TextBlock | null {
  const opening = detectClutter(text, { title }).find((v) => v.reason === HEADLINE_REASON)
  return opening === undefined ? null : (splitBlocks(text)[opening.index] ?? null)
}

/** An outlet's name in capitals alone on its line ("USA TODAY"): a writer's affiliation. */
const AFFILIATION = /^\p{Lu}[\p{Lu}\p{N}&.'’ -]{1,40}$/u

/** Before the body, a writer's name on its line and the outlet they write for on the next ("Gregory Korte",
 *  "USA TODAY") are the byline, with no "By" before it. */
function markAffiliatedByline(shapes: LineShape[], kept: boolean[], reasons: (string | null)[], firstBody: number): void {
  for (let i = 0; i + 1 < firstBody; i++) {
    const outlet = shapes[i + 1] as LineShape
    if (kept[i] || kept[i + 1] || reasons[i] !== null || outlet.words > 4 || !AFFILIATION.test(outlet.text) || bylineNames((shapes[i] as LineShape).text) === null) continue
    reasons[i] = LINE_REASONS.byline
    reasons[i + 1] = LINE_REASONS.byline
  }
}

/** The line after a "Tags" or "Topics" label is the list of tags, when it reads like one. */
function markTagLists(shapes: LineShape[], kept: boolean[], reasons: (string | null)[]): void {
  shapes.forEach((shape, i) => {
    const next = shapes[i + 1]
    if (next === undefined || kept[i + 1] || reasons[i + 1] !== null) return
    if (reasons[i] === REASONS.tags && furnitureReason(shape.key) === REASONS.tags && !next.endsSentence && next.words <= 30) reasons[i + 1] = REASONS.tags
  })
}

/**
 * After a heading such as "More News" or "Most popular" below the body, what follows is other stories,
 * except body paragraphs. When a body paragraph is followed by another line of prose, the report has
 * resumed (the heading was a box inside it), and the list is over.
 */
function markOtherStories(shapes: LineShape[], kept: boolean[], reasons: (string | null)[], firstBody: number): void {
  let heading: string | null = null
  for (let i = firstBody + 1; i < shapes.length; i++) {
    const shape = shapes[i] as LineShape
    if (!kept[i] && opensOtherStories(shape.key)) {
      heading = trimEndMatching(shape.text, /[\s:»›|→]/u)
      reasons[i] ??= REASONS.otherStories
      continue
    }
    if (heading === null) continue
    if (isBodyParagraph(shape)) {
      if (shapes[i + 1]?.endsSentence) heading = null
      continue
    }
    if (!kept[i]) reasons[i] ??= otherStoriesReason(heading)
  }
}

/**
 * Pages end with links: other stories' headlines, names, a site's name. Read back from the end, lines
 * that are clutter or look like headlines are taken, up to the last line of prose. A line ending in a
 * colon that is not a known label ("The agenda includes:") introduces what follows as a list, so the
 * run is the report's own and is kept.
 */
function markTrailingRun(shapes: LineShape[], kept: boolean[], reasons: (string | null)[], lastBody: number): void {
  const run: number[] = []
  for (let i = shapes.length - 1; i > lastBody; i--) {
    const shape = shapes[i] as LineShape
    if (reasons[i] !== null) continue
    if (kept[i]) break
    if (/[:：]$/u.test(shape.text)) return
    if (!looksLikeHeadline(shape)) break
    run.push(i)
  }
  for (const i of run) reasons[i] = TAIL_REASON
}

/** The text with its clutter dropped, and which blocks were dropped. */
export function cleanUp(text: string, options: CleanUpOptions = {}): CleanUpResult {
  const dropped = detectClutter(text, options)
    .filter((v) => v.clutter)
    .map((v) => v.index)
  return { text: applyCleanup(text, dropped), dropped }
}
