/** Why a result scored what it did: each feature of the algorithm with both sides' values, score, weight and detail. */
import { ScriptText } from '../components/text'
import type { MatchResult } from './types'

/** Features that said nothing (score 0, nothing compared) are listed after those that counted. */
function ordered(result: MatchResult) {
  const rows = Object.entries(result.explanations ?? {})
  return rows.sort(([, a], [, b]) => Math.abs(b.score * b.weight) - Math.abs(a.score * a.weight))
}

export function FeatureExplanation({ result }: { result: MatchResult }) {
  const rows = ordered(result)
  if (rows.length === 0) {
    return (
      <p className="muted">
        The algorithm gave no explanation; feature scores:{' '}
        {Object.entries(result.features)
          .map(([name, score]) => `${name} ${score.toFixed(2)}`)
          .join(', ')}
      </p>
    )
  }
  return (
    <table className="dense">
      <caption>Explanation of {result.caption}, feature by feature</caption>
      <thead>
        <tr>
          <th scope="col">Feature</th>
          <th scope="col">Query value</th>
          <th scope="col">Candidate value</th>
          <th scope="col">Score</th>
          <th scope="col">Weight</th>
          <th scope="col">Contribution</th>
          <th scope="col">Detail</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([name, e]) => (
          <tr key={name} className={e.score === 0 ? 'quiet' : undefined}>
            <th scope="row">
              <code>{name}</code>
            </th>
            <td>{e.query === null ? <span className="muted">—</span> : <ScriptText>{e.query}</ScriptText>}</td>
            <td>{e.candidate === null ? <span className="muted">—</span> : <ScriptText>{e.candidate}</ScriptText>}</td>
            <td className="num">{e.score.toFixed(2)}</td>
            <td className="num">{e.weight.toFixed(2)}</td>
            <td className="num">{(e.score * e.weight).toFixed(2)}</td>
            <td>
              <ScriptText>{e.detail}</ScriptText>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
