/** Where the goods go (origin, transit, destination) and who pays from where. */
import type { ShipmentDraft } from './draft'

type RouteKeys = 'origin' | 'transit' | 'destination' | 'paymentCountry' | 'payer'

interface Props {
  draft: ShipmentDraft
  onChange: (change: Partial<Pick<ShipmentDraft, RouteKeys>>) => void
  countryHint: string
}

export function RouteFields({ draft, onChange, countryHint }: Props) {
  return (
    <div className="columns">
      <fieldset className="panel">
        <legend>Route</legend>
        <div className="row">
          <label>
            Origin country
            <input className="country" aria-describedby={countryHint} value={draft.origin} onChange={(e) => onChange({ origin: e.target.value })} />
          </label>
          <label className="grow">
            Transit countries
            <input aria-describedby={`${countryHint} transit-hint`} value={draft.transit} onChange={(e) => onChange({ transit: e.target.value })} />
          </label>
          <label>
            Destination country
            <input className="country" aria-describedby={countryHint} value={draft.destination} onChange={(e) => onChange({ destination: e.target.value })} />
          </label>
        </div>
        <p id="transit-hint" className="muted hint">
          Transit countries in order, separated by commas.
        </p>
      </fieldset>
      <fieldset className="panel">
        <legend>Payment</legend>
        <div className="row">
          <label>
            Payment country
            <input
              className="country"
              aria-describedby={countryHint}
              value={draft.paymentCountry}
              onChange={(e) => onChange({ paymentCountry: e.target.value })}
            />
          </label>
          <label className="grow">
            Payer
            <input dir="auto" value={draft.payer} onChange={(e) => onChange({ payer: e.target.value })} />
          </label>
        </div>
      </fieldset>
    </div>
  )
}
