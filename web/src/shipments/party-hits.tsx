/** Each party as screened: its hits at or over the review threshold, each a link to the entity. */
import { Link } from 'wouter'
import { Badge, ScoreBar, ScriptText } from '../components/text'
import { roleLabel, type ScreenedParty } from './types'

export function PartyHits({ party }: { party: ScreenedParty }) {
  const who = `${roleLabel(party.role)} ${party.name}`
  return (
    <div className="panel">
      <h3>
        <span className="party-role">{roleLabel(party.role)}:</span> <ScriptText>{party.name}</ScriptText>
        {party.country.length > 0 && <span className="muted"> ({party.country.join(', ')})</span>}
      </h3>
      {party.matches.length === 0 ? (
        <p className="muted">No hits at or over the review threshold.</p>
      ) : (
        <table>
          <caption>Hits for the {who}</caption>
          <thead>
            <tr>
              <th scope="col">Entity</th>
              <th scope="col">Score</th>
              <th scope="col">Match</th>
              <th scope="col">Datasets</th>
            </tr>
          </thead>
          <tbody>
            {party.matches.map((m) => (
              <tr key={m.id}>
                <td>
                  <Link href={`/entities/${encodeURIComponent(m.id)}`}>
                    <ScriptText>{m.caption}</ScriptText>
                  </Link>{' '}
                  <span className="muted">{m.schema}</span>
                </td>
                <td>
                  <ScoreBar score={m.score} label={`Score of ${m.caption}`} />
                </td>
                <td>{m.match ? <Badge tone="danger">match</Badge> : <Badge tone="warning">possible</Badge>}</td>
                <td>{m.datasets.join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {party.screening_id !== undefined && <p className="muted">Recorded as screening {party.screening_id}: its hits open alerts.</p>}
      {party.risk.warnings.map((w) => (
        <p key={w} className="notice">
          {w}
        </p>
      ))}
    </div>
  )
}
