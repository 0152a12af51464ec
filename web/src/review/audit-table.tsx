/** Audit records as a table: sequence, time, actor, action, target and the details as sent. */
import { Link } from 'wouter'
import { auditAction } from './audit-words'
import type { AuditRecord } from './types'
import { When } from '../components/when'

/** Targets with a page of their own link to it. */
function targetLink(target: string) {
  const [kind, id] = target.split(':')
  const path = { alert: '/alerts', case: '/cases', monitor: '/monitors' }[kind ?? '']
  return path && id ? <Link href={`${path}/${id}`}>{target}</Link> : <code>{target}</code>
}

export function AuditTable({ records }: { records: AuditRecord[] }) {
  if (records.length === 0) return <p className="muted">No audit records match.</p>
  return (
    <div className="table-scroll">
      <table>
        <caption>Audit records, oldest first</caption>
        <thead>
          <tr>
            <th scope="col">Seq</th>
            <th scope="col">At</th>
            <th scope="col">Actor</th>
            <th scope="col">Action</th>
            <th scope="col">Target</th>
            <th scope="col">Details</th>
          </tr>
        </thead>
        <tbody>
          {records.map((r) => (
            <tr key={r.seq}>
              <td>{r.seq}</td>
              <td>
                <When at={r.at} />
              </td>
              <td>{r.actor}</td>
              <td>
                <code>{r.action}</code>
                <div className="muted">{auditAction(r)}</div>
              </td>
              <td>{targetLink(r.target)}</td>
              <td>
                <code className="hash">{JSON.stringify(r.details)}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
