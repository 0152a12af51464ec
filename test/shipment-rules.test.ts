import { describe, expect, it } from 'vitest'
import { checkGoods } from '../src/screening/shipment/check-goods.js'
import { checkRoute } from '../src/screening/shipment/check-route.js'
import { endUserReasons, endUsersOf } from '../src/screening/shipment/end-user.js'
import { redFlags } from '../src/screening/shipment/red-flags.js'
import { loadControlLists, loadRouteRules } from '../src/screening/shipment/rules.js'
import { decide } from '../src/screening/shipment/screen-shipment.js'
import type { Reason, Role, ScreenedParty, Shipment } from '../src/screening/shipment/shipment.js'

describe('route rules (resources/routes.yaml)', () => {
  it.each(['lb', 'cn', 'ae', 'tr'])('flags transit through %s toward Syria as a diversion hub', (hub) => {
    const reasons = checkRoute({ origin: 'de', transit: [hub], destination: 'sy' })
    expect(reasons.map((r) => r.code)).toEqual(['route.embargoed_destination', 'route.diversion_hub'])
    expect(reasons[1]?.detail).toContain(`(${hub})`)
  })

  it('does not flag the same hubs toward a destination they are no hub for', () => {
    expect(checkRoute({ origin: 'de', transit: ['lb', 'tr'], destination: 'fr' })).toEqual([])
  })

  it('blocks an embargoed transit country and reviews a missing destination', () => {
    expect(checkRoute({ transit: ['ir'], destination: 'ae' }).map((r) => [r.code, r.severity])).toEqual([['route.embargoed_transit', 'block']])
    expect(checkRoute({ transit: [] }).map((r) => [r.code, r.severity])).toEqual([['route.no_destination', 'review']])
  })

  it('cites a source for every entry', () => {
    const rules = loadRouteRules()
    for (const entry of [...rules.embargoed, ...rules.high_risk, ...rules.diversion]) expect(entry.source.length).toBeGreaterThan(10)
  })
})

describe('control lists (resources/control-lists)', () => {
  it("finds the EU 2B headings and the MTCR items by HS code prefix or by the heading's words", () => {
    const found = (description: string, hsCode?: string) => checkGoods([{ description, hsCode }], false).map((r) => /(2B35\d|MTCR \d+)/.exec(r.detail)?.[1])
    expect(found('Portable toxic gas monitor', '9027.10')).toEqual(['2B351'])
    expect(found('Stainless steel fermenter, 100 litre')).toEqual(['2B352'])
    expect(found('Fibre-optic gyroscope')).toEqual(['MTCR 9'])
    expect(found('Spare parts', '9014.20')).toEqual(['MTCR 9'])
    expect(found('Heat exchanger')).toEqual(['2B350'])
    expect(found('Office desks and swivel chairs', '9403.30')).toEqual([])
    // Short or missing codes match nothing: "84" alone would cover half of all machinery.
    expect(found('Spare parts', '84')).toEqual([])
  })

  it('blocks toward an embargoed destination, reviews elsewhere', () => {
    expect(checkGoods([{ description: 'bioreactor' }], true)[0]?.severity).toBe('block')
    expect(checkGoods([{ description: 'bioreactor' }], false)[0]?.severity).toBe('review')
  })

  it('holds headings, HS codes and keywords only, each list citing its source', () => {
    const lists = loadControlLists()
    expect(lists.map((l) => l.list)).toEqual(['EU dual-use (Regulation (EU) 2021/821, Annex I)', 'MTCR Annex'])
    for (const list of lists) {
      expect(list.source.length).toBeGreaterThan(10)
      for (const entry of list.entries) {
        expect(Object.keys(entry).sort()).toEqual(['code', 'heading', 'hs', 'keywords'])
        for (const hs of entry.hs) expect(hs).toMatch(/^\d{4}$/)
      }
    }
  })
})

describe('decide', () => {
  it('blocks on any blocking reason, reviews on any other, clears only on none', () => {
    expect(
      decide([
        { code: 'a', severity: 'review', detail: '' },
        { code: 'b', severity: 'block', detail: '' },
      ]),
    ).toBe('block')
    expect(decide([{ code: 'a', severity: 'review', detail: '' }])).toBe('review')
    expect(decide([])).toBe('clear')
  })
})

// Parties as screening leaves them when no list knows them: no match, no derived risk.
const unlisted = (index: number, role: Role, name: string, country: string): ScreenedParty => ({
  index,
  role,
  name,
  country: [country],
  matches: [],
  risk: { topics: [], paths: [], warnings: [] },
})
const supplier = unlisted(0, 'supplier', 'Büromöbel Weber GmbH', 'de')
const buyer = unlisted(1, 'buyer', 'Beirut Office Furniture SARL', 'lb')
const consignee = unlisted(2, 'consignee', 'Beirut Office Furniture Warehouse SARL', 'lb')
const endUser = unlisted(3, 'end_user', 'Beirut Office Furniture SARL', 'lb')
const controlled: Reason = { code: 'goods.control_list', severity: 'review', detail: '' }

describe('the end user (end-user.ts)', () => {
  it('takes a named end user at its word, else the consignee, else the buyer', () => {
    expect(endUsersOf([supplier, buyer, consignee, endUser])).toEqual({ parties: [endUser], presumed: false })
    expect(endUsersOf([supplier, buyer, consignee])).toEqual({ parties: [consignee], presumed: true })
    expect(endUsersOf([supplier, buyer])).toEqual({ parties: [buyer], presumed: true })
    expect(endUsersOf([supplier])).toEqual({ parties: [], presumed: true })
  })

  it('notes the consignee taken for a missing end user when nothing else stands, and holds nothing', () => {
    const { reasons, notes } = endUserReasons([supplier, buyer, consignee], [])
    expect(reasons).toEqual([])
    expect(notes).toEqual([
      {
        code: 'info.end_user_presumed',
        party: { index: 2, role: 'consignee', name: 'Beirut Office Furniture Warehouse SARL' },
        detail:
          'The shipment names no end user; the consignee "Beirut Office Furniture Warehouse SARL" is taken for it, since the goods are on no control list and neither the route nor any party raises a flag.',
      },
    ])
  })

  it('holds a shipment with no end user for controlled goods, an embargo or a flag, saying which', () => {
    const embargo: Reason = { code: 'route.embargoed_destination', severity: 'block', detail: '' }
    const { reasons, notes } = endUserReasons([supplier, buyer], [controlled, embargo, controlled])
    expect(notes).toEqual([])
    expect(reasons.map((r) => [r.code, r.severity])).toEqual([['info.no_end_user', 'review']])
    expect(reasons[0]?.detail).toBe(
      'The shipment names no end user, and the buyer "Beirut Office Furniture SARL" cannot be taken for one because the goods match a control list (goods.control_list) and the destination is under embargo (route.embargoed_destination); it cannot be cleared without knowing who will use the goods.',
    )
    for (const code of ['party.possible_match', 'kyc.third_country_payment', 'route.diversion_hub', 'route.no_destination', 'info.no_goods']) {
      expect(endUserReasons([buyer], [{ code, severity: 'review', detail: '' }]).reasons.map((r) => r.code)).toEqual(['info.no_end_user'])
    }
  })

  it('holds a shipment with nobody to stand in for the end user, even for uncontrolled goods', () => {
    expect(endUserReasons([supplier], []).reasons[0]?.detail).toContain('no consignee or buyer who could be taken for one')
  })

  it('asks nothing more of a shipment that names its end user', () => {
    expect(endUserReasons([supplier, endUser], [controlled])).toEqual({ reasons: [], notes: [] })
  })
})

describe('red flags (red-flags.ts)', () => {
  const chairs: Shipment = {
    parties: [],
    route: { origin: 'de', transit: [], destination: 'lb' },
    goods: [{ description: 'Office swivel chairs', hsCode: '9401.30' }],
  }

  it('raises none for office chairs to a Lebanese retailer, named end user or not', () => {
    expect(redFlags(chairs, [supplier, buyer, consignee])).toEqual([])
    expect(redFlags(chairs, [supplier, buyer, endUser])).toEqual([])
  })

  it('reviews goods nobody described: no goods, or a line with neither description nor HS code', () => {
    expect(redFlags({ ...chairs, goods: [] }, [supplier, endUser]).map((r) => r.code)).toEqual(['info.no_goods'])
    const lines = redFlags({ ...chairs, goods: [...chairs.goods, { quantity: 4 }, { hsCode: '6109.10' }, { description: ' ' }] }, [supplier, endUser])
    expect(lines.map((r) => [r.code, /line (\d)/.exec(r.detail)?.[1]])).toEqual([
      ['info.undescribed_goods', '2'],
      ['info.undescribed_goods', '4'],
    ])
  })

  it('holds the consignee taken for the end user to the end-user route check', () => {
    const flags = redFlags({ ...chairs, route: { transit: [], destination: 'cy' } }, [supplier, buyer, consignee])
    expect(flags.map((r) => [r.code, r.party?.role])).toEqual([['kyc.route_mismatch', 'consignee']])
    expect(flags[0]?.detail).toMatch(
      /^The consignee ".+", taken for the end user the shipment does not name, is in Lebanon \(lb\) but the goods go to Cyprus \(cy\)/,
    )
  })
})
