/** Cases as a table: title (to the case), status, who has it, who opened it and when it last changed. */
import { Link } from 'wouter'
import { Badge } from '../components/text'
import { actorName } from './format'
import type { CaseView } from './types'
import { When } from '../components/when'

export function CasesTable({ cases }: { cases: CaseView[] }) {
  if (cases.length === 0) return <p className="muted">No cases match.</p>
  return (
    <div className="table-scroll">
      <table>
        <caption>Cases, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Case</th>
            <th scope="col">Status</th>
            <th scope="col">Assignee</th>
            <th scope="col">Opened by</th>
            <th scope="col">Last change</th>
          </tr>
        </thead>
        <tbody>
          {cases.map((c) => (
            <tr key={c.id}>
              <td>
                <Link href={`/cases/${c.id}`}>
                  Case {c.id}: {c.title}
                </Link>
              </td>
              <td>
                <Badge tone={c.status === 'open' ? 'info' : 'ok'}>{c.status === 'open' ? 'Open' : 'Closed'}</Badge>
              </td>
              <td>{c.assignee ?? '—'}</td>
              <td>
                {actorName(c.created_by)}, <When at={c.created_at} />
              </td>
              <td>
                <When at={c.updated_at} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
