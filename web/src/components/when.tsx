/** A time a person reads in their own locale, with the exact UTC time kept for machines and copying. */

export function When({ at }: { at: string | null | undefined }) {
  if (!at) return <span className="muted">—</span>
  return (
    <time dateTime={at} title={at}>
      {formatTime(at)}
    </time>
  )
}

/** Local date and time to the minute; the ISO text stays in the element's dateTime for copying. */
export function formatTime(iso: string | null | undefined): string {
  if (!iso) return '—'
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })
}
