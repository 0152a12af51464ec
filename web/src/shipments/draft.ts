/**
 * The shipment form's state: every field a string as typed, each row with a key that survives
 * removals (for React and for moving focus), turned into the API's request only on submit.
 */
import type { Role, ShipmentRequest } from './types'

export interface PartyDraft {
  key: number
  role: Role
  schema: string
  name: string
  country: string
}

export interface GoodsDraft {
  key: number
  description: string
  hsCode: string
  quantity: string
  value: string
}

export interface ShipmentDraft {
  parties: PartyDraft[]
  origin: string
  /** Transit countries as typed: codes separated by commas or spaces. */
  transit: string
  destination: string
  goods: GoodsDraft[]
  paymentCountry: string
  payer: string
}

let lastKey = 0
export function nextKey(): number {
  lastKey += 1
  return lastKey
}

export function emptyParty(role: Role = 'supplier'): PartyDraft {
  return { key: nextKey(), role, schema: 'Company', name: '', country: '' }
}

export function emptyGoods(): GoodsDraft {
  return { key: nextKey(), description: '', hsCode: '', quantity: '', value: '' }
}

export function emptyDraft(): ShipmentDraft {
  return {
    parties: [emptyParty('supplier'), emptyParty('end_user')],
    origin: '',
    transit: '',
    destination: '',
    goods: [emptyGoods()],
    paymentCountry: '',
    payer: '',
  }
}

const trimmed = (s: string) => s.trim() || undefined

// "12000" goes as a number; "12,000 EUR" as the text the user typed, which the API also takes.
function amount(s: string): number | string | undefined {
  const text = s.trim()
  if (!text) return undefined
  return /^\d+(\.\d+)?$/.test(text) ? Number(text) : text
}

export function toRequest(draft: ShipmentDraft): ShipmentRequest {
  const parties = draft.parties.map((p) => {
    const properties: Record<string, string[]> = { name: [p.name.trim()] }
    if (p.country.trim()) properties.country = [p.country.trim()]
    return { role: p.role, schema: p.schema, properties }
  })
  const goods = draft.goods
    .filter((g) => g.description.trim() || g.hsCode.trim())
    .map((g) => ({ description: trimmed(g.description), hsCode: trimmed(g.hsCode), quantity: amount(g.quantity), value: amount(g.value) }))
  const request: ShipmentRequest = {
    parties,
    route: { origin: trimmed(draft.origin), transit: draft.transit.split(/[\s,;]+/).filter(Boolean), destination: trimmed(draft.destination) },
    goods,
  }
  if (draft.paymentCountry.trim() || draft.payer.trim()) request.payment = { country: trimmed(draft.paymentCountry), payer: trimmed(draft.payer) }
  return request
}
