// Which reports of the open comparison show as columns, as the reader chooses them: the choice the
// comparison was opened with, fitted to its reports, changed at once on screen and saved by the main
// process in the background (one save at a time, the latest winning). A save that fails is told in a
// notice and the columns go back to the choice last saved. A choice that draws every report in the
// comparison's order, none pinned, is saved as no choice at all.

import { useCallback, useMemo, useRef, useState } from 'react'
import { columnsToShow, settleColumnChoice, type ColumnChoice, type ComparisonWithArticles, type ShownColumn } from '../../../../shared/domain/comparison'
import { client } from '../../api'
import { useNotify } from '../../ui/Notifications'
import { inDisplayOrder, isPlainChoice } from './columnChoiceEdits'

export interface ColumnChoiceState {
  choice: ColumnChoice
  shown: ShownColumn[]
  hidden: number[]
  change: (next: ColumnChoice) => void
}

export function useColumnChoice(comparison: ComparisonWithArticles): ColumnChoiceState {
  const { id, articleIds } = comparison
  const notify = useNotify()
  const opened = useMemo(() => inDisplayOrder(settleColumnChoice(articleIds, comparison.columns)), [articleIds, comparison.columns])
  const [choice, setChoice] = useState(opened)
  const saved = useRef(opened)
  const latest = useRef(opened)

  const change = useCallback(
    (next: ColumnChoice) => {
      if (next === latest.current) return
      latest.current = next
      setChoice(next)
      client.setColumnChoice({ comparisonId: id, columns: isPlainChoice(articleIds, next) ? null : next }).then(
        () => {
          saved.current = next
        },
        (error: unknown) => {
          notify.error(error)
          if (latest.current !== next) return
          latest.current = saved.current
          setChoice(saved.current)
        },
      )
    },
    [articleIds, id, notify],
  )

  const { shown, hidden } = useMemo(() => columnsToShow(articleIds, choice), [articleIds, choice])
  return { choice, shown, hidden, change }
}
