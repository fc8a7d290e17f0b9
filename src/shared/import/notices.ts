// Whole lines that a page adds to every report it prints: who else contributed, how to follow the writer
// or send tips, a syndication or transcript notice, how old the article is, a placeholder left where an
// embed was, an image's "toggle caption" button with its credit. Each rule matches a line that is that
// notice and nothing more; a sentence of the report does not have these shapes.

import { CREDIT_JOINERS, isCapitalised, type LineShape } from './lineShape'
import { REASONS } from './clutterWords'

/** Why a credit line is dropped: here for "… contributed to this report.", and for "Reporting by …" (lineClutter.ts). */
export const REPORTING_CREDIT = 'reporting credit'

// "The Associated Press contributed to this report.", "Fox News' Lucas Tomlinson and Reuters contributed to this story."
const CONTRIBUTED = /^[\p{Lu}][^.!?]{1,120}? contributed (?:reporting )?to this (?:report|story|article)\.?$/u
// "Jordain Carney contributed.": the short form, a few names.
const CONTRIBUTED_SHORT = /^([\p{Lu}][\p{L}\p{M}.'’ ,-]{1,80}) contributed\.$/u
// "This article is based in part on wire service reports."
const WIRE_BASED = /^(?:this|the) (?:article|story|report) (?:is|was) based(?: in part)? on (?:wire|news agency|agency) (?:service )?reports\.?$/iu
// "Follow Kevin on Twitter", "- Follow the Ticker on Twitter: @PoliticalTicker", "Follow @politicalticker Follow @KilloughCNN"
const FOLLOW_ON = /^(?:[-–•]\s*)?follow\s+(?:@\w+|[\p{L}. ]{1,40}?\s+on\s+(?:twitter|facebook|instagram|threads|bluesky|x))\b[^.!?]*$/iu
// "Send tips to someone@example.org.", "Got a tip? Email tips@example.com"
const SEND_TIPS = /^(?:send|email|e-mail)\s+(?:(?:news |story )?tips|tips and comments)\s+to\s+\S+@\S+\.?$|^got a tip\b[^.!]{0,60}[?!]\s*(?:email|e-mail|write to|contact)\s+\S+@\S+\.?$/iu
/** A bullet or dash before a notice. */
const BULLET = /^(?:[•·▪]|-{1,2}|–|—)\s*/u
// "Content created by … is available without charge to any eligible news publisher …": a syndication notice.
const SYNDICATION = /^content created by .{3,80} is available without charge to any eligible news publisher/iu
// "This is a rush transcript. Copy may not be in its final form."
const RUSH_TRANSCRIPT = /^this is a rush transcript\b.{0,120}$/iu
// "This article is more than 3 years old": the page's note of the article's age on the day it was saved.
const AGE = /^this (?:article|story|report) is (?:more|over) than (?:\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten) (?:years?|months?|weeks?|days?) old$/iu
// "[pullquote]", "[audio-clip]": a publishing system's placeholder for something it draws in place.
const SHORTCODE = /^\[[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*\]$/u
// "Enlarge this image toggle caption Evan Vucci/AP Evan Vucci/AP": an image's buttons, then its credit twice.
const CAPTION_BUTTONS = /^(?:enlarge this image\s+)?toggle caption\s+(.*)$/iu

/** The reason a whole line is one of these notices, or null. */
export function noticeReason(shape: LineShape): string | null {
  if (shape.words > 40) return null
  const text = shape.text.replace(BULLET, '')
  if (CONTRIBUTED.test(text) || WIRE_BASED.test(text)) return REPORTING_CREDIT
  const names = shape.words <= 12 ? CONTRIBUTED_SHORT.exec(text)?.[1] : undefined
  if (names !== undefined && isCapitalised(names, CREDIT_JOINERS)) return REPORTING_CREDIT
  if (shape.words <= 12 && (FOLLOW_ON.test(text) || SEND_TIPS.test(text))) return REASONS.subscription
  if (SYNDICATION.test(text) || RUSH_TRANSCRIPT.test(text)) return REASONS.legal
  if (AGE.test(text)) return REASONS.dateLabel
  if (SHORTCODE.test(text)) return REASONS.media
  const buttons = CAPTION_BUTTONS.exec(text)
  if (buttons !== null) {
    const credit = (buttons[1] as string).trim()
    if (credit === '' || (credit.split(/\s+/u).length <= 16 && isCapitalised(credit, CREDIT_JOINERS))) return REASONS.media
  }
  return null
}
