/** Why the shipment was blocked or sent to review: blocking reasons first, each in the API's words. */
import { Badge, ScriptText } from '../components/text'
import { type Reason, roleLabel } from './types'

export function ReasonsTable({ reasons }: { reasons: Reason[] }) {
  if (reasons.length === 0) return <p>No reason to hold this shipment: no party matched, and the route and goods raised no flag.</p>
  const sorted = [...reasons].sort((a, b) => Number(b.severity === 'block') - Number(a.severity === 'block'))
  return (
    <div className="table-scroll">
      <table>
        <caption>Reasons for the decision</caption>
        <thead>
          <tr>
            <th scope="col">Severity</th>
            <th scope="col">Reason</th>
            <th scope="col">Party</th>
            <th scope="col">Detail</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((r, i) => (
            // Reasons have no id, and the same code comes once per goods line or party.
            // biome-ignore lint/suspicious/noArrayIndexKey: the list is replaced whole, never reordered in place
            <tr key={i}>
              <td>
                <Badge tone={r.severity === 'block' ? 'danger' : 'warning'}>{r.severity}</Badge>
              </td>
              <td>
                <code>{r.code}</code>
              </td>
              <td>
                {r.party ? (
                  <>
                    {roleLabel(r.party.role)}: <ScriptText>{r.party.name}</ScriptText>
                  </>
                ) : (
                  <span className="muted">—</span>
                )}
              </td>
              <td>{r.detail}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
