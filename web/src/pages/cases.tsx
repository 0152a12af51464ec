/** Cases: the list with its filters (kept in the URL), and opening a new one for 'work'. */
import type { FormEvent } from 'react'
import { useSearch } from 'wouter'
import { useCan } from '../auth/session'
import { Page } from '../components/page'
import { ErrorBox, Loading } from '../components/status'
import { CasesTable } from '../review/cases-table'
import { NewCaseForm } from '../review/new-case-form'
import { Pager } from '../review/pager'
import { useCases } from '../review/queries'
import { useUrlFilters } from '../review/url-filters'
import '../review/review.css'

const PAGE_SIZE = 50

export default function CasesPage() {
  const [filters, setFilters] = useUrlFilters(['status', 'assignee', 'offset'])
  const search = useSearch()
  const cases = useCases({ ...filters, limit: String(PAGE_SIZE) })
  const canWork = useCan('work')
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const data = new FormData(event.currentTarget)
    setFilters({ status: String(data.get('status') ?? '') || undefined, assignee: String(data.get('assignee') ?? '').trim() || undefined })
  }
  return (
    <Page title="Cases">
      <form key={search} className="filters" aria-label="Filter cases" onSubmit={submit}>
        <label>
          Status
          <select name="status" defaultValue={filters.status ?? ''} onChange={(e) => e.currentTarget.form?.requestSubmit()}>
            <option value="">Any status</option>
            <option value="open">Open</option>
            <option value="closed">Closed</option>
          </select>
        </label>
        <label>
          Assignee
          <input name="assignee" defaultValue={filters.assignee ?? ''} autoComplete="off" />
        </label>
        <button type="submit">Apply filters</button>
      </form>
      {cases.isPending && <Loading what="cases" />}
      {cases.error && <ErrorBox error={cases.error} title="The cases could not be read" />}
      {cases.data && (
        <>
          <CasesTable cases={cases.data.cases} />
          <Pager
            label="Case pages"
            offset={Number(filters.offset ?? 0)}
            limit={PAGE_SIZE}
            shown={cases.data.cases.length}
            onOffset={(o) => setFilters({ offset: o ? String(o) : undefined })}
          />
        </>
      )}
      {canWork && (
        <section className="panel" aria-labelledby="new-case-heading">
          <h2 id="new-case-heading">Open a case</h2>
          <NewCaseForm />
        </section>
      )}
    </Page>
  )
}
