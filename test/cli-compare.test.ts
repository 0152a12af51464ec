import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fixtureLocation } from './support/fixture-store.js'
import { runCli } from './support/run-cli.js'
import { sharedData } from './support/shared-data.js'
import { tempLocation, type StoreLocation } from './support/store-location.js'

const dir = mkdtempSync(join(tmpdir(), 'vigil-compare-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

// Without lists in the store, compare weighs tokens by the bundled frequency table, and says so.
const BUNDLED = /^Token rarity from the bundled frequency table \([\d,]+ entities of the real lists, [\d,]+ tokens\)\n/
const LISTS = /^Token rarity from the loaded lists \(3 datasets, [\d,]+ named entities\)\n/

let empty: StoreLocation
let lists: StoreLocation
beforeAll(async () => {
  empty = await tempLocation()
  lists = await fixtureLocation('cers+ofac+un')
})
afterAll(async () => {
  await empty.remove()
  await lists.remove()
})

const scoresOf = (stdout: string) => (parse(stdout, { columns: true }) as Array<Record<string, string>>).map((r) => r.score)

describe('vigil compare', () => {
  it('scores the nomenklatura dev pairs, writes every row back and reports precision, recall and F1', () => {
    const input = sharedData('name-matching/nomenklatura/name_bench_cases.dev.csv')
    const out = join(dir, 'scored.csv')
    const run = runCli(['compare', input, '--out', out], empty.env)
    expect(run.status).toBe(0)
    const rows = parse(readFileSync(out, 'utf-8'), { columns: true }) as Array<Record<string, string>>
    const inputRows = parse(readFileSync(input, 'utf-8'), { columns: true }) as unknown[]
    expect(rows).toHaveLength(inputRows.length)
    expect(Object.keys(rows[0]!)).toEqual(expect.arrayContaining(['case_group', 'name1', 'name2', 'is_match', 'score', 'match', 'explanation']))
    // A regression guard, computed from the file: F1 at the default threshold stays at 0.75 or above.
    let tp = 0,
      fp = 0,
      fn = 0
    for (const r of rows) {
      const truth = r.is_match === 'true'
      const predicted = r.match === 'true'
      if (truth && predicted) tp++
      else if (predicted) fp++
      else if (truth) fn++
    }
    const f1 = (2 * tp) / (2 * tp + fp + fn)
    expect(f1).toBeGreaterThanOrEqual(0.75)
    expect(run.stderr).toMatch(BUNDLED)
    expect(run.stderr).toMatch(/precision \d\.\d{3}, recall \d\.\d{3}, F1 \d\.\d{3}/)
  })

  it('compares birth dates and countries from suffixed columns, and honours --threshold', () => {
    const input = join(dir, 'people.csv')
    writeFileSync(
      input,
      [
        'schema,name1,name2,birthDate1,birthDate2,country1,country2',
        'Person,Amro Armanazi,عمرو أرمنازي,1944-02-07,1944-02-07,sy,sy',
        'Person,Amr Armanazi,Amr Armanazi,1944,1971,sy,fr',
        'Person,Владимир Путин,"PUTIN, Vladimir Vladimirovich",,,,',
      ].join('\n'),
    )
    const run = runCli(['compare', input, '--threshold', '0.85'], empty.env)
    expect(run.status).toBe(0)
    const rows = parse(run.stdout, { columns: true }) as Array<Record<string, string>>
    expect(rows.map((r) => r.match)).toEqual(['true', 'false', 'true'])
    expect(rows[1]!.explanation).toMatch(/dob_mismatch 1\.00×-0\.3: 1944 vs 1971: disjoint/)
    expect(rows[1]!.explanation).toMatch(/country_mismatch/)
    expect(run.stderr).toMatch(new RegExp(`${BUNDLED.source}$`))
  })

  it('scores a pair alike whatever the other rows of its file', () => {
    // "KU JA YOUNG" vs "KU JA HYONG" once among Korean names (ku, ja common in the file), once among
    // others: the file's own rarity gave it two scores; the lists' and the table's give one each.
    const pair = 'Person,KU JA YOUNG,KU JA HYONG'
    const korean = Array.from({ length: 40 }, (_, i) => `Person,KU JA ${['MIN', 'SOK', 'HUN', 'CHOL'][i % 4]},KU JA ${['NAM', 'IL', 'SU', 'HO'][i % 4]}`)
    const other = Array.from(
      { length: 40 },
      (_, i) => `Person,${['Anna', 'Maria', 'Olga', 'Irina'][i % 4]} Petrova,${['Anna', 'Maria', 'Olga', 'Irina'][(i + 1) % 4]} Ivanova`,
    )
    const a = join(dir, 'korean.csv')
    const b = join(dir, 'other.csv')
    writeFileSync(a, ['schema,name1,name2', pair, ...korean].join('\n'))
    writeFileSync(b, ['schema,name1,name2', ...other, pair].join('\n'))
    for (const env of [empty.env, lists.env]) {
      const [runA, runB] = [runCli(['compare', a], env), runCli(['compare', b], env)]
      expect(runA.status).toBe(0)
      expect(scoresOf(runA.stdout)[0]).toBe(scoresOf(runB.stdout).at(-1))
    }
  })

  it("weighs tokens by the store's lists when it has some, and by the bundled table when told to", () => {
    const input = join(dir, 'lists.csv')
    writeFileSync(input, ['schema,name1,name2', 'Person,KU JA YOUNG,KU JA HYONG', 'Person,Eric A. Wendt,Josh A. Wendt'].join('\n'))
    const fromLists = runCli(['compare', input], lists.env)
    expect(fromLists.status).toBe(0)
    expect(fromLists.stderr).toMatch(new RegExp(`${LISTS.source}$`))
    expect(runCli(['compare', input, '--rarity', 'lists'], lists.env).stdout).toBe(fromLists.stdout)
    const bundled = runCli(['compare', input, '--rarity', 'bundled'], lists.env)
    expect(bundled.stderr).toMatch(new RegExp(`${BUNDLED.source}$`))
    // OFAC, UN and CERS alone weigh these tokens otherwise than the six lists of the table.
    expect(scoresOf(fromLists.stdout)).not.toEqual(scoresOf(bundled.stdout))
  })

  it('refuses --rarity lists on a store without lists, and an unknown --rarity', () => {
    const input = join(dir, 'one.csv')
    writeFileSync(input, 'schema,name1,name2\nPerson,Amr Armanazi,Amro Armanazi\n')
    const noLists = runCli(['compare', input, '--rarity', 'lists'], empty.env)
    expect(noLists.status).toBe(2)
    expect(noLists.stderr).toMatch(/holds no lists to take token rarity from/)
    const unknown = runCli(['compare', input, '--rarity', 'file'], empty.env)
    expect(unknown.status).toBe(2)
    expect(unknown.stderr).toMatch(/--rarity must be one of auto, lists, bundled/)
  })

  it('refuses a file without name columns, saying which are needed', () => {
    const input = join(dir, 'bad.csv')
    writeFileSync(input, 'a,b\n1,2\n')
    const run = runCli(['compare', input], empty.env)
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/schema, name1 and name2/)
  })
})
