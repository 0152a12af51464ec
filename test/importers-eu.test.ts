import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AppError } from '../src/errors.js'
import { parseDate } from '../src/model/dates.js'
import { makeId } from '../src/model/entity-draft.js'
import type { Entity } from '../src/model/entity.js'
import { sharedData } from './support/shared-data.js'
import { openTempStore, type TempStore } from './support/temp-store.js'

const FSF = sharedData('eu-fsf/2018-07-04-first-999-rows/EUSanctionsShort.csv')
const ANNEXES = sharedData('eu-journal-annexes-opensanctions')
const SYRIA = join(ANNEXES, '32012R0036-syria.csv')

/** The FSF lines as text, each unwrapped from Excel's quotes by hand (independently of the importer). */
function fsfLines(path: string): string[] {
  return readFileSync(path, 'latin1')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) =>
      l
        .replace(/^"/, '')
        .replace(/\t*"\s*$/, '')
        .replace(/""/g, '"'),
    )
}

/** Subject type by Entity_logical_id (second field), read from the file itself. */
function fsfSubjects(path: string): Map<string, string> {
  const subjects = new Map<string, string>()
  for (const line of fsfLines(path).slice(1)) {
    const [, id, type] = line.split(';')
    subjects.set(id!, type!)
  }
  return subjects
}

type AnnexRow = Record<string, string>
const annexRows = (path: string) => parse(readFileSync(path, 'utf-8'), { columns: true }) as AnnexRow[]

/**
 * Records by schema, as the file lists them. A record is its number within its annex; the ISIL/Al-Qaida
 * annex numbers nothing and gives two persons twice (same annex, same name), which are one record each.
 */
function annexRecords(path: string): Record<string, number> {
  const seen = new Set<string>()
  const counts: Record<string, number> = {}
  for (const row of annexRows(path)) {
    const key = `${row.annex}|${row.recordId || row.name!.trim().toLowerCase()}`
    if (seen.has(key)) continue
    seen.add(key)
    counts[row.schema!] = (counts[row.schema!] ?? 0) + 1
  }
  return counts
}

async function entitiesOf(t: TempStore, dataset = 'eu_fsf'): Promise<Map<string, Entity>> {
  const all = new Map<string, Entity>()
  for await (const { entity } of t.store.iterateEntities(dataset)) all.set(entity.id, entity)
  return all
}

function countBySchema(entities: Map<string, Entity>, skip = new Set(['Sanction'])): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const e of entities.values()) if (!skip.has(e.schema)) counts[e.schema] = (counts[e.schema] ?? 0) + 1
  return counts
}

const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0)

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(err).toBeInstanceOf(AppError)
  return err as AppError
}

// Each case below reads its own file into eu_fsf, replacing the previous case's: not a shrinking list.
const ONE_FILE_EACH = { allowShrink: true }

describe('eu-csv: the FSF v1.0 CSV (first 999 rows, re-saved by Excel)', () => {
  let t: TempStore
  let entities: Map<string, Entity>

  beforeAll(async () => {
    t = await openTempStore()
    await t.importFile('eu-csv', FSF)
    entities = await entitiesOf(t)
  })
  afterAll(() => t.cleanup())

  it('makes one Person or Organization per Entity_logical_id', () => {
    const subjects = fsfSubjects(FSF)
    const people = [...subjects.values()].filter((s) => s === 'P').length
    expect(countBySchema(entities, new Set(['Sanction', 'Passport', 'Identification']))).toEqual({ Person: people, Organization: subjects.size - people })
    for (const id of subjects.keys()) expect(entities.has(`eu-fsf-${id}`)).toBe(true)
  })

  it('gives each entity a Sanction of the European Union with its programme and first publication date', () => {
    const sanction = entities.get('eu-fsf-1-sanction')
    expect(sanction?.properties.entity).toEqual(['eu-fsf-1'])
    expect(sanction?.properties.authority).toEqual(['European Union'])
    expect(sanction?.properties.program).toEqual(['ZWE'])
    const dates = fsfLines(FSF)
      .slice(1)
      .map((l) => l.split(';'))
      .filter((f) => f[1] === '1')
      .map((f) => f[4]!)
      .sort()
    expect(sanction?.properties.listingDate).toEqual([dates[0]])
    expect([...entities.values()].filter((e) => e.schema === 'Sanction').length).toBe(fsfSubjects(FSF).size)
  })

  it('reads names, birth, function and passport of a person', async () => {
    const detail = await t.store.getEntity('eu-fsf-1')
    const mugabe = detail!.entity.properties
    expect(mugabe.name).toEqual(['Robert Gabriel Mugabe'])
    expect(mugabe).toMatchObject({ firstName: ['Robert'], middleName: ['Gabriel'], lastName: ['Mugabe'], gender: ['male'] })
    expect(mugabe.birthDate).toEqual(['1924-02-21'])
    expect(mugabe.birthPlace).toEqual(['Kutama'])
    expect(mugabe.position).toContain('Former President')
    expect(mugabe.passportNumber).toEqual(['AD001095'])
    const passport = detail!.related.find((r) => r.entity.schema === 'Passport')
    expect(passport?.entity.properties).toMatchObject({ number: ['AD001095'], type: ['National passport'] })
  })

  it('keeps translated names as aliases in their language, with the line they came from', async () => {
    const detail = await t.store.getEntity('eu-fsf-201')
    expect(detail?.entity.properties.name).toEqual(['Abu Nidal Organisation'])
    const french = detail?.statements.find((s) => s.value === 'Conseil révolutionnaire du Fatah')
    expect(french?.prop).toBe('alias')
    expect(french?.lang).toBe('fra')
    expect(french?.source?.locator).toMatch(/^line \d+, Entity_logical_id 201/)
  })

  it('reads the quoted function of a line Excel wrapped around quotes', () => {
    expect(entities.get('eu-fsf-43')?.properties.position).toContain('Former Governor of Karbala and An Najaf;')
  })

  it('takes the file date as the source date, and warns about names lost to the 8-bit encoding', async () => {
    const [version] = await t.store.listVersions('eu_fsf')
    expect(version?.sourceDate).toBe('2018-07-04')
    const lost = fsfLines(FSF).filter((l) => (l.split(';')[17] ?? '').includes('?')).length
    expect(version?.warnings).toBe(lost)
  })
})

describe('eu-csv: the regulation annexes transcribed by OpenSanctions', () => {
  let t: TempStore
  const files = readdirSync(ANNEXES)
    .filter((f) => f.endsWith('.csv'))
    .sort()

  beforeAll(async () => {
    t = await openTempStore()
  })
  afterAll(() => t.cleanup())

  it.each(files)('%s: one entity of its schema per record, each with a Sanction', async (name) => {
    await t.importFile('eu-csv', join(ANNEXES, name), undefined, ONE_FILE_EACH)
    const entities = await entitiesOf(t)
    const expected = annexRecords(join(ANNEXES, name))
    expect(countBySchema(entities)).toEqual(expected)
    expect([...entities.values()].filter((e) => e.schema === 'Sanction').length).toBe(sum(expected))
  })

  it('imports a folder of annexes as one version with all their records', async () => {
    const result = await t.importFile('eu-csv', ANNEXES, undefined, ONE_FILE_EACH)
    const expected = files.map((f) => sum(annexRecords(join(ANNEXES, f)))).reduce((a, b) => a + b, 0)
    expect(result.version.entities).toBe(expected * 2)
    expect(sum(countBySchema(await entitiesOf(t)))).toBe(expected)
  })

  it('reads the SSRC with its aliases, its address and its Sanction', async () => {
    await t.importFile('eu-csv', SYRIA, undefined, ONE_FILE_EACH)
    const row = annexRows(SYRIA).find((r) => r.schema === 'LegalEntity' && `${r.name} ${r.alias}`.includes('Scientific Studies'))!
    const id = makeId('eu-journal', row.celex!, row.recordId!)
    expect(id).toBe(`eu-journal-32012r0036-${row.recordId}`)
    const detail = await t.store.getEntity(id)
    const ssrc = detail!.entity.properties
    expect(detail!.entity.schema).toBe('LegalEntity')
    expect(ssrc.name).toEqual([row.name])
    expect(ssrc.alias).toEqual(row.alias!.split(';').map((a) => a.trim()))
    expect(ssrc.alias).toContain('Scientific Studies and Research Centre (SSRC)')
    expect(ssrc.address).toEqual([row.address])
    expect(ssrc.notes).toContain(row.reason)
    const sanction = detail!.related.find((r) => r.entity.schema === 'Sanction')?.entity.properties
    expect(sanction).toMatchObject({
      authority: ['European Union'],
      program: [row.programKey],
      provisions: [row.measure],
      reason: [row.reason],
      listingDate: [parseDate(row.startDate!)],
    })
  })

  it('keeps records that share a number across annexes apart', async () => {
    const ones = annexRows(SYRIA).filter((r) => r.recordId === '1')
    expect(ones.map((r) => r.annex)).toEqual(['II.A', 'II.B'])
    const first = await t.store.getEntity('eu-journal-32012r0036-1')
    const second = await t.store.getEntity('eu-journal-32012r0036-ii.b-1')
    expect(first?.entity.properties.name).toEqual([ones[0]!.name])
    expect(second?.entity.properties.name).toEqual([ones[1]!.name])
  })

  it('reads adjectives as nationalities, and aliases in other scripts', async () => {
    const mamluk = (await t.store.getEntity('eu-journal-32012r0036-3'))!.entity.properties
    expect(mamluk.alias).toContain('علي المملوك')
    expect(mamluk.birthDate).toEqual(['1946-02-19'])
    const syrian = annexRows(SYRIA).find((r) => r.nationality === 'Syrian' && r.recordId && r.annex === 'II.A')!
    expect((await t.store.getEntity(makeId('eu-journal', '32012R0036', syrian.recordId!)))!.entity.properties.nationality).toEqual(['sy'])
  })
})

describe('eu-csv: bad input', () => {
  let t: TempStore
  let dir: string
  const header = readFileSync(SYRIA, 'utf-8').split(/\r?\n/)[0]!
  const columns = header.split(',')
  const row = (cells: Record<string, string>) => columns.map((c) => cells[c] ?? '').join(',')

  beforeAll(async () => {
    t = await openTempStore()
    dir = mkdtempSync(join(tmpdir(), 'vigil-eu-'))
    await t.importFile('eu-csv', SYRIA, undefined, ONE_FILE_EACH)
  })
  afterAll(async () => {
    await t.cleanup()
    rmSync(dir, { recursive: true, force: true })
  })

  it('rejects a header of neither layout, naming the file and both headers, and keeps the live version', async () => {
    const path = join(dir, 'other.csv')
    writeFileSync(path, 'id,full_name,country\n1,Someone,Syria\n')
    const before = await t.store.listVersions('eu_fsf')
    const err = await failure(t.importFile('eu-csv', path, undefined, ONE_FILE_EACH))
    expect(err.code).toBe('bad_file')
    expect(err.location.file).toBe('other.csv')
    expect(err.message).toMatch(/Date_file/)
    expect(err.message).toMatch(/celex/)
    expect(await t.store.listVersions('eu_fsf')).toEqual(before)
    expect(await t.store.getEntity('eu-journal-32012r0036-21')).toBeDefined()
  })

  it('rejects a folder with one such file before reading any', async () => {
    const folder = mkdtempSync(join(dir, 'mixed-'))
    writeFileSync(join(folder, 'a.csv'), readFileSync(SYRIA))
    writeFileSync(join(folder, 'b.csv'), 'id;name\n1;x\n')
    const err = await failure(t.importFile('eu-csv', folder, undefined, ONE_FILE_EACH))
    expect(err.code).toBe('bad_file')
    expect(err.location.file).toBe('b.csv')
  })

  it('rejects a row with the wrong number of fields, naming its line', async () => {
    const path = join(dir, 'short.csv')
    writeFileSync(path, [header, row({ celex: '32012R0036', recordId: '1', schema: 'Person', name: 'A B' }), '32012R0036,2,EU-SYR', ''].join('\n'))
    const err = await failure(t.importFile('eu-csv', path, undefined, ONE_FILE_EACH))
    expect(err.code).toBe('bad_file')
    expect(err.location).toMatchObject({ file: 'short.csv', line: 3 })
  })

  it('warns about a bad date or an unknown country with file and line, and keeps the record', async () => {
    const path = join(dir, 'odd.csv')
    writeFileSync(
      path,
      [
        header,
        row({
          celex: '32012R0036',
          recordId: '7',
          schema: 'Person',
          name: 'Test PERSON',
          birthDate: 'sometime',
          nationality: 'Atlantean',
          startDate: '23.5.2011',
        }),
        '',
      ].join('\n'),
    )
    const result = await t.importFile('eu-csv', path, undefined, ONE_FILE_EACH)
    expect(result.warnings.map((w) => `${w.file} ${w.locator?.split(',')[0]}: ${w.message}`)).toEqual([
      "odd.csv line 2: Person.nationality: unknown country 'Atlantean'",
      "odd.csv line 2: Person.birthDate: date 'sometime' does not parse",
    ])
    const person = (await t.store.getEntity('eu-journal-32012r0036-7'))!.entity
    expect(person.properties.name).toEqual(['Test PERSON'])
  })

  it('reads a small Excel-wrapped copy of the FSF file as its unwrapped twin', async () => {
    const lines = readFileSync(FSF, 'latin1').split('\n').slice(0, 40)
    const wrapped = join(dir, 'wrapped.csv')
    const plain = join(dir, 'plain.csv')
    writeFileSync(wrapped, `${lines.join('\n')}\n`, 'latin1')
    writeFileSync(plain, `${fsfLines(wrapped).join('\r\n')}\r\n`, 'latin1')
    expect(readFileSync(wrapped, 'latin1').startsWith('"Date_file')).toBe(true)
    const a = await t.importFile('eu-csv', wrapped, undefined, ONE_FILE_EACH)
    const fromWrapped = await entitiesOf(t)
    const b = await t.importFile('eu-csv', plain, undefined, ONE_FILE_EACH)
    const fromPlain = await entitiesOf(t)
    expect(countBySchema(fromWrapped, new Set(['Sanction', 'Passport', 'Identification'])).Person).toBe(
      new Set(
        fsfLines(wrapped)
          .slice(1)
          .map((l) => l.split(';')[1]),
      ).size,
    )
    expect(b.version.statements).toBe(a.version.statements)
    expect([...fromPlain.values()].map((e) => e.properties)).toEqual([...fromWrapped.values()].map((e) => e.properties))
  })
})
