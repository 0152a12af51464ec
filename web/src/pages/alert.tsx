/** One alert: the two sides, why they matched, derived risk, the decision work and the full history. */
import { Link, useParams } from 'wouter'
import { useCan } from '../auth/session'
import { Page } from '../components/page'
import { ErrorBox, Loading } from '../components/status'
import { AlertFacts } from '../review/alert-facts'
import { AlertWork } from '../review/alert-work'
import { DecisionsTable } from '../review/decisions-table'
import { ExplanationTable } from '../review/explanation-table'
import { subjectName } from '../review/format'
import { HistoryList } from '../review/history-list'
import { useAlert } from '../review/queries'
import { RiskPaths } from '../review/risk-paths'
import { SubjectAndEntity } from '../review/subject-and-entity'
import '../review/review.css'

export default function AlertPage() {
  const id = Number(useParams<{ id: string }>().id)
  const alert = useAlert(id)
  const canAudit = useCan('audit')
  if (alert.isPending) return <Loading what={`alert ${id}`} />
  if (alert.error) return <ErrorBox error={alert.error} title={`Alert ${id} could not be read`} />
  const a = alert.data
  return (
    <Page title={`Alert ${a.id}: ${subjectName(a.subject)}`} actions={<Link href="/alerts">Back to the alerts</Link>}>
      <section className="panel" aria-labelledby="facts-heading">
        <h2 id="facts-heading">Status</h2>
        <AlertFacts alert={a} />
      </section>
      <SubjectAndEntity alert={a} />
      <section aria-labelledby="why-heading">
        <h2 id="why-heading">Why it matched</h2>
        <ExplanationTable explanations={a.entity.explanations} />
      </section>
      <section aria-labelledby="risk-heading">
        <h2 id="risk-heading">Derived risk</h2>
        <RiskPaths paths={a.entity.paths} />
      </section>
      <AlertWork alert={a} />
      <section aria-labelledby="decisions-heading">
        <h2 id="decisions-heading">Decisions</h2>
        <DecisionsTable decisions={a.decisions} />
      </section>
      <section aria-labelledby="history-heading">
        <h2 id="history-heading">History</h2>
        <HistoryList records={a.history} label={`History of alert ${a.id}`} />
        {canAudit && (
          <p>
            <Link href={`/audit?target=${encodeURIComponent(`alert:${a.id}`)}`}>This alert's records in the audit log</Link>
          </p>
        )}
      </section>
    </Page>
  )
}
