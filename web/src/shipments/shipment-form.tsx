/** The shipment form: examples to start from, the parties, route, payment and goods, and the Screen button. */
import { useState } from 'react'
import { useCan } from '../auth/session'
import { emptyDraft, type ShipmentDraft } from './draft'
import { EXAMPLES } from './examples'
import { GoodsRows } from './goods-rows'
import { PartyRows } from './party-rows'
import { RouteFields } from './route-fields'

interface Props {
  /** `record`: keep each party as a recorded screening, whose hits open alerts. */
  onScreen: (draft: ShipmentDraft, record: boolean) => void
  screening: boolean
}

const COUNTRY_HINT = 'country-hint'

export function ShipmentForm({ onScreen, screening }: Props) {
  const [draft, setDraft] = useState<ShipmentDraft>(emptyDraft)
  const [loaded, setLoaded] = useState('')
  const canRecord = useCan('record')
  const [record, setRecord] = useState(false)
  const change = (part: Partial<ShipmentDraft>) => setDraft((d) => ({ ...d, ...part }))
  return (
    <form
      aria-labelledby="shipment-form-title"
      onSubmit={(e) => {
        e.preventDefault()
        onScreen(draft, canRecord && record)
      }}
    >
      <h2 id="shipment-form-title">Shipment to screen</h2>
      <div className="panel">
        <h3 id="examples-title">Examples</h3>
        <ul className="shipment-examples" aria-labelledby="examples-title">
          {EXAMPLES.map((example) => (
            <li key={example.label}>
              <button
                type="button"
                onClick={() => {
                  setDraft(example.draft())
                  setLoaded(example.label)
                }}
              >
                Load example: {example.label}
              </button>{' '}
              <span className="muted">{example.description}</span>
            </li>
          ))}
        </ul>
        <p role="status" className="muted">
          {loaded && `Example “${loaded}” loaded into the form.`}
        </p>
      </div>
      <p id={COUNTRY_HINT} className="muted hint">
        Countries are ISO 3166 two-letter codes, such as de, lb or sy.
      </p>
      <PartyRows parties={draft.parties} onChange={(parties) => change({ parties })} countryHint={COUNTRY_HINT} />
      <RouteFields draft={draft} onChange={change} countryHint={COUNTRY_HINT} />
      <GoodsRows goods={draft.goods} onChange={(goods) => change({ goods })} />
      {canRecord && (
        <label className="inline record-option">
          <input type="checkbox" checked={record} onChange={(e) => setRecord(e.target.checked)} />
          Record each party as a screening (hits open alerts)
        </label>
      )}
      <div className="row">
        <button type="submit" className="primary" disabled={screening}>
          {screening ? 'Screening…' : 'Screen shipment'}
        </button>
        <button
          type="button"
          onClick={() => {
            setDraft(emptyDraft())
            setLoaded('')
          }}
        >
          Clear form
        </button>
      </div>
    </form>
  )
}
