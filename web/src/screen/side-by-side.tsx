/** The query and the list entry, property by property: the properties either side gave, values in their own script. */
import { ScriptText } from '../components/text'
import { isNested, type Value } from '../entity/types'
import type { MatchQuery, MatchResult } from './types'

// Bookkeeping properties that say nothing about who the entry is.
const SKIPPED = new Set(['sourceUrl', 'topics', 'modifiedAt', 'createdAt', 'notes', 'summary', 'description'])

function Values({ values }: { values: readonly Value[] }) {
  const shown = values.map((v) => (isNested(v) ? v.caption : v))
  if (shown.length === 0) return <span className="muted">—</span>
  return (
    <ul className="plain">
      {shown.map((v, i) => (
        // Lists repeat values (a name in two sources); the position keeps keys unique.
        // biome-ignore lint/suspicious/noArrayIndexKey: values are not unique and never reorder
        <li key={i}>
          <ScriptText>{v}</ScriptText>
        </li>
      ))}
    </ul>
  )
}

export function SideBySide({ query, result }: { query: MatchQuery; result: MatchResult }) {
  // Query properties first (what was asked), then what only the entry has.
  const props = [...new Set([...Object.keys(query.properties), ...Object.keys(result.properties)])].filter((p) => !SKIPPED.has(p))
  return (
    <table className="dense">
      <caption>Query compared with {result.caption}</caption>
      <thead>
        <tr>
          <th scope="col">Property</th>
          <th scope="col">Query</th>
          <th scope="col">List entry ({result.id})</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row">schema</th>
          <td>{query.schema}</td>
          <td>{result.schema}</td>
        </tr>
        {props.map((prop) => (
          <tr key={prop}>
            <th scope="row">{prop}</th>
            <td>
              <Values values={query.properties[prop] ?? []} />
            </td>
            <td>
              <Values values={result.properties[prop] ?? []} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
