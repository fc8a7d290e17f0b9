// Rules for whole lines that go with a picture or promote something else, read from the text alone (a page's
// markup, where it has it, says more: markup.ts): a caption that ends with its photo credit, a gallery's
// counter, a bracketed link to another story, a link to a map or a video, "Powered by …", a newsletter
// sign-up box. Each rule takes a line only when the whole line is that and nothing else, so a paragraph
// of the report that merely mentions a newsletter or opens with "Related:" in prose is kept.

import { MARKUP_REASONS } from './markup'
import type { LineShape } from './lineShape'

export const ASIDE_REASONS = {
  caption: MARKUP_REASONS.caption,
  galleryCounter: 'a gallery counter',
  mediaLink: 'a link to a map, graphic or video',
  linkToStory: 'a link to another story',
  promotion: 'a promotion',
  newsletter: 'a newsletter sign-up',
  videoPlayer: "a video player's labels",
  gallery: 'a photo gallery',
} as const

/** Long enough for a wire caption with its credit; a longer line is never one of these. */
const MAX_ASIDE_LENGTH = 1200

// "... the Russian space agency said. (Oleg Urusov/Roscosmos photo via AP)", "... on Monday. (AP Photo/Evan
// Vucci)": wire captions end with the photo's credit in brackets; a sentence of a report does not. The
// bracket must name a photo and credit it (a slash, "via" or "by"), so "(Reuters/Ipsos)" after a poll stays.
const CREDIT_IN_BRACKETS = /\(([^()]{3,120})\)\.?$/u
const NAMES_A_PHOTO = /\b(?:photo|photos|photograph|photographer|pool|getty images)\b/iu
const CREDITS_SOMEONE = /\/|\bvia\b|\bby\b/iu

/** BBC-style "Image caption The president said ...": a caption copied with its label. */
const CAPTION_LABEL = /^(?:image|picture|photo|media) caption\s+\S/iu
// "Clockwise from top: ...", "Pictured: ...", "From left: ...", "Above, the skull ...; right, a bullet ...":
// where in a picture each thing is, which only a caption says. "Above all, ..." opens prose, so a bare
// "Above," counts only with a second place after a semicolon.
const WHERE_IN_PICTURE = /^(?:clockwise from (?:top|left|right|bottom)(?: left| right)?\b|(?:pictured|from left|from right|left to right|l-r)\s*[:,]\s)/iu
const PLACES = '(?:above|below|left|right|top|bottom|centre|center|inset)'
const TWO_PLACES = new RegExp(`^${PLACES},\\s[^;]+;\\s*${PLACES},\\s`, 'iu')

// "Sign up for Command Line, a paid weekly newsletter ...", "Subscribe to our newsletter and get ...":
// an imperative to sign up that names what is sent. Reports say "subscribers" or "signed up", not this.
const SIGN_UP = /^(?:sign up|signup|subscribe|register|join|get)\b[^.!?]{0,80}\b(?:newsletters?|inbox|briefing|e-?mails? alerts?|daily digest)\b/iu
const MAX_SIGN_UP_WORDS = 45
// "Daily politics news delivered to your inbox: sign up for our newsletter", "Want the briefing in your inbox
// every day? Sign up here.": a pitch, then the imperative after its colon or question mark.
const SIGN_UP_AFTER_PITCH = /[:?!]\s+(?:sign up|subscribe)\b(?:\s+(?:here|now|today)|[^.!?]{0,60}\b(?:newsletters?|inbox|briefing)\b)[^.!?]{0,40}[.!]?\**$/iu

// A page's lead picture copied as one line: its caption, a bar, the photo's credit and often the headline
// it links to ("Obama began his address with a tribute to the slain ambassador. | REUTERS At U.N., Obama
// defends free speech", "… | M.Scott Mahaskey/POLITICO Miller defiant as GOP attacks"); or a link to
// another story, its headline, a bar and its writer ("… subvert the truth | Andrew Brown Read more").
// A report's sentences have no bar between their words.
const BAR = ' | '
const CREDIT_AFTER_BAR = /^(?:(?:REUTERS|AP|AFP|EPA|UPI|Getty Images|AP Photos?|Photo courtesy of)(?![\p{L}])|\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,3}\s*(?:\/|\sfor\s)\s*\p{Lu})/u
const WRITER_READ_MORE = /^\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,3}\s+Read more$/u
const MAX_AFTER_BAR_WORDS = 20

function barredReason(text: string): string | null {
  const at = text.lastIndexOf(BAR)
  if (at < 0) return null
  const before = text.slice(0, at)
  const after = text.slice(at + BAR.length).trim()
  if (before.split(/\s+/u).length < 3 || after.split(/\s+/u).length > MAX_AFTER_BAR_WORDS) return null
  if (WRITER_READ_MORE.test(after)) return ASIDE_REASONS.linkToStory
  return CREDIT_AFTER_BAR.test(after) ? ASIDE_REASONS.caption : null
}

/**
 * Lines taken even though they read as prose: a caption that ends with its photo credit, a lead picture's
 * caption and credit after a bar, and a newsletter sign-up box. Null for any other line.
 */
export function proseAsideReason(shape: LineShape): string | null {
  if (shape.text.length > MAX_ASIDE_LENGTH || shape.isQuotation) return null
  if (CAPTION_LABEL.test(shape.text) || WHERE_IN_PICTURE.test(shape.text) || TWO_PLACES.test(shape.text)) return ASIDE_REASONS.caption
  // The credit alone is a credit (lineClutter.ts); a caption has words of its own before it.
  const credited = CREDIT_IN_BRACKETS.exec(shape.text)
  const bracket = credited?.[1]
  const before = credited === null ? '' : shape.text.slice(0, credited.index)
  if (bracket !== undefined && before.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length >= 3 && NAMES_A_PHOTO.test(bracket) && CREDITS_SOMEONE.test(bracket)) return ASIDE_REASONS.caption
  if (shape.words <= MAX_SIGN_UP_WORDS && (SIGN_UP.test(shape.text) || SIGN_UP_AFTER_PITCH.test(shape.text))) return ASIDE_REASONS.newsletter
  return barredReason(shape.text)
}

// "1 / 5", "3 of 12", "Photo 2 of 9": where a gallery stands; "9/11" and "24/7" have no spaces and no label.
const GALLERY_COUNTER = /^(?:(?:next|prev|previous)\s+)?(?:(?:image|photo|picture|slide)s?\s+)?(\d{1,3})(?:\s+\/\s+|\s+of\s+|\/)(\d{1,3})$/iu
// "Gallery: Xbox One X | 14 Photos": a gallery's title and size.
// "Slideshow (6 Images)": a gallery's button and its size.
const GALLERY_SIZE = /\|\s*\d{1,3}\s+(?:photos|images|pictures|slides)$|^(?:slideshow|gallery|photo gallery)\s*\(\d{1,3}\s+(?:photos|images|pictures|slides)\)$/iu

function isGalleryCounter(text: string): boolean {
  const match = GALLERY_COUNTER.exec(text)
  if (match === null) return GALLERY_SIZE.test(text)
  const [at, of] = [Number(match[1]), Number(match[2])]
  // A bare "3/4" is a fraction unless a label says it counts pictures.
  if (!/\s/u.test(text) && !/^\D/u.test(text)) return false
  return at >= 1 && at <= of
}

// "[Read: Why Tunisia ... suffers from Islamist violence]", "[Bardo museum houses amazing Roman treasures]".
const BRACKETED = /^\[\s*(?:(read|read more|related|see|see also|also read|watch|listen|more)\s*:\s*)?([^[\]]+?)\s*\]$/iu
const MAX_LINK_WORDS = 25

function isBracketedLink(shape: LineShape): boolean {
  const match = BRACKETED.exec(shape.text)
  if (match === null) return false
  const linked = match[2] as string
  const words = linked.split(/\s+/u).length
  if (match[1] !== undefined) return words <= MAX_LINK_WORDS
  // Without a label, only a headline: capitalised, a few words, no stop or colon anywhere ("[Applause]",
  // "[Editor's note: ...]", "[Updated at 10:34 p.m. ET]" stay).
  return words >= 4 && words <= MAX_LINK_WORDS && /^\p{Lu}/u.test(linked) && !/[.!?…:;]/u.test(linked)
}

// "Map: Flow of foreign fighters to Syria", "Video: Inside the museum": a link to something other than text.
// "Watch:" is left to the capitals-only rule (lineClutter.ts): "Watch: the talks ..." may open prose.
const MEDIA_LINK = /^(?:map|maps|graphic|graphics|interactive|video|videos|photos|gallery|slideshow)\s*:\s*\S/iu
const MAX_MEDIA_LINK_WORDS = 15

const POWERED_BY = /^powered by\s+\S/iu

// A video player's labels and the video's title, flattened into one line when a page is copied as text:
// "JUST WATCHED <title> Replay More Videos ... MUST WATCH <title> 03:50". It opens with the player's state
// in capitals and ends with the video's length, with a player's control between; no sentence does.
const VIDEO_PLAYER = /^(?:JUST WATCHED|NOW PLAYING|UP NEXT)\s.*\b(?:Replay|More Videos|MUST WATCH)\b.*\s\d{1,2}:\d{2}$/u
// A photo gallery flattened into one line: its captions, each followed by the button and the counter
// ("… in Kennedy's office in 2001. Hide Caption 2 of 22 Photos: …"). The words are the captions', not the report's.
const GALLERY_CAPTION_BUTTON = /\bHide Caption \d{1,3} of \d{1,3}\b/iu
/** Long enough for every caption of a large gallery. */
const MAX_EMBED_LENGTH = 60_000

/** A line that is a media player or a gallery copied with its controls, however long; null for any other. */
export function embedReason(shape: LineShape): string | null {
  if (shape.text.length > MAX_EMBED_LENGTH || shape.isQuotation) return null
  if (shape.text.length <= MAX_ASIDE_LENGTH && VIDEO_PLAYER.test(shape.text)) return ASIDE_REASONS.videoPlayer
  if (GALLERY_CAPTION_BUTTON.test(shape.text)) return ASIDE_REASONS.gallery
  return null
}

/** A short line that goes with a picture or promotes something else; null for any other line. */
export function asideReason(shape: LineShape): string | null {
  if (shape.text.length > MAX_ASIDE_LENGTH) return null
  if (isGalleryCounter(shape.text)) return ASIDE_REASONS.galleryCounter
  if (isBracketedLink(shape)) return ASIDE_REASONS.linkToStory
  if (shape.endsSentence) return null
  if (MEDIA_LINK.test(shape.text) && shape.words <= MAX_MEDIA_LINK_WORDS) return ASIDE_REASONS.mediaLink
  if (POWERED_BY.test(shape.text) && shape.words <= 8) return ASIDE_REASONS.promotion
  return null
}
