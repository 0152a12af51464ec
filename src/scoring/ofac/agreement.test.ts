import { readFileSync } from 'node:fs'
import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { sharedData } from '../../../test/support/shared-data.js'
import { type AgreementRow, measureAgreement } from './agreement.js'

function readFixture(path: string): AgreementRow[] {
  const records: Record<string, string>[] = parse(readFileSync(path, 'utf8'), { columns: true, skip_empty_lines: true })
  return records.map((r) => ({ query: r.query_name!, result: r.result_name!, expected: Number(r.ofac_score) }))
}

describe('agreement with OFAC', () => {
  it('counts points apart, and a name OFAC did not list only above 50', () => {
    const score = (query: string) => Number(query) / 100
    const rows = [
      { query: '90', result: 'x', expected: 93 },
      { query: '80', result: 'x', expected: 88 },
      { query: '55', result: 'x', expected: -1 },
      { query: '40', result: 'x', expected: -1 },
    ]
    expect(measureAgreement(rows, score)).toEqual({ rows: 4, within5: 0.75, within10: 1, meanAbsDiff: 4 })
  })

  it('reproduces at least 90% of the dev fixture within 5 points', () => {
    const rows = readFixture(sharedData('name-matching/nomenklatura/ofac_search_fixtures.dev.csv'))
    expect(rows).toHaveLength(99)
    const agreement = measureAgreement(rows)
    expect(agreement.within5).toBeGreaterThanOrEqual(0.9)
    expect(agreement.within10).toBeGreaterThanOrEqual(0.9)
    expect(agreement.meanAbsDiff).toBeLessThan(3)
  })
})
