/** Close an open case, or open a closed one again; the change and who made it go to the history. */
import { api } from '../api/client'
import { ErrorBox } from '../components/status'
import type { CaseDetail } from './types'
import { useReviewChange } from './use-review-change'

export function CaseStatusButton({ kase }: { kase: CaseDetail }) {
  const next = kase.status === 'open' ? 'closed' : 'open'
  const change = useReviewChange(() => api.patch<CaseDetail>(`/v1/cases/${kase.id}`, { status: next }))
  return (
    <div>
      <button type="button" onClick={() => change.mutate(undefined)} disabled={change.isPending}>
        {next === 'closed' ? 'Close the case' : 'Open the case again'}
      </button>
      {change.error && <ErrorBox error={change.error} title="The case status did not change" />}
    </div>
  )
}
