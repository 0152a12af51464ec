/** Stop one whitelist entry from suppressing alerts (admin): asks for the reason before it acts. */
import { type FormEvent, useState } from 'react'
import { request } from '../api/client'
import { ErrorBox } from '../components/status'
import type { WhitelistEntry } from './types'
import { useReviewChange } from './use-review-change'

export function WhitelistRemove({ entry }: { entry: WhitelistEntry }) {
  const [asking, setAsking] = useState(false)
  const [reason, setReason] = useState('')
  // DELETE with a reason in its body: api.delete sends none, so the request is made directly.
  const remove = useReviewChange(() => request<WhitelistEntry>('DELETE', `/v1/whitelist/${entry.id}`, { reason: reason.trim() || undefined }))
  function submit(event: FormEvent) {
    event.preventDefault()
    remove.mutate(undefined)
  }
  if (!asking)
    return (
      <button type="button" onClick={() => setAsking(true)}>
        Remove entry {entry.id}
      </button>
    )
  return (
    <form onSubmit={submit} className="stack" aria-label={`Remove whitelist entry ${entry.id}`}>
      <label>
        Reason for removing
        <input value={reason} onChange={(e) => setReason(e.target.value)} maxLength={5000} />
      </label>
      <div className="review-actions">
        <button type="submit" className="danger" disabled={remove.isPending}>
          Confirm removal
        </button>
        <button type="button" onClick={() => setAsking(false)}>
          Cancel
        </button>
      </div>
      {remove.error && <ErrorBox error={remove.error} title="Not removed" />}
    </form>
  )
}
