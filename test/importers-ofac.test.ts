import { readFileSync } from 'node:fs'
import { parse } from 'csv-parse/sync'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Entity } from '../src/model/entity.js'
import { sharedData } from './support/shared-data.js'
import { openTempStore, type TempStore } from './support/temp-store.js'

const LISTED = new Set(['Person', 'Organization', 'Vessel', 'Airplane'])

/** Rows of an OFAC CSV file, read independently of the importer. */
function ofacRows(path: string): string[][] {
  const text = readFileSync(path, 'utf-8').replace(/\u001a/g, '')
  return parse(text, { relax_column_count: true, skip_empty_lines: true }) as string[][]
}

/** Names are stored with white space collapsed. */
const squash = (name: string) => name.replace(/\s+/g, ' ').trim()

function namesOf(e: Entity | undefined): string[] {
  return ['alias', 'weakAlias', 'previousName'].flatMap((p) => e?.properties[p] ?? [])
}

async function entitiesOf(t: TempStore, dataset: string): Promise<Map<string, Entity>> {
  const all = new Map<string, Entity>()
  for await (const { entity } of t.store.iterateEntities(dataset)) all.set(entity.id, entity)
  return all
}

describe('ofac-csv: the 2021 SDN set with its companions', () => {
  let t: TempStore
  let entities: Map<string, Entity>
  const folder = sharedData('ofac-sdn/2021-07-07')

  beforeAll(async () => {
    t = await openTempStore()
    await t.importFile('ofac-csv', folder)
    entities = await entitiesOf(t, 'us_ofac_sdn')
  })
  afterAll(() => t.cleanup())

  it('makes one listed entity per sdn.csv row', () => {
    const rows = ofacRows(`${folder}/sdn.csv`)
    const listed = [...entities.values()].filter((e) => LISTED.has(e.schema))
    expect(listed.length).toBe(rows.length)
    for (const row of rows.slice(0, 200)) expect(entities.has(`ofac-${row[0]}`)).toBe(true)
  })

  it('puts every alt.csv row as a name on its entity', () => {
    const rows = ofacRows(`${folder}/alt.csv`)
    const missing = rows.filter(([entNum, , , name]) => {
      return !namesOf(entities.get(`ofac-${entNum}`)).includes(squash(name!))
    })
    expect(missing).toEqual([])
  })

  it('puts every add.csv row with a street or city as an address', () => {
    const rows = ofacRows(`${folder}/add.csv`).filter((r) => r.slice(2, 4).some((f) => f.trim() !== '-0-'))
    const missing = rows.filter(([entNum]) => (entities.get(`ofac-${entNum}`)?.properties.address ?? []).length === 0)
    expect(missing).toEqual([])
  })

  it('gives every listed entity a Sanction with its programmes', () => {
    const sanction = entities.get('ofac-9352-sanction')
    expect(sanction?.properties.program).toEqual(['NPWMD'])
    expect(sanction?.properties.entity).toEqual(['ofac-9352'])
  })

  it('turns Linked To remarks into relations between entities', () => {
    const links = [...entities.values()].filter((e) => e.schema === 'UnknownLink' && e.properties.object?.includes('ofac-9352'))
    const subjects = links.flatMap((l) => l.properties.subject ?? [])
    expect(subjects).toContain('ofac-20089') // MAHROUS TRADING FZE
  })

  it('reads birth dates, nationality and passports from the remarks', async () => {
    const detail = await t.store.getEntity('ofac-20069') // MAHROUS, Iyad Mohammad Esam
    expect(detail?.entity.properties.birthDate).toEqual(['1971-05-12'])
    expect(detail?.entity.properties.nationality).toEqual(['sy'])
    expect(detail?.entity.properties.passportNumber).toEqual(['N006478882'])
    const passport = detail?.related.find((r) => r.entity.schema === 'Passport')
    expect(passport?.entity.properties.number).toEqual(['N006478882'])
  })

  it('ties every value to its file and line', async () => {
    const detail = await t.store.getEntity('ofac-9352')
    const name = detail?.statements.find((s) => s.prop === 'name')
    expect(name?.source.file).toBe('sdn.csv')
    expect(name?.source.locator).toMatch(/^line \d+, ent_num 9352$/)
    expect(name?.dataset).toBe('us_ofac_sdn')
  })
})

describe('ofac-csv: a lone sdn.csv (2024)', () => {
  it('imports every row, aliases from the remarks', async () => {
    const t = await openTempStore()
    try {
      const path = sharedData('ofac-sdn/2024-05-03/sdn.csv')
      const result = await t.importFile('ofac-csv', path)
      const entities = await entitiesOf(t, 'us_ofac_sdn')
      const listed = [...entities.values()].filter((e) => LISTED.has(e.schema))
      expect(listed.length).toBe(ofacRows(path).length)
      expect(entities.get('ofac-9352')?.properties.alias).toEqual(['SSRC'])
      expect(result.version.entities).toBe(entities.size)
    } finally {
      await t.cleanup()
    }
  })
})

describe('ofac-cons-csv: the consolidated non-SDN set', () => {
  it('imports one entity per cons_prim.csv row with its aliases', async () => {
    const t = await openTempStore()
    try {
      const folder = sharedData('ofac-consolidated-non-sdn/2025-12-19')
      await t.importFile('ofac-cons-csv', folder)
      const entities = await entitiesOf(t, 'us_ofac_cons')
      const rows = ofacRows(`${folder}/cons_prim.csv`)
      expect([...entities.values()].filter((e) => LISTED.has(e.schema)).length).toBe(rows.length)
      const alts = ofacRows(`${folder}/cons_alt.csv`)
      const named = alts.filter(([entNum, , , name]) => namesOf(entities.get(`ofac-${entNum}`)).includes(squash(name!)))
      expect(named.length).toBe(alts.length)
    } finally {
      await t.cleanup()
    }
  })
})
