/** The shipment's goods: one row per line (description, HS code, quantity, value), added and removed in place. */
import { emptyGoods, type GoodsDraft } from './draft'
import { useRowFocus } from './row-focus'

export function GoodsRows({ goods, onChange }: { goods: GoodsDraft[]; onChange: (goods: GoodsDraft[]) => void }) {
  const focus = useRowFocus()
  const update = (key: number, change: Partial<GoodsDraft>) => onChange(goods.map((g) => (g.key === key ? { ...g, ...change } : g)))
  const remove = (index: number) => {
    focus.focusAfterRemoving(
      goods.map((g) => g.key),
      index,
    )
    onChange(goods.filter((_, i) => i !== index))
  }
  const add = () => {
    const line = emptyGoods()
    focus.focusRow(line.key)
    onChange([...goods, line])
  }
  return (
    <fieldset className="panel shipment-rows">
      <legend>Goods</legend>
      {goods.length === 0 && <p className="muted">No goods lines: the goods are not checked against control lists.</p>}
      {goods.map((g, i) => {
        const of = <span className="visually-hidden"> of goods line {i + 1}</span>
        return (
          <div className="row shipment-row" key={g.key}>
            <label className="grow">
              <span>Description{of}</span>
              <input ref={focus.firstField(g.key)} dir="auto" value={g.description} onChange={(e) => update(g.key, { description: e.target.value })} />
            </label>
            <label>
              <span>HS code{of}</span>
              <input className="hs-code" inputMode="decimal" value={g.hsCode} onChange={(e) => update(g.key, { hsCode: e.target.value })} />
            </label>
            <label>
              <span>Quantity{of}</span>
              <input className="amount" value={g.quantity} onChange={(e) => update(g.key, { quantity: e.target.value })} />
            </label>
            <label>
              <span>Value{of}</span>
              <input className="amount" value={g.value} onChange={(e) => update(g.key, { value: e.target.value })} />
            </label>
            <button type="button" onClick={() => remove(i)}>
              Remove<span className="visually-hidden"> goods line {i + 1}</span>
            </button>
          </div>
        )
      })}
      <button type="button" ref={focus.addButton} onClick={add}>
        Add goods line
      </button>
    </fieldset>
  )
}
