/**
 * A well-known supplier must not send ordinary trade to review on a faint name resemblance. "Bosch
 * GmbH" once scored 0.612 against PISHTAZAN KAVOSH GOSTAR BOSHRA, LLC (ofac-27163, Iran, NPWMD) on the
 * OFAC SDN set of 2024-05-03, above the review band (REVIEW_THRESHOLD, 0.6): name_match alone, from
 * 'bosh' ≈ 'boshra', which Jaro-Winkler's prefix bonus rated 0.93 as a spelling. The legal forms
 * (GmbH, LLC) were already set apart and counted for nothing. The fix is in name scoring (a
 * truncation is scored by the letters the two share, src/scoring/token-similarity.ts), not here.
 */
import { afterAll, beforeAll, expect, it } from 'vitest'
import { sharedData } from '../../../test/support/shared-data.js'
import { openTempStore, type TempStore } from '../../../test/support/temp-store.js'
import { VIGIL_V1 } from '../../scoring/algorithms.js'
import { loadDataVersion, type DataVersion } from '../data-version/data-version.js'
import { screenShipment } from './screen-shipment.js'
import type { Shipment } from './shipment.js'

let t: TempStore
let data: DataVersion

beforeAll(async () => {
  t = await openTempStore()
  await t.importFile('yaml', 'datasets/cers')
  await t.importFile('ofac-csv', sharedData('ofac-sdn/2024-05-03/sdn.csv'))
  data = await loadDataVersion(t.store)
}, 180_000)

afterAll(() => t?.cleanup())

const shipment = (supplier: string): Shipment => ({
  parties: [
    { role: 'supplier', schema: 'Company', properties: { name: [supplier], country: ['de'] } },
    { role: 'consignee', schema: 'Company', properties: { name: ['Beirut Office Furniture SARL'], country: ['lb'] } },
  ],
  route: { origin: 'de', transit: [], destination: 'lb' },
  goods: [{ description: 'Office swivel chairs', hsCode: '9401.30', quantity: 40, value: 6000 }],
})

it('clears office chairs from Bosch GmbH: no possible match to the Iranian BOSHRA, LLC', () => {
  const d = screenShipment({ shipment: shipment('Bosch GmbH'), data, algorithm: VIGIL_V1 })
  expect(d.parties[0]?.matches.map((m) => [m.entity.id, m.score])).toEqual([])
  expect(d.reasons).toEqual([])
  expect(d.decision).toBe('clear')
})

it('blocks the same shipment when the supplier is the listed LLC itself', () => {
  const d = screenShipment({ shipment: shipment('Pishtazan Kavosh Gostar Boshra LLC'), data, algorithm: VIGIL_V1 })
  expect(d.decision).toBe('block')
  expect(d.reasons.find((r) => r.code === 'party.listed')?.detail).toContain('ofac-27163')
})
