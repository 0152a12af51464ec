/** A dataset's kept versions, newest first, with a rollback for admins on each retired one. */
import { useCan } from '../auth/session'
import { Badge } from '../components/text'
import { When } from '../components/when'
import { RollbackButton } from './rollback-button'
import type { Rollback, Versions } from './types'

const TONE = { live: 'ok', retired: 'neutral', loading: 'info' } as const

interface Props {
  versions: Versions
  title: string
  onRolledBack: (answer: Rollback) => void
}

export function VersionsTable({ versions, title, onRolledBack }: Props) {
  const isAdmin = useCan('admin')
  return (
    <div className="table-scroll">
      <table>
        <caption>Kept versions of {title}, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Version</th>
            <th scope="col">Status</th>
            <th scope="col">Source date</th>
            <th scope="col">Imported</th>
            <th scope="col">Entities</th>
            <th scope="col">Statements</th>
            <th scope="col">Import warnings</th>
            <th scope="col">Source</th>
            {isAdmin && <th scope="col">Rollback</th>}
          </tr>
        </thead>
        <tbody>
          {versions.versions.map((v) => (
            <tr key={v.version}>
              <th scope="row">
                <code>{v.version}</code>
              </th>
              <td className="version-status">
                <Badge tone={TONE[v.status]}>{v.status}</Badge>
              </td>
              <td>
                <When at={v.source_date} />
              </td>
              <td>
                <When at={v.imported_at} />
              </td>
              <td>{v.entities.toLocaleString()}</td>
              <td>{v.statements.toLocaleString()}</td>
              <td>{v.warnings}</td>
              <td className="source-path">
                <code>{v.source_url ?? v.source_path}</code> <span className="muted">({v.format})</span>
              </td>
              {isAdmin && (
                <td>
                  {v.status === 'retired' && versions.live && (
                    <RollbackButton dataset={versions.dataset} version={v.version} live={versions.live} onRolledBack={onRolledBack} />
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
