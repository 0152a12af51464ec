/** What changed between two kept versions of a dataset: counts always whole, the first entities of each kind listed. */
import { useState } from 'react'
import { ErrorBox, Loading } from '../components/status'
import { ScriptText } from '../components/text'
import { useDiff } from './queries'
import type { EntitySummary, VersionDiff, Versions } from './types'
import { EntityLink } from './entity-link'

export function VersionDiffView({ versions, title }: { versions: Versions; title: string }) {
  const names = versions.versions.map((v) => v.version)
  // By default: the live version against the one kept before it.
  const liveAt = Math.max(names.indexOf(versions.live ?? ''), 0)
  const [to, setTo] = useState(names[liveAt])
  const [from, setFrom] = useState(names[liveAt + 1])
  const diff = useDiff(versions.dataset, from, to)
  if (names.length < 2) return <p className="muted">Only one version of {title} is kept: there is nothing to compare it with.</p>
  return (
    <div>
      <div className="row">
        <VersionSelect label="From version" value={from} names={names} onChange={setFrom} />
        <VersionSelect label="To version" value={to} names={names} onChange={setTo} />
      </div>
      {from === to && <p className="muted">Choose two different versions to compare.</p>}
      {diff.isFetching && <Loading what="the differences" />}
      {diff.isError && <ErrorBox error={diff.error} title="The versions could not be compared" />}
      {diff.data && !diff.isFetching && <DiffLists diff={diff.data} />}
    </div>
  )
}

function VersionSelect({ label, value, names, onChange }: { label: string; value: string | undefined; names: string[]; onChange: (v: string) => void }) {
  return (
    <label>
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {names.map((n) => (
          <option key={n}>{n}</option>
        ))}
      </select>
    </label>
  )
}

function DiffLists({ diff }: { diff: VersionDiff }) {
  const { added, removed, changed } = diff.counts
  return (
    <>
      <p role="status">
        From <code>{diff.from}</code> to <code>{diff.to}</code>: {added} added, {removed} removed, {changed} changed.
        {diff.truncated && ' Only the first 50 of each are listed.'}
      </p>
      <EntityTable caption={`Added (${added})`} entities={diff.added} />
      <EntityTable caption={`Removed (${removed})`} entities={diff.removed} />
      <EntityTable caption={`Changed (${changed})`} entities={diff.changed} />
    </>
  )
}

function EntityTable({ caption, entities }: { caption: string; entities: Array<EntitySummary & { properties?: string[] }> }) {
  if (entities.length === 0) return null
  const showProperties = entities.some((e) => e.properties)
  return (
    <table className="diff-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Entity</th>
          <th scope="col">Schema</th>
          {showProperties && <th scope="col">Properties changed</th>}
        </tr>
      </thead>
      <tbody>
        {entities.map((e) => (
          <tr key={e.id}>
            <td>
              <EntityLink entity={e} />
            </td>
            <td>{e.schema}</td>
            {showProperties && (
              <td>
                <ScriptText>{(e.properties ?? []).join(', ')}</ScriptText>
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
