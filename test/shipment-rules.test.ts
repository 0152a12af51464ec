import { describe, expect, it } from 'vitest'
import { checkGoods } from '../src/screening/shipment/check-goods.js'
import { checkRoute } from '../src/screening/shipment/check-route.js'
import { loadControlLists, loadRouteRules } from '../src/screening/shipment/rules.js'
import { decide } from '../src/screening/shipment/screen-shipment.js'

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
