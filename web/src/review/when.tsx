/** A time a person reads in their own locale, with the exact UTC time kept for machines and copying. */
import { formatTime } from './format'

export function When({ at }: { at: string | null | undefined }) {
  if (!at) return <span className="muted">—</span>
  return (
    <time dateTime={at} title={at}>
      {formatTime(at)}
    </time>
  )
}
