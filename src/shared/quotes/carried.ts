// More ways a quotation with no attribution of its own takes one from what is around it, besides the
// quotation right beside it (attribution.ts): the turns of a dialogue, the other quotations of its sentence,
// and a paragraph after it that says whose words they were.
//
// Questions and answers told as a dialogue: a question with its asker, the answer with its speaker, then
// paragraphs that are each only a quotation, in turn a question and an answer, with no name beside them:
//
//   “Have you ever tried a jury trial?” Kennedy asked.
//   “I have not,” Petersen said.
//   “Civil?”
//   “No.”
//   “State or federal court?”
//   “I have not.”
//
// The turns go back and forth between the two. Only a run that does so throughout, each question followed by
// a paragraph that is none, is read this way; anything else is left to the other rules.

import { readSpeakerPhrase } from './names'
import { resolve, type Context } from './resolve'

/** A paragraph that is one quotation and nothing else. */
const WHOLE_QUOTATION = /^["“][^"“”\n]+["”]$/
const isQuestion = (paragraph: string): boolean => /\?\s*["”]$/.test(paragraph)

/** The previous paragraph's [start, end) before `start`, blank lines passed over; null at the report's start. */
function paragraphBefore(text: string, start: number): [number, number] | null {
  let end = start - 1
  while (end > 0 && text[end - 1] === '\n') end--
  if (end <= 0) return null
  return [text.lastIndexOf('\n', end - 1) + 1, end]
}

/** The next paragraph's [start, end) after `end`, blank lines passed over; null at the report's end. */
function paragraphAfter(text: string, end: number): [number, number] | null {
  let start = end
  while (start < text.length && text[start] === '\n') start++
  if (start >= text.length) return null
  const next = text.indexOf('\n', start)
  return [start, next < 0 ? text.length : next]
}

/** The speaker the paragraph's quotation is attributed to, and whether it asks. */
export type TurnAt = (start: number, end: number) => { speaker: string; question: boolean } | null

/** TurnAt over a report's quotations and the speakers their own attributions name (null where none does). */
export function turnsOf(text: string, spans: readonly { start: number; end: number }[], speakers: readonly (string | null | undefined)[]): TurnAt {
  return (start, end) => {
    for (let i = spans.length - 1; i >= 0; i--) {
      const span = spans[i] as { start: number; end: number }
      const speaker = speakers[i]
      if (span.start >= end || span.start < start || !speaker) continue
      return { speaker, question: /\?\s*["”]?$/.test(text.slice(span.start, span.end)) }
    }
    return null
  }
}

/** How many paragraphs of turns are read at most, each way. */
const MAX_TURNS = 12

/**
 * The speaker of the paragraph at `start` (ending at `end`) when it is a turn of such a dialogue: the asker's
 * for a question, the one who answered for an answer; null when it is not one.
 */
export function dialogueTurn(text: string, start: number, end: number, attributed: TurnAt, same: (a: string, b: string) => boolean): string | null {
  const whole = (range: [number, number]): boolean => WHOLE_QUOTATION.test(text.slice(range[0], range[1]).trim())
  if (!whole([start, end])) return null
  const run: Array<[number, number]> = [[start, end]]
  for (let before = paragraphBefore(text, start); before && whole(before) && run.length < MAX_TURNS; before = paragraphBefore(text, before[0])) run.unshift(before)
  const at = run.length - 1
  for (let after = paragraphAfter(text, end); after && whole(after) && run.length < at + 1 + MAX_TURNS; after = paragraphAfter(text, after[1])) run.push(after)
  if (run.length < 2) return null
  // Before the run, the answer, and before it, the question.
  const answerAt = paragraphBefore(text, (run[0] as [number, number])[0])
  const questionAt = answerAt && paragraphBefore(text, answerAt[0])
  const answer = answerAt && attributed(answerAt[0], answerAt[1])
  const question = questionAt && attributed(questionAt[0], questionAt[1])
  if (!answer || !question || answer.question || !question.question || same(question.speaker, answer.speaker)) return null
  // Question, answer, question, answer …: the run's first turn is a question.
  if (!run.every((range, i) => isQuestion(text.slice(range[0], range[1]).trim()) === (i % 2 === 0))) return null
  return at % 2 === 0 ? question.speaker : answer.speaker
}

// Quotations in one sentence: a few quoted words with no attribution beside them are the words of whoever the
// sentence gives another of its quotations to, however many come between.

/** Where a sentence ends between two quotations: a stop, then a capital; or a paragraph's end. */
const SENTENCE_BREAK = /[.!?][”"’)]*\s+[“"‘(]?\p{Lu}|\n/u

/**
 * The speaker of the nearest quotation in the same sentence as quotation `index` that has an attribution of
 * its own, looking back first, then ahead, past quotations that have none; null when there is none.
 */
export function sameSentenceSpeaker(text: string, spans: readonly { start: number; end: number }[], found: readonly ({ speaker: string | null; headline?: boolean } | null)[], index: number): string | null {
  for (const step of [-1, 1]) {
    for (let i = index + step; i >= 0 && i < spans.length; i += step) {
      const [a, b] = step < 0 ? [spans[i], spans[i + 1]] : [spans[i - 1], spans[i]]
      // With the last character of the one and the first of the other: a stop or a capital inside the marks counts.
      if (SENTENCE_BREAK.test(text.slice((a as { end: number }).end - 1, (b as { start: number }).start + 1))) break
      const own = found[i]
      if (own) {
        if (own.speaker && !own.headline) return own.speaker
        break
      }
    }
  }
  return null
}

/** A paragraph that opens by saying whose the words before it were: "That's what President Obama said …". */
const TOLD_AFTER = /^(?:That(?:'s|’s| is| was)|Those (?:are|were)|So)\s+(?:what|how)\s+([^,.;:\n]{2,80}?)\s+(?:said|says|told|put it|wrote|writes|declared|described it)\b/

/** Who said the quotation at `at` that is the whole paragraph ending at `paragraphEnd`, when the paragraph after
 *  it opens by saying so (and the words that name them); or null. */
export function toldAfter(context: Context, at: number, paragraphEnd: number): { speaker: string; named: string } | null {
  const { text } = context
  if (paragraphEnd < 0) return null
  let next = paragraphEnd
  while (next < text.length && /\s/.test(text[next] as string)) next++
  const named = TOLD_AFTER.exec(text.slice(next, next + 200))?.[1]
  const speaker = named === undefined ? null : resolve(readSpeakerPhrase(named, context.lexicon), at, context)
  return speaker && named !== undefined ? { speaker, named } : null
}
