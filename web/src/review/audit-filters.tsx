/** The audit log's filters, as the API takes them: period, actor, action and target. */
import type { FormEvent } from 'react'
import { useSearch } from 'wouter'
import type { Filters } from './queries'

export const AUDIT_FILTERS = ['from', 'to', 'actor', 'action', 'target', 'after'] as const
const FIELDS = [
  { name: 'from', label: 'From (date or UTC time)', placeholder: '2026-12-01' },
  { name: 'to', label: 'To (day included)', placeholder: '2026-12-31' },
  { name: 'actor', label: 'Actor', placeholder: 'user:ana' },
  { name: 'action', label: 'Action', placeholder: 'decision.approved' },
  { name: 'target', label: 'Target', placeholder: 'alert:12' },
]

export function AuditFilters({ filters, onChange }: { filters: Filters; onChange: (change: Filters) => void }) {
  const search = useSearch()
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const data = new FormData(event.currentTarget)
    const change: Filters = { after: undefined }
    for (const f of FIELDS) change[f.name] = String(data.get(f.name) ?? '').trim() || undefined
    onChange(change)
  }
  return (
    <form key={search} className="filters" aria-label="Filter the audit log" onSubmit={submit}>
      {FIELDS.map((f) => (
        <label key={f.name}>
          {f.label}
          <input name={f.name} defaultValue={filters[f.name] ?? ''} placeholder={f.placeholder} autoComplete="off" />
        </label>
      ))}
      <button type="submit">Apply filters</button>
    </form>
  )
}
