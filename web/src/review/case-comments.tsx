/** A case's comments, oldest first, and (for 'work') the form to add one. */
import { type FormEvent, useState } from 'react'
import { api } from '../api/client'
import { useCan } from '../auth/session'
import { ErrorBox } from '../components/status'
import { actorName } from './format'
import type { CaseDetail } from './types'
import { useReviewChange } from './use-review-change'
import { When } from '../components/when'

export function CaseComments({ kase }: { kase: CaseDetail }) {
  const canWork = useCan('work')
  const [body, setBody] = useState('')
  const [done, setDone] = useState<string>()
  const add = useReviewChange(
    (text: string) => api.post<CaseDetail>(`/v1/cases/${kase.id}/comments`, { body: text }),
    () => {
      setBody('')
      setDone('Comment added.')
    },
  )
  function submit(event: FormEvent) {
    event.preventDefault()
    setDone(undefined)
    add.mutate(body)
  }
  return (
    <>
      {kase.comments.length === 0 ? (
        <p className="muted">No comments yet.</p>
      ) : (
        <ul className="comments" aria-label={`Comments on case ${kase.id}`}>
          {kase.comments.map((c) => (
            <li key={c.id}>
              <strong>{actorName(c.author)}</strong>, <When at={c.at} />
              <p>{c.body}</p>
            </li>
          ))}
        </ul>
      )}
      {canWork && (
        <form className="stack" onSubmit={submit} aria-label="Add a comment">
          <label>
            Comment
            <textarea value={body} onChange={(e) => setBody(e.target.value)} required maxLength={10_000} />
          </label>
          <div>
            <button type="submit" className="primary" disabled={add.isPending}>
              Add comment
            </button>
          </div>
          <div role="status">{done && <p className="success">{done}</p>}</div>
          {add.error && <ErrorBox error={add.error} title="The comment was not added" />}
        </form>
      )}
    </>
  )
}
