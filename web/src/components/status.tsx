/** Loading and error states, said in words (and to screen readers), never an empty page. */
import { ApiError } from '../api/client'

export function Loading({ what }: { what: string }) {
  return (
    <p className="muted" role="status" aria-live="polite">
      Loading {what}…
    </p>
  )
}

export function ErrorBox({ error, title }: { error: unknown; title?: string }) {
  const message = error instanceof ApiError ? `${error.message} (HTTP ${error.status}, ${error.code})` : error instanceof Error ? error.message : String(error)
  return (
    <div className="error" role="alert">
      <strong>{title ?? 'Something went wrong'}:</strong> {message}
    </div>
  )
}
