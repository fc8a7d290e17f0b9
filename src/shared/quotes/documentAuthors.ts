// Who issued a document a quotation comes from ("the statement said", "it stated", "the letter reads"): the
// subject of the sentence that brought it in, its owner, or who it was filed by, as the report says before.

import { sentenceEnd, sentenceStart } from './clauses'
import { speakerBefore } from './clausesBefore'
import { readOpeningSubject, readSpeakerPhrase } from './names'
import { DOCUMENTS } from './nameWords'
import { paragraphWindow, PRONOUN_REACH, resolve, type Context } from './resolve'

/** Verbs for bringing out a document: "the NSA released a statement", "Paul, Cruz and Lee wrote a letter",
 *  "MacGregor would not confirm talks, but did issue a statement". */
const ISSUES = /\b(?:released|issued|issue|issues|sent|wrote|posted|tweeted|published|signed|put out|said in|says in)\b/i

/** Where the verb that brought out the document at `nounAt` in `sentence` ends: one just before it ("wrote a
 *  memo", "issued a joint statement") or in a clause right after it ("the memo that Rosenstein wrote"); not a
 *  verb with some other object later in the sentence ("… in an open letter after Trump tweeted"). */
function issuingVerb(sentence: string, nounAt: number, nounLength: number): number | null {
  ISSUES_ALL.lastIndex = 0
  for (let m = ISSUES_ALL.exec(sentence); m; m = ISSUES_ALL.exec(sentence)) {
    const end = m.index + m[0].length
    if (end <= nounAt && sentence.slice(end, nounAt).trim().split(/\s+/).length <= 3) return end
    if (m.index >= nounAt + nounLength && /^\w*\s+(?:that|which)\s+(?:\S+\s+){1,3}$/.test(sentence.slice(nounAt + nounLength, m.index))) return end
  }
  return null
}
const ISSUES_ALL = new RegExp(ISSUES.source, 'gi')

/** Who issued the statement (letter, memo…) a quotation comes from: the subject of the sentence that brought
 *  it in ("The NSA also released a statement saying…", "In a statement, Smith said"), or its owner ("Smith's
 *  letter"). With no noun ("it said"), the last document of any kind. */
export function documentAuthor(noun: string | null, at: number, context: Context): string | null {
  // The paragraphs just before first; a report that brought the document in further back ("The lawsuit, filed
  // by …" in its opening, "it stated" pages later) names its author there.
  const from = paragraphWindow(context.text, at, PRONOUN_REACH)
  const near = authorFrom(noun, from, at, context)
  if (near) return near
  // Further back, the same document: for "it", the one last named ("The senators’ lawsuit cited … “…,” it
  // stated"). Not a statement, a post or the like: a report quotes many, each brought in where it is quoted.
  const kinds = noun === null ? [...context.text.slice(from, at).matchAll(ANY_DOCUMENT)].map((m) => m[0].toLowerCase().replace(/s$/, '')) : [noun]
  const last = kinds.filter((kind) => !MANY.has(kind)).at(-1)
  return last === undefined ? null : authorFrom(last, 0, from, context, at)
}

/** Documents a report may quote several of, each brought in beside its words. */
const MANY = new Set(['statement', 'release', 'tweet', 'post', 'email', 'note'])

/** Who issued the document a quotation at `at` comes from, as the report says between `from` and `to`. */
function authorFrom(noun: string | null, from: number, to: number, context: Context, at = to): string | null {
  const { text } = context
  const window = text.slice(from, to)
  const nounAt = noun === null ? ANY_DOCUMENT : new RegExp(`\\b${noun}s?\\b`, 'gi')
  nounAt.lastIndex = 0
  const places: Array<{ at: number; length: number }> = []
  // Not a document the quoted words speak of ("“I cannot emphasize enough how deeply I disagree with Mr. Trump’s
  // statement”"): the one the report brought in.
  for (let m = nounAt.exec(window); m; m = nounAt.exec(window)) if (!context.quoted?.(from + m.index)) places.push({ at: from + m.index, length: m[0].length })
  // The nearest mention that says whose it is; one that only calls it "the memo" ("The memo, which remains
  // redacted, said") passes to the mention before it.
  for (const [k, { at: last, length }] of places.reverse().entries()) {
    const start = sentenceStart(text, from, last)
    const sentence = text.slice(start, sentenceEnd(text, last, at))
    const owner = /(\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*)*)['’]s\s+(?:\w+\s+)?$/u.exec(text.slice(start, last))
    if (owner?.[1]) return resolve(readSpeakerPhrase(owner[1], context.lexicon), at, context)
    // "The lawsuit, filed by Senators A, B and C,": who filed it, named after "by".
    const by = FILED_BY.exec(text.slice(last + length, sentenceEnd(text, last, to)))
    if (by?.[1]) {
      const author = readSpeakerPhrase(by[1], context.lexicon)
      if (author.kind === 'name' || author.kind === 'organisation') return resolve(author, at, context)
    }
    const issued = issuingVerb(sentence, last - start, length)
    if (issued === null) {
      // "In a statement Monday confirming Lerner’s retirement, the IRS sought to …": a sentence that opens
      // with the document, whose subject after the opening phrase issued it. For "it", only the document
      // named last: one named before it is another ("In a joint statement, …" and then "The letter says …").
      if ((noun === null && k > 0) || !IN_A_DOCUMENT.test(text.slice(start, last))) continue
      const comma = sentence.indexOf(',', last - start)
      const subject = comma < 0 ? null : readOpeningSubject(sentence.slice(comma + 1), context.lexicon)
      if (subject && (subject.kind === 'name' || subject.kind === 'organisation')) return resolve(subject, at, context)
      continue
    }
    // Who brought it out is named outside the quotation the sentence may open with ("…,” the family wrote in a statement).
    const quoted = Math.max(sentence.lastIndexOf('”', issued), sentence.lastIndexOf('"', issued)) + 1
    const found = speakerBefore(sentence.slice(quoted, issued), context.lexicon) ?? null
    const phrase = found?.phrase ?? readOpeningSubject(sentence.slice(quoted), context.lexicon)
    return phrase.kind === 'document' ? null : resolve(phrase, at, context)
  }
  return null
}

/** A document's author given after it: "The lawsuit, filed by Senators A, B and Senator C, asks", "a letter
 *  signed by the committee's chairman"; the names run to a comma before a word in lower case, or the clause's end. */
const FILED_BY = /^,?\s+(?:which\s+was\s+|that\s+was\s+)?(?:filed|brought|written|signed|sent|authored|released)\s+(?:\w+\s+)?by\s+(.+?)(?:,\s+(?=\p{Ll})|[,;.]?$|[;:]|(?<!\b\p{Lu})\.\s)/u

/** The words of a sentence's opening before a document brought in as where something was said: "In a statement", "In its letter". */
const IN_A_DOCUMENT = /^\s*(?:But\s+|And\s+)?[Ii]n\s+(?:a|an|its|his|her|their|the)\s+(?:[\p{Ll}-]+\s+)?$/u

/** Any word for a document (DOCUMENTS), singular or plural. */
const ANY_DOCUMENT = new RegExp(`\\b(?:${[...DOCUMENTS].join('|')})s?\\b`, 'gi')
