// The verbs of speech the attribution reads, as sets of words: a report has hundreds of quotations and each
// is read word by word, which a set does faster than one large pattern. Which verbs give someone's words in
// full, which bring in a few quoted words in the speaker's own sentence, and a few kinds that only count in
// a given construction (a court's holding, going on doing something, issuing a statement).

/** Verbs that give someone's words. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(
  (
    'said says say told tells added adds asked asks stated states wrote writes write noted notes explained explains declared insisted ' +
    'insists argued argues warned warns continued tweeted posted responded replied remarked announced acknowledged admitted ' +
    'claimed countered recalled urged testified conceded complained cautioned predicted suggested contended maintained ' +
    'observed quipped joked recounted concluded emphasized emphasised stressed reiterated answered commented agreed promised ' +
    'vowed vows pledged pledges charged alleged lamented boasted demanded reads read asserted asserts contends ruled ' +
    // The present tense of a live blog or a headline: "Romney responds that “…”", "Obama recalls".
    // Not those that are nouns too ("Romney's remarks “…”", "Kerry's comments").
    'responds replies announces acknowledges admits recalls testifies concedes complains predicts maintains observes ' +
    'recounts concludes emphasizes emphasises reiterates declares ' +
    // Ways of saying that name how: "Mr. Trump pleaded with voters", "Kennedy wondered at one point", "she texted".
    'pleaded pleads begged texted rebutted retorted shouted yelled screamed exclaimed whispered interjected mused opined ' +
    'scoffed fumed groused griped marveled gushed raved thundered bellowed sighed clarified confided elaborated implored ' +
    'objected proclaimed protested reasoned reflected reminded revealed speculated surmised teased theorized underscored ' +
    'wondered confirmed disclosed informed queried inquired enquired mocked'
  ).split(' '),
)
/** Verbs that bring in a few quoted words in the middle of the speaker's own sentence. */
export const PARTIAL_VERBS: ReadonlySet<string> = new Set([
  ...SPEECH_VERBS,
  ...(
    'called calling described describes describing dubbed labeled labelled termed accused blasted slammed praised criticized ' +
    'criticised saying telling asking adding writing warning arguing insisting noting cites cited citing alleging charging tweeting ' +
    'declaring referred referring wrote writes blamed hailed touted dismissed denounced decried derided mocked questioned ' +
    'congratulated thanked ridiculed attacked calls urges tweets posts claims warns insists argues accuses blames ' +
    'labeling labelling argue claim insist warn suggest declare ' +
    // Their present tense, in a live blog or a headline: "Wedaddy … also praises those “who stepped forward”".
    'praises criticizes criticises slams blasts mocks denounces decries hails touts dismisses derides ' +
    // Giving someone's words as what something is: "He characterized the action as a “blatant display of judge shopping”".
    'characterized characterised characterizing characterising ' +
    // The participles of the verbs of speech, after the sentence's own verb: "Goodlatte threw the ball back in
    // Obama's court, saying", "Pelosi sought to deprive Trump of an argument, announcing she would hold a vote that".
    'announcing claiming accusing asserting stating explaining acknowledging vowing promising predicting suggesting urging ' +
    'complaining contending maintaining stressing emphasizing emphasising responding replying recalling admitting conceding ' +
    'lamenting boasting demanding cautioning pledging reiterating observing ' +
    // Saying again what was said before: "Trump echoed again that “if people want to get tested, they get tested”",
    // "Mr. Romney repeated a position … that he would embrace “a path to legal status”".
    'echoed echoing repeated repeating ' +
    // A paper or a reporter reporting in its own words, before them: "USA Today reports that “the federal health care
    // exchange was built using 10-year-old technology”" (not after a quotation: "…,” the Journal reported" gives
    // where someone's words were printed).
    'reports reported ' +
    // A headline's present tense: "Clinton jokes she 'never' had to tell Obama not to 'extort foreign countries'".
    'jokes quips ' +
    // Greeting what happened in one's own words: "Jared Bernstein … cheered the “nice pop on payrolls”".
    'cheered lauded welcomed ' +
    // The participles of more verbs of speech: "the spokesman also noted …, remarking that a full version was
    // always available “on another official website”".
    'remarking testifying countering commenting recounting quipping joking pleading clarifying proclaiming ' +
    'protesting underscoring speculating confiding retorting exclaiming elaborating'
  ).split(' '),
])
/** Verbs of a court's holding, before "that". */
export const HOLDINGS: ReadonlySet<string> = new Set(['held', 'holds'])
/** Someone a report or a paper quotes, before the participle: "quotes the CTU's Lewis as", "quoted Mr. Smith". */
export const QUOTED_AS = /\bquot(?:es|ed)\s+(?!by\b)([^,;:“”"]{2,60}?)\s+(?:as\s+)?$/

/** Verbs of speech that, before "to", say someone goes on doing something. */
export const CONTINUES: ReadonlySet<string> = new Set(['continued', 'continues', 'continue'])

/** Verbs of bringing out a statement, whose subject speaks in the participle after them ("issued a statement saying"). */
export const ISSUING: ReadonlySet<string> = new Set('issued released sent posted published'.split(' '))

/** Verbs of replying that take "back" ("Trump fired back", "Warren jabbed back"), as a pattern's alternatives:
 *  read before a quotation (clausesBefore.ts) and after one (clausesAfter.ts). */
export const HIT_BACK_VERBS = 'hit|hits|shot|shoots|fired|fires|snapped|snaps|pushed|pushes|jabbed|jabs|struck|strikes|lashed|lashes|punched|punches|swung|swings'
