/** Every dataset served: its live version, size, dates and age, and whether it is stale or not yet indexed. */
import { Badge, ScriptText } from '../components/text'
import { When } from '../components/when'
import type { CatalogDataset } from './types'

interface Props {
  datasets: CatalogDataset[]
  selected: string | undefined
  onSelect: (name: string) => void
}

export function CatalogTable({ datasets, selected, onSelect }: Props) {
  return (
    <div className="table-scroll">
      <table>
        <caption>Datasets served</caption>
        <thead>
          <tr>
            <th scope="col">Dataset</th>
            <th scope="col">Live version</th>
            <th scope="col">Entities</th>
            <th scope="col">Source date</th>
            <th scope="col">Imported</th>
            <th scope="col">Age</th>
            <th scope="col">State</th>
            <th scope="col">History</th>
          </tr>
        </thead>
        <tbody>
          {datasets.map((d) => (
            <tr key={d.name} className={d.name === selected ? 'selected' : undefined}>
              <th scope="row">
                <ScriptText>{d.title}</ScriptText>
                <br />
                <code className="muted">{d.name}</code>
              </th>
              <td>
                <code>{d.version ?? '—'}</code>
              </td>
              <td>{d.entity_count.toLocaleString()}</td>
              <td>{d.type === 'collection' ? <When at={d.last_change} /> : <When at={d.source?.date} />}</td>
              <td>
                <When at={d.updated_at} />
              </td>
              <td>{ageText(d)}</td>
              <td>
                <DatasetState dataset={d} />
              </td>
              <td>
                {d.type === 'source' && (
                  <button type="button" aria-current={d.name === selected ? 'true' : undefined} onClick={() => onSelect(d.name)}>
                    Versions<span className="visually-hidden"> of {d.title}</span>
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

function ageText(d: CatalogDataset): string {
  if (d.type === 'collection') return ''
  if (d.age_days === null || d.age_days === undefined) return 'no source date'
  return d.age_days === 1 ? '1 day' : `${d.age_days} days`
}

function DatasetState({ dataset: d }: { dataset: CatalogDataset }) {
  return (
    <span className="badges dataset-state">
      {d.stale && (
        <Badge tone="warning" title={`The source date is ${d.age_days} days old`}>
          stale
        </Badge>
      )}
      {!d.index_current && (
        <Badge tone="info" title={`The index serves ${d.index_version ?? 'no version'} while the store holds ${d.version ?? 'none'}`}>
          index serves older version
        </Badge>
      )}
      {!d.index_current && d.index_version && (
        <span className="muted">
          index: <code>{d.index_version}</code>
        </span>
      )}
      {!d.stale && d.index_current && <Badge tone="ok">current</Badge>}
    </span>
  )
}
