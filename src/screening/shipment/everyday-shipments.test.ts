/**
 * Proportionate shipment rules on the real lists (the curated network and the OFAC SDN set of
 * 2021-07-07 with its aliases), imported through the source, not the built CLI: everyday trade
 * with no end user named clears, with a note saying who was taken for the end user; the same
 * shipment with controlled goods, a listed party, an embargoed or a mismatched destination, or
 * goods nobody described does not.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sharedData } from '../../../test/support/shared-data.js'
import { openTempStore, type TempStore } from '../../../test/support/temp-store.js'
import { VIGIL_V1 } from '../../scoring/algorithms.js'
import { loadDataVersion, type DataVersion } from '../data-version/data-version.js'
import { screenShipment, type ShipmentDecision } from './screen-shipment.js'
import type { Shipment, ShipmentParty } from './shipment.js'

let t: TempStore
let data: DataVersion

beforeAll(async () => {
  t = await openTempStore()
  await t.importFile('yaml', 'datasets/cers')
  await t.importFile('ofac-csv', sharedData('ofac-sdn/2021-07-07/'))
  data = await loadDataVersion(t.store)
}, 180_000)

afterAll(() => t?.cleanup())

const company = (role: ShipmentParty['role'], name: string, country: string): ShipmentParty => ({
  role,
  schema: 'Company',
  properties: { name: [name], country: [country] },
})
const screen = (shipment: Shipment): ShipmentDecision => screenShipment({ shipment, data, algorithm: VIGIL_V1 })
const codes = (d: ShipmentDecision) => d.reasons.map((r) => r.code)

// Office chairs to a furniture retailer in Beirut, buyer and consignee, paid from Lebanon.
const CHAIRS: Shipment = {
  parties: [
    company('supplier', 'Büromöbel Weber GmbH', 'de'),
    company('buyer', 'Beirut Office Furniture SARL', 'lb'),
    company('consignee', 'Beirut Office Furniture SARL', 'lb'),
  ],
  route: { origin: 'de', transit: [], destination: 'lb' },
  goods: [{ description: 'Office swivel chairs with armrests', hsCode: '9401.30', quantity: 120, value: 18000 }],
  payment: { country: 'lb', payer: 'Beirut Office Furniture SARL' },
}
// Cotton T-shirts from Turkey to a clothing wholesaler in Germany, the buyer only.
const TSHIRTS: Shipment = {
  parties: [company('supplier', 'Anatolia Örme Tekstil A.Ş.', 'tr'), company('buyer', 'Rheinland Textilgroßhandel GmbH', 'de')],
  route: { origin: 'tr', transit: [], destination: 'de' },
  goods: [{ description: 'Cotton T-shirts, knitted', hsCode: '6109.10', quantity: 5000, value: 21000 }],
}
// Canned food from Spain to a grocery chain in Beirut.
const CANNED: Shipment = {
  parties: [company('supplier', 'Conservas del Cantábrico S.L.', 'es'), company('consignee', 'Cedars Fresh Supermarkets SAL', 'lb')],
  route: { origin: 'es', transit: [], destination: 'lb' },
  goods: [
    { description: 'Canned tuna in olive oil', hsCode: '1604.14', quantity: 2400, value: 6200 },
    { description: 'Canned tomatoes', hsCode: '2002.10', quantity: 3000, value: 2900 },
  ],
}

describe('everyday trade with no end user named', () => {
  it.each([
    ['office chairs to a furniture retailer in Beirut', CHAIRS, 'consignee'],
    ['cotton T-shirts to a clothing wholesaler', TSHIRTS, 'buyer'],
    ['canned food to a grocery chain', CANNED, 'consignee'],
  ])('clears %s, noting who is taken for the end user', (_, shipment, role) => {
    const d = screen(shipment)
    expect(d.reasons).toEqual([])
    expect(d.decision).toBe('clear')
    expect(d.notes.map((n) => [n.code, n.party?.role])).toEqual([['info.end_user_presumed', role]])
    expect(d.notes[0]?.detail).toMatch(/names no end user; the (consignee|buyer) ".+" is taken for it, since the goods are on no control list/)
  })
})

describe('the same shipments, held', () => {
  it('reviews the office-chair shipment when a line is dual-use (a reaction vessel, EU 2B350), and says the end user is missing', () => {
    const d = screen({ ...CHAIRS, goods: [...CHAIRS.goods, { description: 'Glass-lined reaction vessel', hsCode: '8419.89', quantity: 1, value: 30000 }] })
    expect(d.decision).toBe('review')
    // HS heading 8419 is declared under more than one 2B entry: one reason each, then the end user.
    expect(new Set(codes(d))).toEqual(new Set(['goods.control_list', 'info.no_end_user']))
    expect(d.reasons.find((r) => r.code === 'goods.control_list')?.detail).toContain('2B350')
    expect(d.reasons.at(-1)?.detail).toMatch(
      /consignee "Beirut Office Furniture SARL" cannot be taken for one because the goods match a control list \(goods\.control_list\)/,
    )
    expect(d.notes).toEqual([])
  })

  it('reviews T-shirts with a fibre-optic gyroscope line (MTCR 9)', () => {
    const d = screen({ ...TSHIRTS, goods: [{ description: 'Fibre-optic gyroscope', hsCode: '9014.20' }] })
    expect(d.decision).toBe('review')
    expect(codes(d)).toEqual(['goods.control_list', 'info.no_end_user'])
    expect(d.reasons[0]?.detail).toContain('MTCR')
  })

  it('blocks the office chairs when the buyer is Mahrous Group, an SSRC front on the OFAC SDN list', () => {
    const d = screen({ ...CHAIRS, parties: [CHAIRS.parties[0]!, company('buyer', 'Mahrous Group', 'lb'), CHAIRS.parties[2]!] })
    expect(d.decision).toBe('block')
    expect(codes(d)).toEqual(expect.arrayContaining(['party.listed', 'party.linked', 'info.no_end_user']))
    expect(d.reasons.find((r) => r.code === 'party.listed')?.party?.role).toBe('buyer')
    expect(d.reasons.find((r) => r.code === 'info.no_end_user')?.detail).toContain('a party resembles or is linked to a listed entity')
  })

  it('blocks the canned food when the consignee is Cham Holding, on the OFAC SDN list (Syria)', () => {
    const d = screen({
      ...CANNED,
      parties: [CANNED.parties[0]!, company('consignee', 'Cham Holding', 'sy')],
      route: { origin: 'es', transit: [], destination: 'sy' },
    })
    expect(d.decision).toBe('block')
    expect(codes(d)).toEqual(expect.arrayContaining(['party.listed', 'route.embargoed_destination', 'info.no_end_user']))
    expect(d.reasons.find((r) => r.code === 'party.listed')?.detail).toMatch(/CHAM HOLDING.*us_ofac_sdn/)
  })

  it('blocks canned food to a grocery chain in Damascus: an embargoed destination holds even uncontrolled goods', () => {
    const d = screen({
      ...CANNED,
      parties: [CANNED.parties[0]!, company('consignee', 'Cedars Fresh Supermarkets', 'sy')],
      route: { origin: 'es', transit: [], destination: 'sy' },
    })
    expect(d.decision).toBe('block')
    expect(codes(d)).toEqual(['route.embargoed_destination', 'info.no_end_user'])
    expect(d.reasons[1]?.detail).toContain('the destination is under embargo (route.embargoed_destination)')
  })

  it('reviews T-shirts for a German buyer shipped to Cyprus: the route says the buyer is not the end user', () => {
    const d = screen({ ...TSHIRTS, route: { origin: 'tr', transit: [], destination: 'cy' } })
    expect(d.decision).toBe('review')
    expect(codes(d)).toEqual(['kyc.route_mismatch', 'info.no_end_user'])
    expect(d.reasons[0]?.detail).toMatch(
      /buyer "Rheinland Textilgroßhandel GmbH", taken for the end user the shipment does not name, is in Germany \(de\) but the goods go to Cyprus \(cy\)/,
    )
  })

  it('reviews a shipment naming only the supplier: nobody can stand in for the end user', () => {
    const d = screen({ ...CHAIRS, parties: [CHAIRS.parties[0]!], payment: undefined })
    expect(d.decision).toBe('review')
    expect(codes(d)).toEqual(['info.no_end_user'])
    expect(d.reasons[0]?.detail).toContain('no consignee or buyer who could be taken for one')
  })
})

describe('goods nobody described are not goods on no control list', () => {
  const withEndUser: Shipment = { ...CHAIRS, parties: [...CHAIRS.parties, company('end_user', 'Beirut Office Furniture SARL', 'lb')] }

  it('reviews a shipment with no goods, even with its end user named', () => {
    const d = screen({ ...withEndUser, goods: [] })
    expect(d.decision).toBe('review')
    expect(codes(d)).toEqual(['info.no_goods'])
  })

  it('reviews a goods line with neither description nor HS code, beside a described one', () => {
    const d = screen({ ...withEndUser, goods: [...CHAIRS.goods, { quantity: 3, value: 40000 }] })
    expect(d.decision).toBe('review')
    expect(codes(d)).toEqual(['info.undescribed_goods'])
    expect(d.reasons[0]?.detail).toMatch(/^Goods line 2 has neither a description nor an HS code/)
  })

  it('without an end user, lets no consignee stand in for goods not described', () => {
    const d = screen({ ...CHAIRS, goods: [] })
    expect(codes(d)).toEqual(['info.no_goods', 'info.no_end_user'])
    expect(d.reasons[1]?.detail).toContain('the goods are not described (info.no_goods)')
  })
})
