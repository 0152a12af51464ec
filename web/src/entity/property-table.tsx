/**
 * The entity's own values, each with where it came from: dataset, file, line or article section,
 * and when it was first and last seen. Neighbours (nested entities) are in the Network view.
 */
import { ScriptText } from '../components/text'
import { propertyLabel } from './labels'
import { type Entity, type Provenance, texts } from './types'

function sourceText(p: Provenance): string {
  const { file, locator, section, line } = p.source
  const where = [
    file,
    line !== undefined ? `line ${line}` : undefined,
    locator?.startsWith('entity ') ? undefined : locator,
    section ? `section “${section}”` : undefined,
  ]
  return where.filter(Boolean).join(', ')
}

const day = (iso?: string) => (iso ? iso.slice(0, 10) : '—')

function Sources({ sources }: { sources: Provenance[] }) {
  if (sources.length === 0) return <span className="muted">No statement recorded</span>
  return (
    <ul className="plain sources">
      {sources.map((p) => (
        <li key={`${p.dataset}-${p.entity_id}-${sourceText(p)}`}>
          <code>{p.dataset}</code> {sourceText(p)}{' '}
          <span className="muted">
            (first seen <time dateTime={p.first_seen}>{day(p.first_seen)}</time>, last seen <time dateTime={p.last_seen}>{day(p.last_seen)}</time>)
          </span>
        </li>
      ))}
    </ul>
  )
}

export function PropertyTable({ entity }: { entity: Entity }) {
  const provenance = entity.provenance ?? []
  const rows = Object.keys(entity.properties)
    .sort()
    .flatMap((prop) => [...new Set(texts(entity, prop))].map((value) => ({ prop, value })))
  return (
    <section aria-labelledby="properties-heading">
      <h2 id="properties-heading">Properties and sources</h2>
      <table className="dense properties">
        <caption className="visually-hidden">Properties of {entity.caption} with their sources</caption>
        <thead>
          <tr>
            <th scope="col">Property</th>
            <th scope="col">Value</th>
            <th scope="col">Sources</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ prop, value }) => (
            <tr key={`${prop}=${value}`}>
              <th scope="row">{propertyLabel(prop)}</th>
              <td>
                <ScriptText>{value}</ScriptText>
              </td>
              <td>
                <Sources sources={provenance.filter((p) => p.prop === prop && p.value === value)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
