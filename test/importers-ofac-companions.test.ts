/**
 * OFAC companion files newer than their sdn.csv (the mirror's set: a 2024 sdn.csv with the 2025
 * alt.csv and add.csv): rows whose ent_num has no entry are one counted warning per file, never
 * silent and never a crash, and the rows that do fit attach to their entries.
 */
import { copyFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ImportResult } from '../src/store/import-list.js'
import { sharedData } from './support/shared-data.js'
import { openTempStore, tempDir, type TempStore } from './support/temp-store.js'

describe('ofac-csv: companions newer than sdn.csv', () => {
  let t: TempStore
  let result: ImportResult
  const folder = tempDir()

  beforeAll(async () => {
    // The 17 real rows of the tiny fixture, with the 2025 companions of the whole list.
    copyFileSync(sharedData('ofac-sdn/tiny-fixture/sdn.csv'), join(folder, 'sdn.csv'))
    for (const name of ['alt.csv', 'add.csv']) copyFileSync(sharedData(`ofac-sdn/2025-12-24-no-sdn-csv/${name}`), join(folder, name))
    t = await openTempStore()
    result = await t.importFile('ofac-csv', folder)
  })
  afterAll(async () => {
    await t.cleanup()
    rmSync(folder, { recursive: true, force: true })
  })

  it('counts the rows without an entry in one warning per companion file', () => {
    const orphans = result.warnings.filter((w) => /not in the main file/.test(w.message))
    expect(orphans.map((w) => w.file).sort()).toEqual(['add.csv', 'alt.csv'])
    for (const w of orphans) expect(w.message).toMatch(/^\d{4,} rows for \d{3,} ent_nums not in the main file were ignored \(first: ent_num \d+\)/)
    expect(result.version.warnings).toBeLessThan(50)
  })

  it('attaches the rows that fit to their entries', async () => {
    let withAddress = 0
    for await (const { entity } of t.store.iterateEntities('us_ofac_sdn')) if (entity.properties.address?.length) withAddress++
    expect(withAddress).toBeGreaterThan(0)
  })
})
