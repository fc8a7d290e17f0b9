// Rules that tell clutter from a single line: page furniture, links to other stories, credits,
// copyright and tracking leftovers. Each matches a narrow shape that a sentence of a report does not
// have (whole-line phrases, capitalised names around an agency, a label before a colon), because
// dropping a real paragraph is worse than keeping a stray label. Rules that depend on where the
// line stands (before the body, after it) take the zone.

import { asideReason, embedReason, proseAsideReason } from './asides'
import { readByline, bylineNames } from './byline'
import { counterOrFollowReason, furnitureReason, furnitureRunReason, REASONS, SECTION_NAMES } from './clutterWords'
import { noticeReason, REPORTING_CREDIT } from './notices'
import { isDateLine } from './dates'
import { CREDIT_JOINERS, isCapitalised, isColonLabel, lineKey, MAX_HEADLINE_WORDS, type LineShape } from './lineShape'

/** Furniture is short; the shape rules never need to look at a longer line (and so stay linear). */
const MAX_FURNITURE_LENGTH = 400

/** Where a line stands: before the first body paragraph, among them, after the last, or in a text with none. */
export type Zone = 'head' | 'body' | 'tail' | 'none'

export const LINE_REASONS = {
  noWords: 'no words',
  linkToStory: 'a link to another story',
  photoCredit: 'photo credit',
  agencyCredit: 'news agency credit',
  copyright: 'copyright notice',
  reportingCredit: REPORTING_CREDIT,
  script: 'script or tracking leftover',
  byline: 'byline',
  bylineLabel: 'a byline label without a name',
  dateLine: 'a date line',
  label: 'a label',
  relativeTime: 'a time stamp',
} as const

// "Updated 5 minutes ago", "Published: 2 hrs ago", "Last updated just now": a time counted back from the
// moment the page was served, which changes on every visit and is never a sentence of the report.
const RELATIVE_TIME = new RegExp(
  String.raw`^(?:(?:last\s+)?(?:updated|published|posted|modified|edited|added)\s*:?\s*)?` +
    String.raw`(?:(?:about|over|almost|nearly|less than|more than)\s+)?(?:\d{1,3}|an?|one|a few|few|several)\s+` +
    String.raw`(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mos?|months?|y|yrs?|years?)\s+ago\.?$` +
    String.raw`|^(?:(?:last\s+)?(?:updated|published|posted|modified|edited)\s*:?\s*)(?:just now|moments? ago|a moment ago|now)\.?$`,
  'iu',
)

// "RELATED: Feds Probe ..." — labels that introduce a link to another story. The first group is clear in
// any case; the second only in capitals ("WATCH: ..."), since "Watch: the talks ..." could open prose.
// Kickers that open headlines ("OPINION:", "ANALYSIS:", "BREAKING:") are not among them.
const LINK_LABEL_ANY_CASE = /^(?:related(?: (?:story|stories|article|articles|content|coverage|link|links|news|video|reading))?|read more|read also|also read|see also|don't miss|do not miss|click here|recommended|must read|more from [\p{L} ]{1,30})$/iu
const LINK_LABEL_CAPITALS = /^(?:MORE|READ|WATCH|LISTEN|VIDEO|PHOTOS?|GALLERY|SLIDESHOW|TRENDING|SPONSORED)$/u
const LABEL_SPLIT = /^([^:»›|]{1,40}?)\s*[:»›|]\s*(\S.*)$/u

/** "RELATED: ...", "Tags: Syria, Russia", "Share: Facebook Twitter": a label and what it labels. */
function labelledLineReason(shape: LineShape): string | null {
  const match = LABEL_SPLIT.exec(shape.text)
  if (match === null) return null
  const label = (match[1] as string).replace(/[‘’]/gu, "'")
  const rest = match[2] as string
  const restShape = { endsSentence: /[.!?…]["'”’)\]]*$/u.test(rest), words: rest.split(/\s+/).length }
  if (LINK_LABEL_CAPITALS.test(label) || LINK_LABEL_ANY_CASE.test(label)) {
    const capitals = label === label.toUpperCase()
    if (restShape.words <= MAX_HEADLINE_WORDS && (capitals || !restShape.endsSentence)) return LINE_REASONS.linkToStory
    return null
  }
  const reason = furnitureReason(lineKey(label))
  if ((reason === REASONS.tags || reason === REASONS.sharing) && !restShape.endsSentence && restShape.words <= 30) return reason
  return null
}

const CREDIT_PREFIX = /^(?:photo(?:graph)?s?|image|picture|pic|credit|photo credit|image credit|picture credit|image source|illustration|graphic|video|source|foto|bild)\s*(?::|,|by\b)\s*(.+)$/iu
// "Credit Harry Campbell" (no colon), "Image copyright Getty Images": a label word and the credited names.
// Banks and services named "Credit ..." are not credits.
const CREDIT_WORD = /^(?:Credit|CREDIT|(?:Image|Picture|Photo) copyright|(?:IMAGE|PICTURE|PHOTO) COPYRIGHT)\s+(?!Suisse\b|Agricole\b|Karma\b|Union\b|Card\b|Score\b)(\p{Lu}.*)$/u
const AGENCY = /(?:^|[^\p{L}])(?:Getty(?: Images)?|AFP|AP|AP Photo|Associated Press|Reuters|REUTERS|EPA(?:-EFE)?|EFE|Shutterstock|Alamy|Bloomberg|ANSA|Xinhua|dpa|DPA|Sputnik|TASS|RIA Novosti|Kyodo|Yonhap|Anadolu|PA Images|PA Wire|PA Media|SIPA|Sipa|Corbis|Newscom|ZUMA(?: Press| Wire)?|Abaca|IMAGO|Imago|NurPhoto|Pool|POOL|Handout|HANDOUT|iStock(?:photo)?|Unsplash|Wikimedia Commons|Courtesy)(?![\p{L}])/u
const NAME_SLASH_NAME = /\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,3}\s*\/\s*\p{Lu}/u
const MAX_CREDIT_WORDS = 14

/**
 * "Mladen Antonov / AFP - Getty Images", "(AP Photo/Evan Vucci)", "Photograph: Maxim Shemetov/Reuters" are
 * photo credits; "Associated Press" alone credits the agency for the story.
 */
function creditReason(shape: LineShape): string | null {
  if (shape.words > MAX_CREDIT_WORDS) return null
  const text = shape.text.replace(/^[([]\s*|\s*[)\]]\.?$/gu, '').replace(/\.$/, '')
  const prefixed = CREDIT_PREFIX.exec(text)
  if (prefixed !== null) return isCapitalised(prefixed[1] as string, CREDIT_JOINERS) ? LINE_REASONS.photoCredit : null
  const worded = CREDIT_WORD.exec(text)
  if (worded !== null) return isCapitalised(worded[1] as string, CREDIT_JOINERS) ? LINE_REASONS.photoCredit : null
  if (!isCapitalised(text, CREDIT_JOINERS)) return null
  if (NAME_SLASH_NAME.test(text)) return LINE_REASONS.photoCredit
  if (!AGENCY.test(text)) return null
  // An agency with a separator or "via" is a credit; alone, a few words at most (not "Reuters Poll Shows ...").
  if (/[/|,–—©]|\s-\s|\bvia\b/u.test(text)) return LINE_REASONS.photoCredit
  return shape.words <= 3 ? LINE_REASONS.agencyCredit : null
}

const COPYRIGHT_MARK = /^(?:©|\(c\)|copyright\s*(?:©|\(c\))?\s*\d{4})/iu

function isCopyright(shape: LineShape): boolean {
  if (shape.words > 30) return false
  return /all rights reserved/i.test(shape.text) || COPYRIGHT_MARK.test(shape.text)
}

/**
 * "Copyright 2013 The Associated Press. All rights reserved. This material may not be published ...":
 * a notice that opens with the mark and reserves the rights is boilerplate however long it runs, so
 * it is the one kind of prose clean-up may take.
 */
export function isCopyrightNotice(shape: LineShape): boolean {
  return shape.words <= 60 && shape.text.length <= 2 * MAX_FURNITURE_LENGTH && COPYRIGHT_MARK.test(shape.text) && /all rights reserved/i.test(shape.text)
}

const CREDIT_ROLE = /^(?:(?:additional|extra)\s+)?(?:reporting|writing|editing|edited|compiled|produced|written|graphics|research|design|photography)(?:\s+and\s+(?:reporting|writing|editing))?\s+by\s+(.+)$/iu

/** "Reporting by Steve Gutterman in Moscow; Editing by Alison Williams", often in brackets. */
function isReportingCredit(shape: LineShape): boolean {
  const text = shape.text.replace(/^[([]\s*|\s*[)\]]\.?$/gu, '').replace(/\.$/, '')
  const parts = text.split(/\s*;\s*/)
  return parts.every((part) => {
    const match = CREDIT_ROLE.exec(part)
    return match !== null && bylineNames(match[1] as string) !== null
  })
}

const SCRIPT = /^(?:<\/?(?:script|noscript|img|iframe|style|link|meta)\b|<!--|window\.\w|document\.(?:write|cookie)|var\s+_\w|_gaq\b|gtag\(|ga\(|fbq\(|_paq\b|googletag\.|dataLayer\b|\(function\s*\()/iu

/** "Home › World › Europe": three or more short items between arrows. */
function isBreadcrumb(text: string): boolean {
  const items = text.split(/\s+[›»>]\s+/u)
  return items.length >= 3 && items.every((item) => item.split(/\s+/).length <= 4 && !/[.!?]$/.test(item))
}

export function lineClutterReason(shape: LineShape, zone: Zone): string | null {
  if (shape.words === 0) return LINE_REASONS.noWords
  if (shape.words <= 8 && RELATIVE_TIME.test(shape.text.replace(/[()[\]|·•]/gu, ' ').replace(/\s+/gu, ' ').trim())) return LINE_REASONS.relativeTime
  const furniture = shape.text.length > MAX_FURNITURE_LENGTH ? null : (furnitureReason(shape.key) ?? counterOrFollowReason(shape.key) ?? furnitureRunReason(shape.key) ?? noticeReason(shape))
  if (furniture !== null) return furniture
  // A caption with its credit and a sign-up box may run longer than furniture does, a gallery far longer.
  const embed = embedReason(shape)
  if (embed !== null) return embed
  const proseAside = proseAsideReason(shape)
  if (proseAside !== null) return proseAside
  if (shape.text.length > MAX_FURNITURE_LENGTH) return null
  const labelled = labelledLineReason(shape)
  if (labelled !== null) return labelled
  // Bylines, dates and section names are furniture around an article; inside one they could be prose
  // ("By Tuesday Night") or a subheading ("Economy"), so they are only taken outside the body.
  // A byline is read before credits: "By Erin Cunningham, Reuters" names the writer, not a photographer.
  const outsideBody = zone === 'head' || zone === 'tail'
  const byline = outsideBody ? readByline(shape.text) : null
  if (byline !== null) return byline.kind === 'label' ? LINE_REASONS.bylineLabel : LINE_REASONS.byline
  const credit = creditReason(shape)
  if (credit !== null) return credit
  const aside = asideReason(shape)
  if (aside !== null) return aside
  if (isCopyright(shape)) return LINE_REASONS.copyright
  if (isReportingCredit(shape)) return LINE_REASONS.reportingCredit
  if (SCRIPT.test(shape.text)) return LINE_REASONS.script
  if (isBreadcrumb(shape.text)) return REASONS.navigation
  if (outsideBody && isDateLine(shape.text)) return LINE_REASONS.dateLine
  if (outsideBody && SECTION_NAMES.has(shape.key)) return REASONS.navigation
  // Before the body nothing is introduced yet; after it, "He said:" may open a quotation or a list.
  if (zone === 'head' && isColonLabel(shape)) return LINE_REASONS.label
  return null
}
