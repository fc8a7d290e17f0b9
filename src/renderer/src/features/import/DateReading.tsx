// How a publication date typed or found reads to the person: the date in their locale at the clock of
// the place it was published, so a stored "2015-07-24T05:36:09+01:00" is checked at a glance. Shown under
// the Published field of the import preview and of the article editor.

import { formatPublished, parsePublished } from '../../../../shared/domain/publishedDate'

export function DateReading({ value, id }: { value: string | null; id: string }) {
  const text = value?.trim() ?? ''
  if (text === '') return null
  const reads = parsePublished(text) !== null
  return (
    <small id={id} className="date-reading">
      {reads ? formatPublished(text) : 'Kept as written: not a date such as 2015-07-24 or 2015-07-24T05:36+01:00'}
    </small>
  )
}
