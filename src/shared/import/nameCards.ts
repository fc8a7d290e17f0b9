// Name cards glued into a sentence. Some pages follow a person's name with a pop-up card: the person's full
// name and links to stories about them, closed by "MORE". Copied as text, the card runs into the sentence
// with no space ("Sens. Ted Cruz Rafael (Ted) Edward CruzWarren goes local in race … MORE (Texas), Ben
// Sasse …"), which breaks the passages the report shares with others and gives quotations speakers such as
// "Cruz Rafael". The card is known by its shape: the name's last word, then up to four capitalised words
// (a nickname in brackets among them) ending in that same word, glued to the capital letter of a link
// that runs, on the same line, to "MORE". Without that closing word nothing is taken.

/** A surname, its full form repeated after it, glued to the next capital letter. */
const CARD_START = /(?<![\p{L}\p{M}])(\p{Lu}[\p{L}\p{M}'’-]+) ((?:\(?\p{Lu}[\p{L}\p{M}.'’-]*\)? ){1,4})\1(?=\p{Lu})/gu
/** The card's links are a few headlines; a card longer than this is not one. */
const MAX_CARD_LENGTH = 800
const CLOSING = 'MORE'

/** Where the card that begins its links at `from` ends (after its closing word), or -1. */
function cardEnd(text: string, from: number): number {
  const lineEnd = text.indexOf('\n', from)
  const limit = Math.min(lineEnd < 0 ? text.length : lineEnd, from + MAX_CARD_LENGTH)
  for (let at = text.indexOf(CLOSING, from); at >= 0 && at + CLOSING.length <= limit; at = text.indexOf(CLOSING, at + 1)) {
    const after = text[at + CLOSING.length]
    const before = text[at - 1]
    // The closing word alone: after a space or right after the full name, and not the start of a longer word.
    if ((at === from || before === ' ') && (after === undefined || !/[\p{L}\p{N}]/u.test(after))) return at + CLOSING.length
  }
  return -1
}

/** The text without the name cards glued into it, and how many were taken. */
export function withoutNameCards(text: string): { text: string; removed: number } {
  let out = ''
  let last = 0
  let removed = 0
  CARD_START.lastIndex = 0
  for (let match = CARD_START.exec(text); match !== null; match = CARD_START.exec(text)) {
    const fullNameAt = match.index + (match[1] as string).length + 1
    const end = cardEnd(text, match.index + match[0].length)
    if (end < 0) continue
    // The name as the sentence gives it stays; its full form and the links go.
    out += text.slice(last, fullNameAt).trimEnd()
    last = end
    removed++
    CARD_START.lastIndex = end
  }
  return removed === 0 ? { text, removed } : { text: out + text.slice(last), removed }
}
