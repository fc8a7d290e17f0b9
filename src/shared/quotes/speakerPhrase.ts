// What a phrase beside a quotation says about who spoke, as the names are read (names.ts, nameRuns.ts) and
// before it is resolved against the rest of the report (resolve.ts).

/** Who a phrase refers to, before it is resolved against the rest of the report. */
export type SpeakerPhrase =
  | { kind: 'name'; name: string; role: string | null; gender: 'm' | 'f' | null }
  /** "he", "she"; `told`: the one spoken to ("she told Cuomo"), who is not the speaker. */
  | { kind: 'pronoun'; gender: 'm' | 'f' | null; told?: string }
  /** `held`: only a holder the report names ("Australia's prime minister"); `of`: a state's ("the Ohio senator"). */
  | { kind: 'role'; role: string; held?: true; of?: string }
  | { kind: 'organisation'; name: string }
  /** "they", "the three senators": the people the report last named together. */
  | { kind: 'plural' }
  /** "the statement", "a letter": whoever issued it, found where the report brought it in. */
  | { kind: 'document'; noun: string }
  /** "it said": the document the report was just speaking of, when it names one. */
  | { kind: 'it' }
  /** "the agency", "committee leaders": the body of that kind the report last named. */
  | { kind: 'body'; noun: string }
  | { kind: 'unnamed' }
