/** Open a case: a title, optionally the alerts (of one subject) it groups and who works it. */
import { type FormEvent, useState } from 'react'
import { useLocation } from 'wouter'
import { api } from '../api/client'
import { ErrorBox } from '../components/status'
import type { CaseDetail } from './types'
import { useReviewChange } from './use-review-change'

function alertIdsOf(text: string): number[] {
  return text
    .split(/[\s,;]+/)
    .map((part) => part.replace(/^#/, ''))
    .filter(Boolean)
    .map(Number)
}

export function NewCaseForm() {
  const [, navigate] = useLocation()
  const [invalid, setInvalid] = useState<string>()
  const create = useReviewChange(
    (input: { title: string; alert_ids: number[]; assignee: string | null }) => api.post<CaseDetail>('/v1/cases', input),
    (opened) => navigate(`/cases/${opened.id}`),
  )
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const data = new FormData(event.currentTarget)
    const ids = alertIdsOf(String(data.get('alerts') ?? ''))
    if (ids.some((id) => !Number.isInteger(id) || id < 1)) return setInvalid('Alert numbers are whole numbers, separated by commas or spaces.')
    setInvalid(undefined)
    create.mutate({ title: String(data.get('title') ?? ''), alert_ids: ids, assignee: String(data.get('assignee') ?? '').trim() || null })
  }
  return (
    <form className="stack" onSubmit={submit} aria-label="Open a case">
      <label>
        Title
        <input name="title" required maxLength={500} />
      </label>
      <label>
        Alerts (numbers, of one subject)
        <input name="alerts" placeholder="e.g. 12, 14" inputMode="numeric" aria-invalid={invalid ? true : undefined} />
      </label>
      <label>
        Assignee (optional)
        <input name="assignee" autoComplete="off" />
      </label>
      <div>
        <button type="submit" className="primary" disabled={create.isPending}>
          Open case
        </button>
      </div>
      {invalid && (
        <p className="error" role="alert">
          {invalid}
        </p>
      )}
      {create.error && <ErrorBox error={create.error} title="No case opened" />}
    </form>
  )
}
