/** The reviewer's queue: alerts whose proposed decision waits for a second person (four-eyes). */
import { useState } from 'react'
import { Page } from '../components/page'
import { ErrorBox, Loading } from '../components/status'
import { ApprovalItem } from '../review/approval-item'
import { Pager } from '../review/pager'
import { useAlerts } from '../review/queries'
import { useUrlFilters } from '../review/url-filters'
import '../review/review.css'

const PAGE_SIZE = 20

export default function ApprovalsPage() {
  const [filters, setFilters] = useUrlFilters(['offset'])
  const offset = Number(filters.offset ?? 0)
  const alerts = useAlerts({ status: 'pending_review', offset: filters.offset, limit: String(PAGE_SIZE) })
  const [message, setMessage] = useState<string>()
  return (
    <Page title="Approvals">
      <p className="muted">
        Decisions proposed by analysts wait here for a reviewer who did not propose them. Approving a true match or false positive closes the alert; an approved
        false positive whitelists the pair. Rejecting opens the alert again.
      </p>
      <div role="status">{message && <p className="success">{message}</p>}</div>
      {alerts.isPending && <Loading what="the decisions awaiting review" />}
      {alerts.error && <ErrorBox error={alerts.error} title="The queue could not be read" />}
      {alerts.data && (
        <>
          {alerts.data.alerts.length === 0 && <p>No decision is waiting for review.</p>}
          {alerts.data.alerts.map((alert) => (
            <ApprovalItem
              key={alert.id}
              alert={alert}
              onReviewed={(a) => setMessage(a.status === 'closed' ? `Approved: alert ${a.id} is closed.` : `Rejected: alert ${a.id} is open again.`)}
            />
          ))}
          <Pager
            label="Approval pages"
            offset={offset}
            limit={PAGE_SIZE}
            shown={alerts.data.alerts.length}
            total={alerts.data.total}
            onOffset={(o) => setFilters({ offset: o ? String(o) : undefined })}
          />
        </>
      )}
    </Page>
  )
}
