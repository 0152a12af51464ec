/** The shipment scenarios of issue 4, shared by the API and CLI tests. */

// (a) The article's story: German lab equipment to a Lebanese trading company, for HIAST (by its
// French name, as OFAC lists it), through Beirut to Syria.
export const HIAST_VIA_BEIRUT = {
  parties: [
    { role: 'supplier', schema: 'Company', properties: { name: ['Laborgeräte Schmidt GmbH'], country: ['de'] } },
    { role: 'consignee', schema: 'Company', properties: { name: ['Phoenicia Scientific Supplies SAL'], country: ['lb'] } },
    { role: 'end_user', schema: 'Organization', properties: { name: ['Institut supérieur des sciences appliquées et de technologie'], country: ['sy'] } },
  ],
  route: { origin: 'de', transit: ['lb'], destination: 'sy' },
  goods: [{ description: 'Laboratory glass-lined reaction vessel with agitator', hsCode: '8419.89', quantity: 2, value: 48000 }],
}

// (b) A company on no list, 60% owned by a listed SSRC front (test/fixtures/shipment-front).
export const FRONT_OWNED = {
  parties: [
    { role: 'supplier', schema: 'Company', properties: { name: ['Laborgeräte Schmidt GmbH'], country: ['de'] } },
    { role: 'end_user', schema: 'Company', properties: { name: ['Orontes Laboratory Instruments SAL'], country: ['lb'] } },
  ],
  route: { origin: 'de', transit: [], destination: 'lb' },
  goods: [{ description: 'Laboratory centrifuge', hsCode: '8421.19', quantity: 1, value: 9000 }],
  payment: { country: 'lb', payer: 'Orontes Laboratory Instruments SAL' },
}

// (c) Office furniture to a Lebanese retailer, paid from Lebanon.
export const OFFICE_FURNITURE = {
  parties: [
    { role: 'supplier', schema: 'Company', properties: { name: ['Büromöbel Weber GmbH'], country: ['de'] } },
    { role: 'buyer', schema: 'Company', properties: { name: ['Beirut Office Furniture SARL'], country: ['lb'] } },
    { role: 'end_user', schema: 'Company', properties: { name: ['Beirut Office Furniture SARL'], country: ['lb'] } },
  ],
  route: { origin: 'de', transit: [], destination: 'lb' },
  goods: [{ description: 'Office desks and swivel chairs', hsCode: '9403.30', quantity: 40, value: 12000 }],
  payment: { country: 'lb', payer: 'Beirut Office Furniture SARL' },
}

/** A party's match, shown as every edge shows a screened entity (src/screening/entity-view/screened-entity.ts). */
interface ScreenedMatch {
  id: string
  score: number
  match: boolean
  properties: Record<string, unknown[]>
  paths: Array<{ topic: string; steps: Array<{ id: string; relation?: string }> }>
  explanations: Record<string, { score: number; detail: string; weight: number }>
}

export interface Decision {
  decision: 'block' | 'review' | 'clear'
  reasons: Array<{
    code: string
    severity: string
    detail: string
    party?: { index: number; role: string; name: string }
    path?: Array<{ id: string; caption: string; relation?: string }>
  }>
  parties: Array<{ role: string; name: string; matches: ScreenedMatch[]; risk: { topics: string[]; paths: unknown[] } }>
  data_version: string
  algorithm: string
}
