/** Open a case over one alert from its page: the usual first step when an alert needs more work. */
import { useLocation } from 'wouter'
import { api } from '../api/client'
import { ErrorBox } from '../components/status'
import { subjectName } from './format'
import type { AlertView, CaseDetail } from './types'
import { useReviewChange } from './use-review-change'

export function OpenCaseButton({ alert }: { alert: AlertView }) {
  const [, navigate] = useLocation()
  const open = useReviewChange(
    () => api.post<CaseDetail>('/v1/cases', { title: `${subjectName(alert.subject)} / ${alert.entity.caption}`, alert_ids: [alert.id] }),
    (opened) => navigate(`/cases/${opened.id}`),
  )
  return (
    <>
      <button type="button" onClick={() => open.mutate(undefined)} disabled={open.isPending}>
        Open a case for this alert
      </button>
      {open.error && <ErrorBox error={open.error} title="No case opened" />}
    </>
  )
}
