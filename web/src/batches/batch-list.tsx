/** The recent batches, newest first, each one click from its progress and downloads. */
import { ErrorBox, Loading } from '../components/status'
import { Badge, ScriptText } from '../components/text'
import { When } from '../components/when'
import { useBatches } from './queries'
import type { Batch } from './types'

const TONE = { running: 'info', done: 'ok', failed: 'danger' } as const

export function BatchList({ selected, onSelect }: { selected: string | undefined; onSelect: (id: string) => void }) {
  const list = useBatches()
  return (
    <section aria-labelledby="recent-title">
      <h2 id="recent-title">Recent batches</h2>
      {list.isPending && <Loading what="the batches" />}
      {list.isError && <ErrorBox error={list.error} title="The batches could not be listed" />}
      {list.data && list.data.batches.length === 0 && <p className="muted">No batches yet on this server (a restart forgets them).</p>}
      {list.data && list.data.batches.length > 0 && (
        <div className="table-scroll">
          <table>
            <caption>Recent batches, newest first</caption>
            <thead>
              <tr>
                <th scope="col">File</th>
                <th scope="col">Status</th>
                <th scope="col">Screened</th>
                <th scope="col">Matched</th>
                <th scope="col">Alerts</th>
                <th scope="col">By</th>
                <th scope="col">Started</th>
                <th scope="col">Finished</th>
              </tr>
            </thead>
            <tbody>
              {list.data.batches.map((b) => (
                <BatchRow key={b.id} batch={b} selected={b.id === selected} onSelect={onSelect} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}

function BatchRow({ batch, selected, onSelect }: { batch: Batch; selected: boolean; onSelect: (id: string) => void }) {
  return (
    <tr className={selected ? 'selected' : undefined}>
      <th scope="row">
        <button type="button" className="link-button" aria-current={selected ? 'true' : undefined} onClick={() => onSelect(batch.id)}>
          <ScriptText>{batch.name}</ScriptText>
        </button>
      </th>
      <td className="batch-status">
        <Badge tone={TONE[batch.status]}>{batch.status}</Badge>
      </td>
      <td>
        {batch.screened} of {batch.rows}
      </td>
      <td>{batch.matched}</td>
      <td>{batch.alerts}</td>
      <td>{batch.created_by}</td>
      <td>
        <When at={batch.created_at} />
      </td>
      <td>
        <When at={batch.finished_at} />
      </td>
    </tr>
  )
}
