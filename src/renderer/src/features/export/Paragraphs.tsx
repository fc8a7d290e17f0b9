// A report's paragraphs on paper, drawn by the comparison's PassageText (tints, variant marks, highlights,
// note markers): the columns and the appendix print text the same way.

import { PassageText, type ComparisonViewModel, type drawnHighlights, type Segment } from '../comparison'

export function Paragraphs({ text, paragraphs, model, passages, numbers }: { text: string; paragraphs: Segment[][]; model: ComparisonViewModel; passages: ReturnType<typeof drawnHighlights>['passages']; numbers?: ReadonlyMap<string, number> }) {
  return (
    <>
      {paragraphs.map((segments) => (
        <p key={segments[0]?.start ?? 0} className="print-paragraph">
          <PassageText text={text} segments={segments} passageById={model.passageById} passageHighlights={passages} noteNumbers={numbers} />
        </p>
      ))}
    </>
  )
}
