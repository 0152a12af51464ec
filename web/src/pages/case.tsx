/** One case: its alerts, comments, assignment, status and history. */
import { Link, useParams } from 'wouter'
import { api } from '../api/client'
import { useCan } from '../auth/session'
import { Page } from '../components/page'
import { ErrorBox, Loading } from '../components/status'
import { Badge } from '../components/text'
import { AlertListTable } from '../review/alert-list-table'
import { AssignForm } from '../review/assign-form'
import { CaseComments } from '../review/case-comments'
import { CaseStatusButton } from '../review/case-status-button'
import { actorName } from '../review/format'
import { HistoryList } from '../review/history-list'
import { useCase } from '../review/queries'
import { When } from '../components/when'
import '../review/review.css'

export default function CasePage() {
  const id = Number(useParams<{ id: string }>().id)
  const kase = useCase(id)
  const canWork = useCan('work')
  if (kase.isPending) return <Loading what={`case ${id}`} />
  if (kase.error) return <ErrorBox error={kase.error} title={`Case ${id} could not be read`} />
  const c = kase.data
  return (
    <Page title={`Case ${c.id}: ${c.title}`} actions={<Link href="/cases">Back to the cases</Link>}>
      <section className="panel" aria-labelledby="case-status-heading">
        <h2 id="case-status-heading">Status</h2>
        <dl className="facts">
          <dt>Status</dt>
          <dd>
            <Badge tone={c.status === 'open' ? 'info' : 'ok'}>{c.status === 'open' ? 'Open' : 'Closed'}</Badge>
          </dd>
          <dt>Assignee</dt>
          <dd>{c.assignee ?? 'nobody'}</dd>
          <dt>Opened</dt>
          <dd>
            {actorName(c.created_by)}, <When at={c.created_at} />
          </dd>
          <dt>Last change</dt>
          <dd>
            <When at={c.updated_at} />
          </dd>
          <dt>Subject key</dt>
          <dd>
            <code>{c.subject_key ?? 'none yet'}</code>
          </dd>
        </dl>
        {canWork && <CaseStatusButton kase={c} />}
      </section>
      <section aria-labelledby="case-alerts-heading">
        <h2 id="case-alerts-heading">Alerts</h2>
        <AlertListTable alerts={c.alerts} caption={`Alerts in case ${c.id}`} />
      </section>
      {canWork && (
        <section className="panel" aria-labelledby="case-assign-heading">
          <h2 id="case-assign-heading">Assignment</h2>
          <AssignForm what={`case ${c.id}`} current={c.assignee} assign={(assignee) => api.patch(`/v1/cases/${c.id}`, { assignee })} />
        </section>
      )}
      <section aria-labelledby="case-comments-heading">
        <h2 id="case-comments-heading">Comments</h2>
        <CaseComments kase={c} />
      </section>
      <section aria-labelledby="case-history-heading">
        <h2 id="case-history-heading">History</h2>
        <HistoryList records={c.history} label={`History of case ${c.id}`} />
      </section>
    </Page>
  )
}
