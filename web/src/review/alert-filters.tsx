/**
 * The inbox's filters, each a labelled control. A choice in a list applies at once; typed text
 * applies on Enter or "Apply", so the URL (where filters live) is not rewritten on every key.
 */
import type { FormEvent } from 'react'
import { useSearch } from 'wouter'
import { STATUS_LABELS } from './format'
import { type Filters, useDatasetNames, useMonitors } from './queries'
import { ALERT_STATUSES } from './types'

export const ALERT_FILTERS = ['status', 'dataset', 'monitor', 'assignee', 'q', 'offset'] as const

export function AlertFilters({ filters, onChange, fixedStatus }: { filters: Filters; onChange: (change: Filters) => void; fixedStatus?: boolean }) {
  const search = useSearch()
  const datasets = useDatasetNames()
  const monitors = useMonitors()
  function apply(form: HTMLFormElement) {
    const data = new FormData(form)
    const change: Filters = {}
    for (const name of ['status', 'dataset', 'monitor', 'assignee', 'q']) if (data.has(name)) change[name] = String(data.get(name)).trim() || undefined
    onChange(change)
  }
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    apply(event.currentTarget)
  }
  const select = (event: { currentTarget: HTMLSelectElement }) => event.currentTarget.form && apply(event.currentTarget.form)
  return (
    // Keyed by the query string: back and forward put the controls back to what the URL says.
    <form key={search} className="filters" onSubmit={submit} aria-label="Filter alerts">
      {!fixedStatus && (
        <label>
          Status
          <select name="status" defaultValue={filters.status ?? ''} onChange={select}>
            <option value="">Any status</option>
            {ALERT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        Dataset
        <select name="dataset" defaultValue={filters.dataset ?? ''} onChange={select}>
          <option value="">Any dataset</option>
          {(datasets.data ?? []).map((d) => (
            <option key={d.name} value={d.name}>
              {d.title} ({d.name})
            </option>
          ))}
          {filters.dataset && !datasets.data?.some((d) => d.name === filters.dataset) && <option value={filters.dataset}>{filters.dataset}</option>}
        </select>
      </label>
      <label>
        Monitor
        <select name="monitor" defaultValue={filters.monitor ?? ''} onChange={select}>
          <option value="">Any or none</option>
          {(monitors.data?.monitors ?? []).map((m) => (
            <option key={m.id} value={String(m.id)}>
              {m.name}
            </option>
          ))}
          {filters.monitor && !monitors.data?.monitors.some((m) => String(m.id) === filters.monitor) && (
            <option value={filters.monitor}>Monitor {filters.monitor}</option>
          )}
        </select>
      </label>
      <label>
        Assignee
        <input name="assignee" defaultValue={filters.assignee ?? ''} placeholder="user name" autoComplete="off" />
      </label>
      <label>
        Search names
        <input name="q" type="search" defaultValue={filters.q ?? ''} placeholder="subject or entity" />
      </label>
      <button type="submit">Apply filters</button>
    </form>
  )
}
