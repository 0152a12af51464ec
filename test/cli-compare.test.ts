import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { afterAll, describe, expect, it } from 'vitest'
import { runCli } from './support/run-cli.js'
import { sharedData } from './support/shared-data.js'

const dir = mkdtempSync(join(tmpdir(), 'vigil-compare-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('vigil compare', () => {
  it('scores the nomenklatura dev pairs, writes every row back and reports precision, recall and F1', () => {
    const input = sharedData('name-matching/nomenklatura/name_bench_cases.dev.csv')
    const out = join(dir, 'scored.csv')
    const run = runCli(['compare', input, '--out', out])
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
    const run = runCli(['compare', input, '--threshold', '0.85'])
    expect(run.status).toBe(0)
    const rows = parse(run.stdout, { columns: true }) as Array<Record<string, string>>
    expect(rows.map((r) => r.match)).toEqual(['true', 'false', 'true'])
    expect(rows[1]!.explanation).toMatch(/dob_mismatch 1\.00×-0\.25: 1944 vs 1971: disjoint/)
    expect(rows[1]!.explanation).toMatch(/country_mismatch/)
    expect(run.stderr).toBe('')
  })

  it('refuses a file without name columns, saying which are needed', () => {
    const input = join(dir, 'bad.csv')
    writeFileSync(input, 'a,b\n1,2\n')
    const run = runCli(['compare', input])
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/schema, name1 and name2/)
  })
})
