/** The audit log: hash-chained records of who did what, filtered, paged by sequence, checked on screen. */
import { Page } from '../components/page'
import { ErrorBox, Loading } from '../components/status'
import { AUDIT_FILTERS, AuditFilters } from '../review/audit-filters'
import { AuditPageCheck } from '../review/audit-page-check'
import { AuditTable } from '../review/audit-table'
import { useAudit } from '../review/queries'
import { useUrlFilters } from '../review/url-filters'
import '../review/review.css'

export default function AuditPage() {
  const [filters, setFilters] = useUrlFilters(AUDIT_FILTERS)
  const audit = useAudit({ ...filters, limit: '100' })
  const filtered = AUDIT_FILTERS.some((f) => f !== 'after' && filters[f])
  return (
    <Page title="Audit">
      <AuditFilters filters={filters} onChange={setFilters} />
      {audit.isPending && <Loading what="the audit log" />}
      {audit.error && <ErrorBox error={audit.error} title="The audit log could not be read" />}
      {audit.data && (
        <>
          <AuditPageCheck records={audit.data.records} contiguous={!filtered} />
          <AuditTable records={audit.data.records} />
          <nav className="pager" aria-label="Audit pages">
            <button type="button" disabled={!filters.after} onClick={() => setFilters({ after: undefined })}>
              First page
            </button>
            <button type="button" disabled={audit.data.next === null} onClick={() => setFilters({ after: String(audit.data.next) })}>
              Next page
            </button>
          </nav>
        </>
      )}
    </Page>
  )
}
