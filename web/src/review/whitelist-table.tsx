/** Whitelist entries: which subject and entity were cleared, by which decision, when, and (if so) removed. */
import { Link } from 'wouter'
import { useCan } from '../auth/session'
import { ScriptText } from '../components/text'
import type { WhitelistEntry } from './types'
import { actorName } from './format'
import { When } from '../components/when'
import { WhitelistRemove } from './whitelist-remove'

export function WhitelistTable({ entries }: { entries: WhitelistEntry[] }) {
  const isAdmin = useCan('admin')
  if (entries.length === 0) return <p className="muted">No whitelist entries.</p>
  return (
    <div className="table-scroll">
      <table>
        <caption>Whitelisted pairs</caption>
        <thead>
          <tr>
            <th scope="col">Entry</th>
            <th scope="col">Subject</th>
            <th scope="col">Cleared entity</th>
            <th scope="col">Why (decision)</th>
            <th scope="col">Added</th>
            <th scope="col">Removed</th>
            {isAdmin && <th scope="col">Action</th>}
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id}>
              <td>{e.id}</td>
              <td>
                <code>{e.subject_key}</code>
              </td>
              <td>
                <Link href={`/entities/${encodeURIComponent(e.entity_id)}`}>
                  <ScriptText>{e.entity_snapshot.name?.[0] ?? e.entity_id}</ScriptText>
                </Link>
              </td>
              <td>
                False positive approved on <Link href={`/alerts/${e.alert_id}`}>alert {e.alert_id}</Link> (decision {e.decision_id})
              </td>
              <td>
                <When at={e.created_at} />
              </td>
              <td>
                {e.removed_at ? (
                  <>
                    <When at={e.removed_at} /> by {actorName(e.removed_by)}: {e.removed_reason}
                  </>
                ) : (
                  'In force'
                )}
              </td>
              {isAdmin && <td>{!e.removed_at && <WhitelistRemove entry={e} />}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
