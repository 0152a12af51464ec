/**
 * The screen form: who to look for and against what. It edits a copy of the URL's state and hands
 * it back on submit; the page puts it in the URL, which is what runs the search.
 */
import { type FormEvent, useState } from 'react'
import { useCan } from '../auth/session'
import { identifierProperty, SCHEMAS, type ScreenParams } from './screen-params'
import { useAlgorithms, useCatalog } from './use-screen-options'

interface Props {
  initial: ScreenParams
  busy: boolean
  onSubmit: (params: ScreenParams, record: boolean) => void
}

export function ScreenForm({ initial, busy, onSubmit }: Props) {
  const [params, setParams] = useState(initial)
  const [record, setRecord] = useState(false)
  const canRecord = useCan('record')
  const catalog = useCatalog()
  const algorithms = useAlgorithms()
  const set = (key: keyof ScreenParams) => (event: { target: { value: string } }) => setParams({ ...params, [key]: event.target.value })
  const chosenAlgorithm = algorithms.data?.algorithms.find((a) => a.name === (params.algorithm || algorithms.data?.default))
  const submit = (event: FormEvent) => {
    event.preventDefault()
    onSubmit(params, canRecord && record)
  }
  return (
    <form className="panel screen-form" onSubmit={submit} aria-label="Screening query">
      <div className="screen-grid">
        <label className="screen-name">
          Name
          <input value={params.name} onChange={set('name')} required autoComplete="off" dir="auto" />
        </label>
        <label>
          Schema
          <select value={params.schema} onChange={set('schema')}>
            {SCHEMAS.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </label>
        {params.schema === 'Person' && (
          <label>
            Birth date
            <input value={params.birthDate} onChange={set('birthDate')} placeholder="YYYY or YYYY-MM-DD" pattern="\d{4}(-\d{2}(-\d{2})?)?" />
          </label>
        )}
        <label>
          Country
          <input value={params.country} onChange={set('country')} placeholder="ISO code, e.g. sy" maxLength={10} />
        </label>
        <label>
          {identifierProperty(params.schema).label}
          <input value={params.identifier} onChange={set('identifier')} autoComplete="off" />
        </label>
        <label>
          Dataset
          <select value={params.dataset} onChange={set('dataset')}>
            {(catalog.data?.datasets ?? [{ name: params.dataset, title: params.dataset }]).map((d) => (
              <option key={d.name} value={d.name}>
                {d.title} ({d.name})
              </option>
            ))}
          </select>
        </label>
        <label>
          Algorithm
          <select value={params.algorithm} onChange={set('algorithm')}>
            <option value="">Default{algorithms.data ? ` (${algorithms.data.default})` : ''}</option>
            {algorithms.data?.algorithms.map((a) => (
              <option key={a.name} value={a.name}>
                {a.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Threshold
          <input
            type="number"
            min={0}
            max={1}
            step={0.01}
            value={params.threshold}
            onChange={set('threshold')}
            placeholder={chosenAlgorithm ? String(chosenAlgorithm.threshold) : '0.70'}
          />
        </label>
      </div>
      <div className="row screen-actions">
        {canRecord && (
          <label className="inline">
            <input type="checkbox" checked={record} onChange={(e) => setRecord(e.target.checked)} />
            Record this screening (hits open alerts)
          </label>
        )}
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Screening…' : 'Screen'}
        </button>
      </div>
      {chosenAlgorithm && <p className="muted screen-hint">{chosenAlgorithm.description}</p>}
    </form>
  )
}
