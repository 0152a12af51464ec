/**
 * Give an alert or a case to a user by name, take it yourself, or unassign it. Analysts may not
 * list users (GET /v1/users needs 'audit'), so the name is typed and the API says if it is unknown.
 */
import { type FormEvent, useId, useState } from 'react'
import { useSession } from '../auth/session'
import { ErrorBox } from '../components/status'
import { useReviewChange } from './use-review-change'

export function AssignForm({ current, what, assign }: { current: string | null; what: string; assign: (assignee: string | null) => Promise<unknown> }) {
  const { me } = useSession()
  const [name, setName] = useState(current ?? '')
  const [done, setDone] = useState<string>()
  const id = useId()
  const change = useReviewChange(assign)
  function run(assignee: string | null) {
    setDone(undefined)
    change.mutate(assignee, {
      onSuccess: () => {
        setName(assignee ?? '')
        setDone(assignee ? `Assigned to ${assignee}.` : 'Unassigned.')
      },
    })
  }
  function submit(event: FormEvent) {
    event.preventDefault()
    run(name.trim() || null)
  }
  return (
    <form onSubmit={submit} aria-label={`Assign ${what}`}>
      <p>
        Assigned to: <strong>{current ?? 'nobody'}</strong>
      </p>
      <div className="row">
        <label htmlFor={`${id}-assignee`}>
          Assignee
          <input id={`${id}-assignee`} value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" />
        </label>
        <button type="submit" disabled={change.isPending}>
          Assign
        </button>
        {me && current !== me.user && (
          <button type="button" disabled={change.isPending} onClick={() => run(me.user)}>
            Assign to me
          </button>
        )}
        {current && (
          <button type="button" disabled={change.isPending} onClick={() => run(null)}>
            Unassign
          </button>
        )}
      </div>
      <div role="status">{done && <p className="success">{done}</p>}</div>
      {change.error && <ErrorBox error={change.error} title="Not assigned" />}
    </form>
  )
}
