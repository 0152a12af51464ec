import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import iconv from 'iconv-lite'
import { beforeAll, describe, expect, it } from 'vitest'
import { CLI, runCli } from './support/run-cli.js'
import { sharedData } from './support/shared-data.js'
import { tempHome } from './support/temp-store.js'

const TINY = sharedData('ofac-sdn/tiny-fixture/sdn.csv')
const BIG = sharedData('ofac-sdn/2024-05-03/sdn.csv')

interface Snapshot {
  version: string
  entities: number
}

function datasetsOf(home: string): Snapshot[] {
  const out = runCli(['--home', home, 'datasets', '--json'])
  expect(out.status).toBe(0)
  return (JSON.parse(out.stdout) as Array<{ version: string; entities: number }>).map((d) => ({ version: d.version, entities: d.entities }))
}

describe('bad input leaves the store as it was', () => {
  let home: string
  let work: string
  let before: Snapshot[]

  beforeAll(() => {
    home = tempHome()
    work = tempHome()
    const first = runCli(['--home', home, 'import', 'ofac-csv', TINY])
    expect(first.status, first.stderr).toBe(0)
    before = datasetsOf(home)
  })

  const expectUnchanged = () => expect(datasetsOf(home)).toEqual(before)

  it('refuses an unknown format, listing the known ones', () => {
    const out = runCli(['--home', home, 'import', 'ofac-xml', TINY])
    expect(out.status).not.toBe(0)
    expect(out.stderr).toMatch(/Unknown format 'ofac-xml'.*ofac-csv/)
    expectUnchanged()
  })

  it('refuses a missing file', () => {
    const out = runCli(['--home', home, 'import', 'ofac-csv', join(work, 'nope.csv')])
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
    const out = runCli(['--home', home, 'import', 'ofac-csv', path])
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
    const out = runCli(['--home', home, 'import', 'ofac-csv', path])
    expect(out.status).not.toBe(0)
    expect(out.stderr).toContain('short.csv:4')
    expect(out.stderr).toMatch(/Expected 12 fields, found 3/)
    expectUnchanged()
  })

  it('refuses a file that is not UTF-8, naming the line and the --encoding option', () => {
    const text = readFileSync(TINY, 'utf-8').replace(/\r?\n$/, '')
    const path = join(work, 'latin1.csv')
    writeFileSync(path, iconv.encode(`${text}\r\n99999999,"CAFÉ SÃO PAULO",-0- ,"SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n`, 'latin1'))
    const out = runCli(['--home', home, 'import', 'ofac-csv', path])
    expect(out.status).not.toBe(0)
    expect(out.stderr).toMatch(/latin1\.csv:\d+.*not valid UTF-8.*--encoding/)
    expectUnchanged()
    const retried = runCli(['--home', home, 'import', 'ofac-csv', path, '--encoding', 'windows-1252', '--dataset', 'latin1_test'])
    expect(retried.status, retried.stderr).toBe(0)
    const entity = JSON.parse(runCli(['--home', home, 'entity', 'ofac-99999999']).stdout) as { caption: string }
    expect(entity.caption).toBe('CAFÉ SÃO PAULO')
  })

  it('refuses a UTF-16 file', () => {
    const path = join(work, 'utf16.csv')
    writeFileSync(path, Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(readFileSync(TINY, 'utf-8'), 'utf-16le')]))
    const out = runCli(['--home', home, 'import', 'ofac-csv', path])
    expect(out.status).not.toBe(0)
    expect(out.stderr).toMatch(/UTF-16/)
    expect(datasetsOf(home).filter((d) => before.some((b) => b.version === d.version))).toEqual(before)
  })

  it('keeps a record whose date does not parse, with a warning naming file and line', () => {
    const lines = [
      '77777777,"CLEAN TRADING LLC",-0- ,"SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"Registration ID 123 (Syria)."',
    ]
    lines.push('88888888,"TESTOV, Ivan","individual","SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"DOB 31 Feb 1961; nationality Syria."')
    const path = join(work, 'baddate.csv')
    writeFileSync(path, `${lines.join('\r\n')}\r\n`)
    const out = runCli(['--home', home, 'import', 'ofac-csv', path, '--dataset', 'baddate_test'])
    expect(out.status, out.stderr).toBe(0)
    expect(out.stderr).toContain(`warning: baddate.csv, line ${lines.length}, ent_num 88888888: Person.birthDate: date '31 Feb 1961' does not parse`)
    expect(out.stdout).toMatch(/1 warnings/)
    const entity = JSON.parse(runCli(['--home', home, 'entity', 'ofac-88888888']).stdout) as { properties: Record<string, string[]> }
    expect(entity.properties.nationality).toEqual(['sy'])
    expect(entity.properties.birthDate).toBeUndefined()
  })
})

describe('an import killed midway', () => {
  it('leaves the previous version serving and the store consistent', async () => {
    const home = tempHome()
    const first = runCli(['--home', home, 'import', 'ofac-csv', sharedData('ofac-sdn/2021-07-07')])
    expect(first.status, first.stderr).toBe(0)
    const before = datasetsOf(home)
    const child = spawn(process.execPath, [CLI, '--home', home, 'import', 'ofac-csv', BIG], { stdio: 'ignore' })
    const wal = join(home, 'vigil.sqlite-wal')
    // Kill once the new version's statements are being written: the write-ahead log grows past 8 MB.
    const walGrew = await waitFor(() => existsSync(wal) && statSync(wal).size > 8_000_000, 60_000)
    expect(walGrew).toBe(true)
    const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve(signal)))
    child.kill('SIGKILL')
    expect(await exited).toBe('SIGKILL')

    expect(datasetsOf(home)).toEqual(before)
    const db = new Database(join(home, 'vigil.sqlite'), { readonly: true })
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
    const loading = db.prepare("select count(*) as n from versions where status = 'loading'").get() as { n: number }
    expect(loading.n).toBe(0)
    db.close()
    const entity = runCli(['--home', home, 'entity', 'ofac-9352'])
    expect(entity.status).toBe(0)

    const again = runCli(['--home', home, 'import', 'ofac-csv', BIG])
    expect(again.status, again.stderr).toBe(0)
    expect(datasetsOf(home)[0]!.version).not.toBe(before[0]!.version)
  }, 120_000)
})

async function waitFor(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs
  while (Date.now() < until) {
    if (check()) return true
    await new Promise((r) => setTimeout(r, 20))
  }
  return false
}

