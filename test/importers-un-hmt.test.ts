import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import iconv from 'iconv-lite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AppError } from '../src/errors.js'
import type { Entity } from '../src/model/entity.js'
import { sharedData } from './support/shared-data.js'
import { openTempStore, type TempStore } from './support/temp-store.js'

const UN_FILE = sharedData('un-sc-consolidated/2026-02-27/UN_consolidated.xml')
const HMT_FILE = sharedData('uk-hmt-ofsi-conlist/2018-04-13/sanctionsconlist.csv')

async function entitiesOf(t: TempStore, dataset: string): Promise<Entity[]> {
  const all: Entity[] = []
  for await (const { entity } of t.store.iterateEntities(dataset)) all.push(entity)
  return all
}

/** Values are stored with white space collapsed. */
const squash = (text: string) => text.replace(/\s+/g, ' ').trim()

function countBy(entities: Entity[]): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const e of entities) counts[e.schema] = (counts[e.schema] ?? 0) + 1
  return counts
}

/** The AppError an import fails with. */
async function importError(t: TempStore, format: string, path: string): Promise<AppError> {
  const error = await t.importFile(format, path).then(
    () => undefined,
    (err: unknown) => err,
  )
  expect(error).toBeInstanceOf(AppError)
  return error as AppError
}

describe('un-xml: the UN Security Council consolidated list', () => {
  let t: TempStore
  let entities: Entity[]
  const xml = readFileSync(UN_FILE, 'utf-8')
  const individuals = xml.match(/<INDIVIDUAL>/g)!.length
  const organizations = xml.match(/<ENTITY>/g)!.length

  beforeAll(async () => {
    t = await openTempStore()
    await t.importFile('un-xml', UN_FILE)
    entities = await entitiesOf(t, 'un_sc_sanctions')
  })
  afterAll(() => t.cleanup())

  it('makes one Person per INDIVIDUAL and one Organization per ENTITY, each with its Sanction', async () => {
    const counts = countBy(entities)
    expect([counts.Person, counts.Organization]).toEqual([individuals, organizations])
    expect(counts.Sanction).toBe(individuals + organizations)
    const [live] = await t.store.listDatasets()
    expect(live?.entities).toBe(entities.length)
    expect(live?.sourceDate).toBe(xml.match(/dateGenerated="([^"]+)"/)![1])
  })

  it('gives every listing its UN reference, programme and listing date', () => {
    const sanctions = entities.filter((e) => e.schema === 'Sanction')
    const missing = sanctions.filter((s) => !s.properties.unscId?.length || !s.properties.program?.length || !s.properties.listingDate?.length)
    expect(missing).toEqual([])
  })

  it('makes a Passport or Identification, held by the person, for each numbered document', () => {
    const documents = entities.filter((e) => e.schema === 'Passport' || e.schema === 'Identification')
    const numbered = [...xml.matchAll(/<INDIVIDUAL_DOCUMENT>([\s\S]*?)<\/INDIVIDUAL_DOCUMENT>/g)].filter((m) => /<NUMBER>\s*\S/.test(m[1]!))
    expect(documents.length).toBeGreaterThan(0)
    expect(documents.length).toBeLessThanOrEqual(numbered.length)
    const people = new Set(entities.filter((e) => e.schema === 'Person').map((e) => e.id))
    expect(documents.filter((d) => !people.has(d.properties.holder?.[0] ?? ''))).toEqual([])
  })

  it('keeps names in original script, with their language', async () => {
    const record = xml.match(/<DATAID>(\d+)<\/DATAID>(?:(?!<\/INDIVIDUAL>)[\s\S])*?<NAME_ORIGINAL_SCRIPT>([^<]*\p{Script=Arabic}[^<]*)</u)!
    const detail = await t.store.getEntity(`unsc-${record[1]}`)
    const original = detail?.statements.find((s) => s.prop === 'name' && s.value === record[2]!.trim())
    expect(original?.lang).toBe('ara')
    const scripts = [...xml.matchAll(/<NAME_ORIGINAL_SCRIPT>([^<]*)</g)].map((m) => squash(m[1]!)).filter(Boolean)
    const names = new Set(entities.flatMap((e) => e.properties.name ?? []))
    expect(scripts.length).toBeGreaterThan(0)
    expect(scripts.filter((name) => !names.has(name))).toEqual([])
  })

  it('sorts aliases by quality: Good and a.k.a. strong, Low weak', () => {
    const byId = new Map(entities.map((e) => [e.id, e]))
    const aliases = [...xml.matchAll(/<DATAID>(\d+)<\/DATAID>|<QUALITY>([^<]*)<\/QUALITY>\s*<ALIAS_NAME>([^<]+)<\/ALIAS_NAME>/g)]
    let dataId = ''
    const misplaced: string[] = []
    for (const [, id, quality, name] of aliases) {
      if (id) dataId = id
      if (!name) continue
      const prop = quality === 'Low' ? 'weakAlias' : quality === 'f.k.a.' ? 'previousName' : 'alias'
      if (!byId.get(`unsc-${dataId}`)?.properties[prop]?.includes(squash(name))) misplaced.push(`${dataId} ${quality} ${name}`)
    }
    expect(aliases.filter((m) => m[2] === 'Low').length).toBeGreaterThan(0)
    expect(misplaced).toEqual([])
  })
})

describe('un-xml: unsafe and broken files leave the store as it was', () => {
  let t: TempStore
  let home: string
  const individuals = readFileSync(UN_FILE, 'utf-8').match(/<(INDIVIDUAL|ENTITY)>/g)!.length

  beforeAll(async () => {
    t = await openTempStore()
    home = t.home
    await t.importFile('un-xml', UN_FILE)
  })
  afterAll(() => t.cleanup())

  async function expectFirstVersion() {
    const datasets = await t.store.listDatasets()
    expect(datasets.map((d) => d.dataset)).toEqual(['un_sc_sanctions'])
    const persons = (await entitiesOf(t, 'un_sc_sanctions')).filter((e) => e.schema === 'Person' || e.schema === 'Organization')
    expect(persons.length).toBe(individuals)
    return datasets[0]!
  }

  it('refuses a billion-laughs document with unsafe_xml', async () => {
    const before = await expectFirstVersion()
    const lols = Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join('\n')
    const bomb = join(home, 'bomb.xml')
    writeFileSync(
      bomb,
      `<?xml version="1.0"?>\n<!DOCTYPE lolz [\n<!ENTITY lol0 "lol">\n${lols}\n]>\n<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><DATAID>1</DATAID><FIRST_NAME>&lol9;</FIRST_NAME></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>\n`,
    )
    const error = await importError(t, 'un-xml', bomb)
    expect([error.code, error.location.file, error.location.line]).toEqual(['unsafe_xml', 'bomb.xml', 2])
    expect(await expectFirstVersion()).toEqual(before)
  })

  it('refuses an external entity with unsafe_xml', async () => {
    const before = await expectFirstVersion()
    const xxe = join(home, 'xxe.xml')
    writeFileSync(
      xxe,
      `<?xml version="1.0"?>\n<!DOCTYPE foo [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>\n<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><DATAID>1</DATAID><FIRST_NAME>&xxe;</FIRST_NAME></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>\n`,
    )
    const error = await importError(t, 'un-xml', xxe)
    expect([error.code, error.location.line]).toEqual(['unsafe_xml', 2])
    expect(await expectFirstVersion()).toEqual(before)
  })

  it('refuses a truncated file with bad_file naming a line', async () => {
    const before = await expectFirstVersion()
    const bytes = readFileSync(UN_FILE)
    const truncated = join(home, 'truncated.xml')
    writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length * 0.6)))
    const error = await importError(t, 'un-xml', truncated)
    expect([error.code, error.location.file]).toEqual(['bad_file', 'truncated.xml'])
    const lines = bytes
      .subarray(0, Math.floor(bytes.length * 0.6))
      .toString('utf-8')
      .split('\n').length
    expect(error.location.line).toBeGreaterThan(lines - 200)
    expect(error.location.line).toBeLessThanOrEqual(lines)
    expect(await expectFirstVersion()).toEqual(before)
  })
})

/** The HMT file's rows, read independently of the importer: preamble, header, then records. */
function hmtRows(): Array<Record<string, string>> {
  const text = iconv.decode(readFileSync(HMT_FILE), 'windows-1252')
  return parse(text, { from_line: 2, columns: true }) as Array<Record<string, string>>
}

describe('hmt-csv: the HM Treasury consolidated list', () => {
  let t: TempStore
  let entities: Entity[]
  const rows = hmtRows()
  const groupType = new Map(rows.map((r) => [r['Group ID']!, r['Group Type']!]))
  const ofType = (type: string) => [...groupType.values()].filter((v) => v === type).length

  beforeAll(async () => {
    t = await openTempStore()
    await t.importFile('hmt-csv', HMT_FILE)
    entities = await entitiesOf(t, 'gb_hmt_sanctions')
  })
  afterAll(() => t.cleanup())

  it('makes one entity per Group ID: Individual as Person, Entity as Organization', async () => {
    const counts = countBy(entities)
    const listed = (counts.Person ?? 0) + (counts.Organization ?? 0) + (counts.Vessel ?? 0)
    expect(listed).toBe(groupType.size)
    expect([counts.Person, counts.Organization]).toEqual([ofType('Individual'), ofType('Entity')])
    const [live] = await t.store.listDatasets()
    expect(live?.sourceDate).toBe('2018-04-13')
  })

  it('reads ARMANAZI with his aliases and birth date', async () => {
    const armanazi = (await t.store.getEntity('gb-hmt-13024'))?.entity
    expect(armanazi?.properties.name).toEqual(['Amr ARMANAZI'])
    expect(armanazi?.properties.alias).toEqual(expect.arrayContaining(['Amrou AL-ARMANAZY', 'Amr Muhammad Najib AL-ARMANAZI']))
    expect(armanazi?.properties.birthDate).toEqual(['1944-02-07'])
    const sanction = entities.find((e) => e.schema === 'Sanction' && e.properties.entity?.includes('gb-hmt-13024'))
    expect(sanction?.properties).toMatchObject({ authority: ['HM Treasury'], country: ['gb'], program: ['Syria'], listingDate: ['2014-07-23'] })
  })

  it('decodes Windows-1252 quotes (0x91, 0x92) to their Unicode characters', async () => {
    const bytes = readFileSync(HMT_FILE)
    expect(bytes.includes(0x91) && bytes.includes(0x92)).toBe(true)
    const quoted = rows.find((r) => r['Other Information']!.includes('\u2018PK5\u2019'))!
    const notes = (await t.store.getEntity(`gb-hmt-${quoted['Group ID']}`))?.entity.properties.notes ?? []
    expect(notes.some((n) => n.includes('\u2018PK5\u2019'))).toBe(true)
    expect(entities.flatMap((e) => Object.values(e.properties).flat()).filter((v) => v.includes('\uFFFD'))).toEqual([])
  })
})

describe('hmt-csv: other encodings, other headers, bad values', () => {
  let t: TempStore
  const raw = readFileSync(HMT_FILE)
  const text = iconv.decode(raw, 'windows-1252')
  const lines = text.split(/\r?\n/)

  beforeAll(async () => {
    t = await openTempStore()
  })
  afterAll(() => t.cleanup())

  it('imports the same list saved as UTF-8', async () => {
    const utf8 = join(t.home, 'conlist-utf8.csv')
    writeFileSync(utf8, text, 'utf-8')
    const result = await t.importFile('hmt-csv', utf8)
    const groups = new Set(hmtRows().map((r) => r['Group ID']))
    const listed = (await entitiesOf(t, 'gb_hmt_sanctions')).filter((e) => ['Person', 'Organization', 'Vessel'].includes(e.schema))
    expect(listed.length).toBe(groups.size)
    expect(result.version.entities).toBeGreaterThan(groups.size)
  })

  it('refuses a UTF-16 file naming the file and a line', async () => {
    const utf16 = join(t.home, 'conlist-utf16.csv')
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))
    const error = await importError(t, 'hmt-csv', utf16)
    expect([error.code, error.location.file, error.location.line]).toEqual(['bad_encoding', 'conlist-utf16.csv', 1])
  })

  it('refuses a file with another header, naming its line', async () => {
    const other = join(t.home, 'other.csv')
    writeFileSync(other, [lines[0], lines[1]!.replace('Group ID', 'Group Ident'), lines[2]].join('\r\n'))
    const error = await importError(t, 'hmt-csv', other)
    expect([error.code, error.location.file, error.location.line]).toEqual(['bad_file', 'other.csv', 2])
    expect(error.message).toContain("'Group ID'")
  })

  it('warns about a bad date with file and line, and keeps the record', async () => {
    const armanazi = lines.filter((l) => l.endsWith(',13024'))
    const bad = armanazi[1]!.replace('07/02/1944', '31/02/1944')
    const path = join(t.home, 'bad-date.csv')
    writeFileSync(path, [lines[0], lines[1], armanazi[0], bad, ...armanazi.slice(2)].join('\r\n'), 'latin1')
    // A dataset of its own: two entities into the live HMT list would be refused as a shrink.
    const result = await t.importFile('hmt-csv', path, 'gb_hmt_bad_date')
    const warning = result.warnings.find((w) => w.message.includes('31/02/1944'))
    expect(warning).toMatchObject({ file: 'bad-date.csv', locator: expect.stringContaining('line 4') })
    const entity = (await t.store.getEntity('gb-hmt-13024'))?.entity
    expect(entity?.properties.name).toEqual(['Amr ARMANAZI'])
    expect(entity?.properties.birthDate).toEqual(['1944-02-07'])
  })
})
