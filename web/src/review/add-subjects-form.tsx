/**
 * Add subjects to a monitor, each screened at once: one typed in, or many pasted as CSV with the
 * headers `vigil screen` reads (an id column, name, schema, country…).
 */
import { type FormEvent, useState } from 'react'
import { api, request } from '../api/client'
import { ErrorBox } from '../components/status'
import { useReviewChange } from './use-review-change'

interface Added {
  added: number
  replaced: number
  screened: number
  alerts: number
}

const SCHEMAS = ['Person', 'Organization', 'Company', 'LegalEntity', 'Vessel', 'Airplane']

function oneSubject(data: FormData) {
  const properties: Record<string, string[]> = { name: [String(data.get('name') ?? '')] }
  for (const field of ['country', 'birthDate']) {
    const value = String(data.get(field) ?? '').trim()
    if (value) properties[field] = [value]
  }
  return { subjects: [{ id: String(data.get('client_id') ?? '').trim(), schema: String(data.get('schema')), properties }] }
}

export function AddSubjectsForm({ monitorId }: { monitorId: number }) {
  const [done, setDone] = useState<string>()
  const add = useReviewChange(
    (input: { json?: unknown; csv?: string }) =>
      input.csv !== undefined
        ? request<Added>('POST', `/v1/monitors/${monitorId}/subjects`, input.csv, { headers: { 'content-type': 'text/csv' } })
        : api.post<Added>(`/v1/monitors/${monitorId}/subjects`, input.json),
    (r) => setDone(`Added ${r.added}, replaced ${r.replaced}; screened ${r.screened}, ${r.alerts} new alerts.`),
  )
  function submitOne(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    setDone(undefined)
    add.mutate({ json: oneSubject(new FormData(event.currentTarget)) })
  }
  function submitCsv(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    setDone(undefined)
    add.mutate({ csv: String(new FormData(event.currentTarget).get('csv') ?? '') })
  }
  return (
    <>
      <h3>One subject</h3>
      <form className="row" onSubmit={submitOne} aria-label="Add one subject">
        <label>
          Client id
          <input name="client_id" required maxLength={200} />
        </label>
        <label>
          Schema
          <select name="schema" defaultValue="Person">
            {SCHEMAS.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </label>
        <label>
          Name
          <input name="name" required />
        </label>
        <label>
          Country (optional)
          <input name="country" size={6} />
        </label>
        <label>
          Birth date (optional)
          <input name="birthDate" placeholder="1961-04-02" size={10} />
        </label>
        <button type="submit" className="primary" disabled={add.isPending}>
          Add subject
        </button>
      </form>
      <h3>Many subjects as CSV</h3>
      <form className="stack" onSubmit={submitCsv} aria-label="Add subjects as CSV">
        <label>
          CSV with a header line
          <textarea name="csv" required rows={5} placeholder={'id,name,schema,country\nC-1,Kim Jong Un,Person,kp'} />
        </label>
        <div>
          <button type="submit" disabled={add.isPending}>
            Add subjects from CSV
          </button>
        </div>
      </form>
      <div role="status">{done && <p className="success">{done}</p>}</div>
      {add.error && <ErrorBox error={add.error} title="No subjects added" />}
    </>
  )
}
