/**
 * Example shipments for trying the page, the three scenarios of issue 4 (the same data as
 * test/support/shipments.ts, kept here as drafts since the app does not import the tests).
 */
import { emptyGoods, emptyParty, type GoodsDraft, type PartyDraft, type ShipmentDraft } from './draft'
import type { Role } from './types'

function party(role: Role, schema: string, name: string, country: string): PartyDraft {
  return { ...emptyParty(role), schema, name, country }
}

function goods(description: string, hsCode: string, quantity: number, value: number): GoodsDraft {
  return { ...emptyGoods(), description, hsCode, quantity: String(quantity), value: String(value) }
}

export interface ExampleShipment {
  label: string
  /** What the example shows, said next to its button. */
  description: string
  draft: () => ShipmentDraft
}

export const EXAMPLES: ExampleShipment[] = [
  {
    label: 'HIAST via Beirut',
    description: 'German lab equipment through Lebanon to HIAST in Syria, under the French name OFAC lists it by.',
    draft: () => ({
      parties: [
        party('supplier', 'Company', 'Laborgeräte Schmidt GmbH', 'de'),
        party('consignee', 'Company', 'Phoenicia Scientific Supplies SAL', 'lb'),
        party('end_user', 'Organization', 'Institut supérieur des sciences appliquées et de technologie', 'sy'),
      ],
      origin: 'de',
      transit: 'lb',
      destination: 'sy',
      goods: [goods('Laboratory glass-lined reaction vessel with agitator', '8419.89', 2, 48000)],
      paymentCountry: '',
      payer: '',
    }),
  },
  {
    label: 'Front-owned end user',
    description: 'A Lebanese company on no list, 60% owned by a listed SSRC front.',
    draft: () => ({
      parties: [party('supplier', 'Company', 'Laborgeräte Schmidt GmbH', 'de'), party('end_user', 'Company', 'Orontes Laboratory Instruments SAL', 'lb')],
      origin: 'de',
      transit: '',
      destination: 'lb',
      goods: [goods('Laboratory centrifuge', '8421.19', 1, 9000)],
      paymentCountry: 'lb',
      payer: 'Orontes Laboratory Instruments SAL',
    }),
  },
  {
    label: 'Office furniture',
    description: 'Desks and chairs to a Lebanese retailer, paid from Lebanon.',
    draft: () => ({
      parties: [
        party('supplier', 'Company', 'Büromöbel Weber GmbH', 'de'),
        party('buyer', 'Company', 'Beirut Office Furniture SARL', 'lb'),
        party('end_user', 'Company', 'Beirut Office Furniture SARL', 'lb'),
      ],
      origin: 'de',
      transit: '',
      destination: 'lb',
      goods: [goods('Office desks and swivel chairs', '9403.30', 40, 12000)],
      paymentCountry: 'lb',
      payer: 'Beirut Office Furniture SARL',
    }),
  },
]
