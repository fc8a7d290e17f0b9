// The stages alignDocuments reports through its progress callback, in order. A module of its own so that a
// progress bar can count them without loading the engine (the window's first screen aligns in a worker).

export const ALIGNMENT_STAGES = ['reading', 'matching', 'joining', 'grouping', 'comparing wording', 'measuring'] as const
export type AlignmentStage = (typeof ALIGNMENT_STAGES)[number]
