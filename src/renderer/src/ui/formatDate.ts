// Publication dates as the person reads them: the date in their locale, or the text as stored when it
// is not a date the app can read.

export function formatPublished(iso: string): string {
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleDateString(undefined, { dateStyle: 'medium' })
}
