/**
 * The score feature by feature: what each compared, its score, its weight, and the detail in
 * words. Features that scored nothing are kept, since "birth date missing" is itself evidence.
 */
import { ScriptText } from '../components/text'
import type { Explanation } from './types'

export function ExplanationTable({ explanations }: { explanations: Record<string, Explanation> | undefined }) {
  const rows = Object.entries(explanations ?? {})
  if (rows.length === 0) return <p className="muted">The screening kept no explanation for this match.</p>
  // Features that moved the score first: that is what the analyst checks.
  rows.sort(([, a], [, b]) => Math.abs(b.score * (b.weight ?? 1)) - Math.abs(a.score * (a.weight ?? 1)))
  return (
    <div className="table-scroll">
      <table>
        <caption>How the score was reached, feature by feature</caption>
        <thead>
          <tr>
            <th scope="col">Feature</th>
            <th scope="col">Score</th>
            <th scope="col">Weight</th>
            <th scope="col">Subject</th>
            <th scope="col">Entity</th>
            <th scope="col">Detail</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([name, e]) => (
            <tr key={name}>
              <th scope="row">
                <code>{name}</code>
              </th>
              <td>{e.score.toFixed(2)}</td>
              <td>{e.weight === undefined ? '—' : e.weight.toFixed(2)}</td>
              <td>{e.query ? <ScriptText>{e.query}</ScriptText> : '—'}</td>
              <td>{e.candidate ? <ScriptText>{e.candidate}</ScriptText> : '—'}</td>
              <td>{e.detail}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
