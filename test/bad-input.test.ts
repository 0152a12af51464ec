// An import killed midway is a case of the store suite (src/store/kysely-store.test.ts), on both backends.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import iconv from 'iconv-lite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from './support/run-cli.js'
import { sharedData } from './support/shared-data.js'
import { tempDir, tempLocation, type StoreLocation } from './support/temp-store.js'

const TINY = sharedData('ofac-sdn/tiny-fixture/sdn.csv')
const BIG = sharedData('ofac-sdn/2024-05-03/sdn.csv')

interface Snapshot {
  version: string
  entities: number
}

function datasetsOf(store: StoreLocation): Snapshot[] {
  const out = runCli(['datasets', '--json'], store.env)
  expect(out.status).toBe(0)
  return (JSON.parse(out.stdout) as Array<{ version: string; entities: number }>).map((d) => ({ version: d.version, entities: d.entities }))
}

describe('bad input leaves the store as it was', () => {
  let store: StoreLocation
  let work: string
  let before: Snapshot[]
  const vigil = (...args: string[]) => runCli(args, store.env)

  beforeAll(async () => {
    store = await tempLocation()
    work = tempDir()
    const first = vigil('import', 'ofac-csv', TINY)
    expect(first.status, first.stderr).toBe(0)
    before = datasetsOf(store)
  })
  afterAll(() => store?.remove())

  const expectUnchanged = () => expect(datasetsOf(store)).toEqual(before)

  it('refuses an unknown format, listing the known ones', () => {
    const out = vigil('import', 'ofac-xml', TINY)
    expect(out.status).not.toBe(0)
    expect(out.stderr).toMatch(/Unknown format 'ofac-xml'.*ofac-csv/)
    expectUnchanged()
  })

  it('refuses a missing file', () => {
    const out = vigil('import', 'ofac-csv', join(work, 'nope.csv'))
    expect(out.status).not.toBe(0)
    expect(out.stderr).toMatch(/No such file/)
    expectUnchanged()
  })

  it('refuses a truncated file, naming the line', () => {
    const text = readFileSync(BIG, 'utf-8')
    const cut = text.indexOf('"', Math.floor(text.length * 0.6)) + 5
    const path = join(work, 'truncated', 'sdn.csv')
    mkdirSync(join(work, 'truncated'))
    writeFileSync(path, text.slice(0, cut))
    const out = vigil('import', 'ofac-csv', path)
    expect(out.status).not.toBe(0)
    expect(out.stderr).toMatch(/sdn\.csv:\d+/)
    expect(out.stderr).toMatch(/bad_file/)
    expectUnchanged()
  })

  it('refuses a row with the wrong number of fields, naming the line', () => {
    const lines = readFileSync(TINY, 'utf-8').split('\r\n')
    lines[3] = '12345,"ONLY THREE FIELDS",-0- '
    const path = join(work, 'short.csv')
    writeFileSync(path, lines.join('\r\n'))
    const out = vigil('import', 'ofac-csv', path)
    expect(out.status).not.toBe(0)
    expect(out.stderr).toContain('short.csv:4')
    expect(out.stderr).toMatch(/Expected 12 fields, found 3/)
    expectUnchanged()
  })

  it('refuses a file that is not UTF-8, naming the line and the --encoding option', () => {
    const text = readFileSync(TINY, 'utf-8').replace(/\r?\n$/, '')
    const path = join(work, 'latin1.csv')
    writeFileSync(path, iconv.encode(`${text}\r\n99999999,"CAFÉ SÃO PAULO",-0- ,"SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n`, 'latin1'))
    const out = vigil('import', 'ofac-csv', path)
    expect(out.status).not.toBe(0)
    expect(out.stderr).toMatch(/latin1\.csv:\d+.*not valid UTF-8.*--encoding/)
    expectUnchanged()
    const retried = vigil('import', 'ofac-csv', path, '--encoding', 'windows-1252', '--dataset', 'latin1_test')
    expect(retried.status, retried.stderr).toBe(0)
    const entity = JSON.parse(vigil('entity', 'ofac-99999999').stdout) as { caption: string }
    expect(entity.caption).toBe('CAFÉ SÃO PAULO')
  })

  it('refuses a UTF-16 file', () => {
    const path = join(work, 'utf16.csv')
    writeFileSync(path, Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(readFileSync(TINY, 'utf-8'), 'utf-16le')]))
    const out = vigil('import', 'ofac-csv', path)
    expect(out.status).not.toBe(0)
    expect(out.stderr).toMatch(/UTF-16/)
    expect(datasetsOf(store).filter((d) => before.some((b) => b.version === d.version))).toEqual(before)
  })

  it('keeps a record whose date does not parse, with a warning naming file and line', () => {
    const lines = ['77777777,"CLEAN TRADING LLC",-0- ,"SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"Registration ID 123 (Syria)."']
    lines.push('88888888,"TESTOV, Ivan","individual","SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"DOB 31 Feb 1961; nationality Syria."')
    const path = join(work, 'baddate.csv')
    writeFileSync(path, `${lines.join('\r\n')}\r\n`)
    const out = vigil('import', 'ofac-csv', path, '--dataset', 'baddate_test')
    expect(out.status, out.stderr).toBe(0)
    expect(out.stderr).toContain(`warning: baddate.csv, line ${lines.length}, ent_num 88888888: Person.birthDate: date '31 Feb 1961' does not parse`)
    expect(out.stdout).toMatch(/1 warnings/)
    const entity = JSON.parse(vigil('entity', 'ofac-88888888').stdout) as { properties: Record<string, string[]> }
    expect(entity.properties.nationality).toEqual(['sy'])
    expect(entity.properties.birthDate).toBeUndefined()
  })
})
