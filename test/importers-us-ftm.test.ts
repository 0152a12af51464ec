import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AppError } from '../src/errors.js'
import type { Entity } from '../src/model/entity.js'
import { sharedData } from './support/shared-data.js'
import { openTempStore, type TempStore } from './support/temp-store.js'

const PARTIES = new Set(['Person', 'Organization', 'LegalEntity', 'Vessel', 'Airplane'])

async function entitiesOf(t: TempStore, dataset: string): Promise<Map<string, Entity>> {
  const all = new Map<string, Entity>()
  for await (const { entity } of t.store.iterateEntities(dataset)) all.set(entity.id, entity)
  return all
}

const ofSchema = (entities: Map<string, Entity>, schemata: Set<string>) => [...entities.values()].filter((e) => schemata.has(e.schema))

function countBy<T>(items: T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1
  return counts
}

/** The rejection of a promise, which must be an AppError. */
async function failureOf(promise: Promise<unknown>): Promise<AppError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(err).toBeInstanceOf(AppError)
  return err as AppError
}

const scratch = mkdtempSync(join(tmpdir(), 'vigil-us-ftm-'))

/** CSL data rows, read independently of the importer: the header (written twice in 2023) left out. */
function cslRows(path: string): Array<Record<string, string>> {
  const [header, ...rows] = parse(readFileSync(path), { relax_column_count: true }) as string[][]
  return rows.filter((r) => r.join() !== header!.join()).map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ''])))
}

describe('csl-csv: the 2023 CSL subset', () => {
  const real = sharedData('us-csl/2023-11-30-subset/csl.csv')
  const bytes = readFileSync(real)
  // The shared copy ends inside its last record (no closing quote, no newline): "…, Camino a San Mateo 41, edificio Mackenzie, la Cuspide departament".
  const lastLine = bytes.toString('utf-8').split('\n').length
  const complete = join(scratch, 'csl.csv')
  writeFileSync(complete, bytes.subarray(0, bytes.lastIndexOf(10) + 1))
  let t: TempStore
  let entities: Map<string, Entity>

  beforeAll(async () => {
    t = await openTempStore()
    await t.importFile('csl-csv', complete)
    entities = await entitiesOf(t, 'us_trade_csl')
  })
  afterAll(() => t.cleanup())

  it('refuses the shared file as it is, since its last record is cut off, and names file and line', async () => {
    const other = await openTempStore()
    try {
      const err = await failureOf(other.importFile('csl-csv', real))
      expect(err.code).toBe('bad_file')
      expect(err.location).toMatchObject({ file: 'csl.csv', line: lastLine })
      expect((await other.store.listDatasets()).map((d) => d.dataset)).not.toContain('us_trade_csl')
    } finally {
      await other.cleanup()
    }
  })

  it('makes one listed party per _id and one Sanction per row, skipping the repeated header', () => {
    const rows = cslRows(complete)
    expect(rows.length).toBe(4226) // 4,227 records in PROVENANCE.md, less the cut-off one
    expect(ofSchema(entities, PARTIES).length).toBe(new Set(rows.map((r) => r._id)).size)
    expect(ofSchema(entities, new Set(['Sanction'])).length).toBe(rows.length)
  })

  it('names the source list of each row as the Sanction authority, with the breakdown of PROVENANCE.md', () => {
    const sanctions = ofSchema(entities, new Set(['Sanction']))
    const byAuthority = countBy(sanctions, (s) => s.properties.authority![0]!)
    expect(byAuthority).toEqual(countBy(cslRows(complete), (r) => r.source!))
    const short = (text: string) => text.match(/\(([^)]+)\)/)![1]!
    const cut = short(
      bytes
        .subarray(bytes.lastIndexOf(10) + 1)
        .toString('utf-8')
        .split('","')[1]!,
    )
    const expected: Record<string, number> = {
      SDN: 1738,
      EL: 919,
      DPL: 577,
      SSI: 288,
      UVL: 186,
      ISN: 144,
      DTC: 142,
      PLC: 78,
      MEU: 71,
      CMIC: 68,
      'NS-MBS List': 14,
      FSE: 1,
      CAP: 1,
    }
    expected[cut]! -= 1
    expect(countBy(sanctions, (s) => short(s.properties.authority![0]!))).toEqual(expected)
  })

  it('maps types to schemata, and keeps one entity with two sanctions for a party on two lists', () => {
    expect(entities.get('trade-csl-4238')?.schema).toBe('Vessel') // MAR AZUL
    expect(entities.get('trade-csl-4238')?.properties.callSign).toEqual(['CL2192'])
    expect(entities.get('trade-csl-30882')?.schema).toBe('Organization') // China Telecom
    const zahhar = entities.get('trade-csl-9647')! // on the SDN and PLC lists
    expect(zahhar.schema).toBe('Person')
    expect(entities.get('trade-csl-9647-sanction-sdn')?.properties.entity).toEqual(['trade-csl-9647'])
    expect(entities.get('trade-csl-9647-sanction-plc')?.properties.entity).toEqual(['trade-csl-9647'])
  })

  it('reads the ids cell: registration numbers, tax numbers, SWIFT codes, sanction terms', async () => {
    const vtb = await t.store.getEntity('trade-csl-17013')
    expect(vtb?.entity.properties.registrationNumber).toContain('1027739609391')
    expect(vtb?.entity.properties.taxNumber).toEqual(['7702070139'])
    expect(vtb?.entity.properties.swiftBic).toEqual(['VTBRRUMM'])
    expect(vtb?.entity.properties.incorporationDate).toEqual(['1990-10-17'])
    const ids = vtb?.related.filter((r) => r.entity.schema === 'Identification').map((r) => r.entity.properties.number![0])
    expect(ids).toContain('253400V1H6ART1UQ0N98')
    const sanction = vtb?.related.find((r) => r.entity.schema === 'Sanction')
    expect(sanction?.entity.properties.provisions).toContain('Executive Order 13662 Directive Determination: Subject to Directive 1')
  })

  it('ties every value to its file and line', async () => {
    const detail = await t.store.getEntity('trade-csl-4238')
    const name = detail?.statements.find((s) => s.prop === 'name')
    expect(name?.source).toEqual({ file: 'csl.csv', locator: expect.stringMatching(/^line \d+, _id 4238$/) })
  })
})

describe('csl-csv: the 2025 layout sample', () => {
  const path = sharedData('us-csl/2025-06-tiny/consolidated.csv')
  let t: TempStore
  let entities: Map<string, Entity>

  beforeAll(async () => {
    t = await openTempStore()
    await t.importFile('csl-csv', path)
    entities = await entitiesOf(t, 'us_trade_csl')
  })
  afterAll(() => t.cleanup())

  it('makes one party and one Sanction per row', () => {
    const rows = cslRows(path)
    expect(rows.length).toBe(13)
    expect(ofSchema(entities, PARTIES).length).toBe(new Set(rows.map((r) => r._id)).size)
    expect(ofSchema(entities, new Set(['Sanction'])).length).toBe(13)
  })

  it('reads a person with birth date, nationality, passport and programme', async () => {
    const rim = await t.store.getEntity('trade-csl-52291') // RIM, Ryong Nam
    expect(rim?.entity.schema).toBe('Person')
    expect(rim?.entity.properties).toMatchObject({
      birthDate: ['1978-12-05'],
      nationality: ['kp'],
      gender: ['male'],
      firstName: ['Ryong Nam'],
      lastName: ['RIM'],
    })
    const passport = rim?.related.find((r) => r.entity.schema === 'Passport')
    expect(passport?.entity.properties).toMatchObject({ number: ['836238033'], country: ['kp'] })
    const sanction = rim?.related.find((r) => r.entity.schema === 'Sanction')
    expect(sanction?.entity.properties.program).toEqual(['NPWMD'])
  })

  it('keeps the listing date, end date and Federal Register notice of a Denied Persons row', () => {
    const sanction = [...entities.values()].find((e) => e.schema === 'Sanction' && e.properties.authority?.[0]?.startsWith('Denied Persons List'))
    expect(sanction?.properties).toMatchObject({ listingDate: ['2002-03-04'], endDate: ['2056-06-29'] })
    expect(sanction?.properties.provisions).toContain('Federal Register: 67 F.R. 56530 9/4/02 67 F.R. 10890 3/11/02 71 F.R. 38843 7/10/06')
  })

  it('drops the successor clause from an ISN name', () => {
    const names = [...entities.values()].flatMap((e) => e.properties.name ?? [])
    expect(names).toContain('Sinobright Import and Export Company')
  })
})

describe('bis-dpl: the Denied Persons List', () => {
  const path = sharedData('us-bis-dpl/2023-11-30/dpl.txt')
  const [, ...rows] = parse(readFileSync(path), { delimiter: '\t' }) as string[][]
  let t: TempStore
  let entities: Map<string, Entity>
  let warnings: Array<{ message: string; file?: string; locator?: string }>

  beforeAll(async () => {
    t = await openTempStore()
    const result = await t.importFile('bis-dpl', path)
    warnings = result.warnings
    entities = await entitiesOf(t, 'us_bis_denied')
  })
  afterAll(() => t.cleanup())

  it('reads every row; rows repeated word for word merge into one party', () => {
    expect(rows.length).toBe(665)
    const orders = new Set(rows.map((r) => r.slice(0, 7).join('\t')))
    expect(ofSchema(entities, new Set(['Person', 'Organization'])).length).toBe(orders.size)
    expect(ofSchema(entities, new Set(['Sanction'])).length).toBe(orders.size)
  })

  it('warns once, naming file and line, about the Last_Update typo 3033-09-30, and keeps the row', () => {
    const line =
      readFileSync(path, 'utf-8')
        .split('\n')
        .findIndex((l) => l.includes('"3033-09-30"')) + 1
    const dateWarnings = warnings.filter((w) => /date '.*' does not parse/.test(w.message))
    expect(dateWarnings).toHaveLength(1)
    expect(dateWarnings[0]).toMatchObject({ file: 'dpl.txt', locator: expect.stringMatching(new RegExp(`^line ${line}\\b`)) })
    expect(dateWarnings[0]!.message).toContain('3033-09-30')
    const garcia = [...entities.values()].find((e) => e.properties.name?.includes('JOSE ERNESTO GARCIA'))!
    const sanction = entities.get(`${garcia.id}-sanction`)
    expect(sanction?.properties).toMatchObject({ startDate: ['2022-09-26'], endDate: ['2030-02-03'], authority: ['Bureau of Industry and Security'] })
    expect(sanction?.properties.modifiedAt).toBeUndefined()
  })

  it('decides Person or Organization by the words of the name', () => {
    const schemaOf = (name: string) => [...entities.values()].find((e) => e.properties.name?.includes(name))?.schema
    expect(schemaOf('AARON ABRAHAM VILLA')).toBe('Person')
    expect(schemaOf('RADIOTESTER OOO')).toBe('Organization')
    expect(schemaOf('AZUR AIR')).toBe('Organization')
    expect(schemaOf('FUYI SUN')).toBe('Person')
  })

  it('keeps the address, country and Federal Register citation', () => {
    const villa = [...entities.values()].find((e) => e.properties.name?.includes('AARON ABRAHAM VILLA'))!
    expect(villa.id).toMatch(/^us-bis-dpl-[0-9a-f]{20}$/)
    expect(villa.properties.address).toEqual(['3415 RIVERA AVENUE, EL PASO, TX, 79905'])
    expect(entities.get(`${villa.id}-sanction`)?.properties.provisions).toContain('Federal Register: 87 F.R. 52741 8/29/2022')
  })
})

const FTM = 'opensanctions-ftm'
const lineCount = (path: string) =>
  readFileSync(path, 'utf-8')
    .split('\n')
    .filter((l) => l.trim()).length

describe('ftm: full exports', () => {
  let t: TempStore
  beforeAll(async () => {
    t = await openTempStore()
  })
  afterAll(() => t.cleanup())

  it.each([
    ['yente-fixtures/t1', 't1'],
    ['sa_wiki_peps-20240311', 'sa_wiki_peps'],
    ['yente-fixtures/zala', 'zala'],
    ['wd_persons-zavod-export-20240309', 'wd_persons'],
  ])('imports %s with one entity per line', async (folder, dataset) => {
    const path = sharedData(`${FTM}/${folder}/entities.ftm.json`)
    const result = await t.importFile('ftm', path, dataset)
    expect(result.version.entities).toBe(lineCount(path))
    expect((await entitiesOf(t, dataset)).size).toBe(lineCount(path))
    for (const w of result.warnings) expect(w).toMatchObject({ file: 'entities.ftm.json', locator: expect.stringMatching(/^line \d+, id /) })
  })

  it('counts as PROVENANCE.md says', async () => {
    expect(lineCount(sharedData(`${FTM}/sa_wiki_peps-20240311/entities.ftm.json`))).toBe(1583)
    expect(lineCount(sharedData(`${FTM}/yente-fixtures/zala/entities.ftm.json`))).toBe(91)
  })

  it('keeps referents and properties', async () => {
    await t.importFile('ftm', sharedData(`${FTM}/yente-fixtures/t1`), 'referents')
    const detail = await t.store.getEntity('NK-2GdmHtZTeNXjNVrBGEXZNj')
    expect(detail?.entity.referents).toContain('ofac-32733')
    expect(detail?.entity.properties.registrationNumber).toEqual(['808000714'])
    expect(detail?.entity.properties.country).toEqual(['by'])
  })
})

describe('ftm: broken files leave the store as it was', () => {
  const t1 = readFileSync(sharedData(`${FTM}/yente-fixtures/t1/entities.ftm.json`), 'utf-8').trimEnd()
  const t1Lines = t1.split('\n').length
  let t: TempStore
  beforeAll(async () => {
    t = await openTempStore()
    await t.importFile('ftm', sharedData(`${FTM}/yente-fixtures/t1/entities.ftm.json`), 'ds')
  })
  afterAll(() => t.cleanup())

  async function expectUnchanged() {
    expect((await t.store.listVersions('ds')).filter((v) => v.status === 'live')).toHaveLength(1)
    expect((await entitiesOf(t, 'ds')).size).toBe(t1Lines)
  }

  it('fails on an unknown schema with file, line and entity id', async () => {
    const path = join(scratch, 'unknown-schema.ftm.json')
    writeFileSync(path, `${t1}\n${JSON.stringify({ id: 'x-1', schema: 'Persn', properties: { name: ['A'] } })}\n`)
    const err = await failureOf(t.importFile('ftm', path, 'ds'))
    expect(err.code).toBe('unknown_schema')
    expect(err.location).toEqual({ file: 'unknown-schema.ftm.json', line: t1Lines + 1, record: 'x-1' })
    await expectUnchanged()
  })

  it('fails on an unknown property with file, line and entity id', async () => {
    const path = join(scratch, 'unknown-prop.ftm.json')
    writeFileSync(path, `${JSON.stringify({ id: 'x-2', schema: 'Person', properties: { shoeSize: ['44'] } })}\n${t1}\n`)
    const err = await failureOf(t.importFile('ftm', path, 'ds'))
    expect(err.code).toBe('unknown_property')
    expect(err.location).toEqual({ file: 'unknown-prop.ftm.json', line: 1, record: 'x-2' })
    await expectUnchanged()
  })

  it('fails on a line that is not JSON with file and line', async () => {
    const path = join(scratch, 'cut.ftm.json')
    writeFileSync(path, `${t1}\n{"id": "x-3", "schema": "Per`)
    const err = await failureOf(t.importFile('ftm', path, 'ds'))
    expect(err.code).toBe('bad_file')
    expect(err.location).toMatchObject({ file: 'cut.ftm.json', line: t1Lines + 1 })
    await expectUnchanged()
  })

  it('refuses a delta file given as a full export, pointing at ftm-delta', async () => {
    const delta = sharedData(`${FTM}/yente-fixtures/t2/20240527194702-wnk/entities.delta.json`)
    const err = await failureOf(t.importFile('ftm', delta, 'ds'))
    expect(err.message).toContain('ftm-delta')
    await expectUnchanged()
  })
})

describe('ftm-delta: the yente t2 deltas over t1', () => {
  const t2 = sharedData(`${FTM}/yente-fixtures/t2`)
  const versions = readdirSync(t2, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort()
  const deltaFile = (version: string) => join(t2, version, 'entities.delta.json')
  const t1Ids = readFileSync(sharedData(`${FTM}/yente-fixtures/t1/entities.ftm.json`), 'utf-8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { id: string }).id)

  /** The ids after applying the deltas up to and including `upTo`, from the fixture files alone. */
  function expectedIds(upTo: number): string[] {
    const ids = new Set(t1Ids)
    for (const version of versions.slice(0, upTo + 1)) {
      for (const line of readFileSync(deltaFile(version), 'utf-8')
        .split('\n')
        .filter((l) => l.trim())) {
        const { op, entity } = JSON.parse(line) as { op: string; entity: { id: string } }
        if (op === 'DEL') ids.delete(entity.id)
        else ids.add(entity.id)
      }
    }
    return [...ids].sort()
  }

  let t: TempStore
  beforeAll(async () => {
    t = await openTempStore()
  })
  afterAll(() => t.cleanup())

  it('applies each delta in folder order to the previous version', async () => {
    expect(versions.length).toBe(4)
    await t.importFile('ftm', sharedData(`${FTM}/yente-fixtures/t1/entities.ftm.json`), 'steps')
    for (const [i, version] of versions.entries()) {
      await t.importFile('ftm-delta', deltaFile(version), 'steps')
      expect([...(await entitiesOf(t, 'steps')).keys()].sort()).toEqual(expectedIds(i))
    }
  })

  it('replaces a modified entity with its new version', async () => {
    const modified = (await entitiesOf(t, 'steps')).get('NK-2T3S8Hu29ktYnKSTgQp2wL')
    expect(modified?.properties.name).toContain('Foobar Foobargroup')
    expect(modified?.properties.name).not.toContain('AL-QAIDA IN IRAQ')
  })

  it('keeps the original file and line of values the deltas did not touch', async () => {
    const untouched = t1Ids.filter((id) => expectedIds(versions.length - 1).includes(id) && !deltaIds().has(id))
    expect(untouched.length).toBeGreaterThan(0)
    for (const id of untouched) {
      const detail = await t.store.getEntity(id)
      // Only the entity's own statements: an entity a delta added may name it as a referent.
      for (const s of detail!.statements.filter((st) => st.entityId === id)) {
        expect(s.source.file).toBe('entities.ftm.json')
        expect(s.source.locator).toMatch(/^line \d+/)
      }
    }
  })

  /** Every id any delta file names. */
  function deltaIds(): Set<string> {
    return new Set(
      versions.flatMap((version) =>
        readFileSync(deltaFile(version), 'utf-8')
          .split('\n')
          .filter((l) => l.trim())
          .map((line) => (JSON.parse(line) as { entity: { id: string } }).entity.id),
      ),
    )
  }

  it('applies a whole folder of deltas in one import, to the same result', async () => {
    await t.importFile('ftm', sharedData(`${FTM}/yente-fixtures/t1/entities.ftm.json`), 'folder')
    await t.importFile('ftm-delta', t2, 'folder')
    const folder = await entitiesOf(t, 'folder')
    const steps = await entitiesOf(t, 'steps')
    expect([...folder.keys()].sort()).toEqual(expectedIds(versions.length - 1))
    for (const [id, entity] of steps) expect(folder.get(id)?.properties).toEqual(entity.properties)
  })

  it('refuses a full export given as a delta, pointing at ftm', async () => {
    const err = await failureOf(t.importFile('ftm-delta', sharedData(`${FTM}/yente-fixtures/t1/entities.ftm.json`), 'steps'))
    expect(err.message).toContain('`vigil import ftm`')
  })
})
