/** Create a monitored book: a name, the dataset its subjects are screened against, an optional threshold. */
import type { FormEvent } from 'react'
import { useLocation } from 'wouter'
import { api } from '../api/client'
import { ErrorBox } from '../components/status'
import { useDatasetNames } from './queries'
import type { MonitorDetail } from './types'
import { useReviewChange } from './use-review-change'

export function NewMonitorForm() {
  const [, navigate] = useLocation()
  const datasets = useDatasetNames()
  const create = useReviewChange(
    (input: { name: string; dataset: string; threshold?: number }) => api.post<MonitorDetail>('/v1/monitors', input),
    (monitor) => navigate(`/monitors/${monitor.id}`),
  )
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const data = new FormData(event.currentTarget)
    const threshold = String(data.get('threshold') ?? '').trim()
    create.mutate({
      name: String(data.get('name') ?? ''),
      dataset: String(data.get('dataset') ?? 'default'),
      threshold: threshold ? Number(threshold) : undefined,
    })
  }
  return (
    <form className="stack" onSubmit={submit} aria-label="Create a monitor">
      <label>
        Name
        <input name="name" required maxLength={200} />
      </label>
      <label>
        Dataset
        <select name="dataset" defaultValue="default">
          {(datasets.data ?? [{ name: 'default', title: 'All datasets' }]).map((d) => (
            <option key={d.name} value={d.name}>
              {d.title} ({d.name})
            </option>
          ))}
        </select>
      </label>
      <label>
        Threshold (optional, 0–1)
        <input name="threshold" type="number" min={0} max={1} step={0.01} />
      </label>
      <div>
        <button type="submit" className="primary" disabled={create.isPending}>
          Create monitor
        </button>
      </div>
      {create.error && <ErrorBox error={create.error} title="No monitor created" />}
    </form>
  )
}
