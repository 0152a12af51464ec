/** The shipment's parties: one row each (role, schema, name, country), added and removed in place. */
import { emptyParty, type PartyDraft } from './draft'
import { useRowFocus } from './row-focus'
import { ROLES, type Role, roleLabel, SCHEMAS } from './types'

interface Props {
  parties: PartyDraft[]
  onChange: (parties: PartyDraft[]) => void
  /** The id of the hint that says how to write a country. */
  countryHint: string
}

export function PartyRows({ parties, onChange, countryHint }: Props) {
  const focus = useRowFocus()
  const update = (key: number, change: Partial<PartyDraft>) => onChange(parties.map((p) => (p.key === key ? { ...p, ...change } : p)))
  const remove = (index: number) => {
    focus.focusAfterRemoving(
      parties.map((p) => p.key),
      index,
    )
    onChange(parties.filter((_, i) => i !== index))
  }
  const add = () => {
    const party = emptyParty(parties.length === 0 ? 'supplier' : 'consignee')
    focus.focusRow(party.key)
    onChange([...parties, party])
  }
  return (
    <fieldset className="panel shipment-rows">
      <legend>Parties</legend>
      {parties.map((p, i) => {
        const n = i + 1
        return (
          <div className="row shipment-row" key={p.key}>
            <label>
              <span>
                Role<span className="visually-hidden"> of party {n}</span>
              </span>
              <select ref={focus.firstField(p.key)} value={p.role} onChange={(e) => update(p.key, { role: e.target.value as Role })}>
                {ROLES.map((r) => (
                  <option key={r} value={r}>
                    {roleLabel(r)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              <span>
                Schema<span className="visually-hidden"> of party {n}</span>
              </span>
              <select value={p.schema} onChange={(e) => update(p.key, { schema: e.target.value })}>
                {SCHEMAS.map((s) => (
                  <option key={s}>{s}</option>
                ))}
              </select>
            </label>
            <label className="grow">
              <span>
                Name<span className="visually-hidden"> of party {n}</span>
              </span>
              <input dir="auto" required value={p.name} onChange={(e) => update(p.key, { name: e.target.value })} />
            </label>
            <label>
              <span>
                Country<span className="visually-hidden"> of party {n}</span>
              </span>
              <input className="country" aria-describedby={countryHint} value={p.country} onChange={(e) => update(p.key, { country: e.target.value })} />
            </label>
            <button type="button" onClick={() => remove(i)} disabled={parties.length === 1}>
              Remove<span className="visually-hidden"> party {n}</span>
            </button>
          </div>
        )
      })}
      <button type="button" ref={focus.addButton} onClick={add}>
        Add party
      </button>
    </fieldset>
  )
}
