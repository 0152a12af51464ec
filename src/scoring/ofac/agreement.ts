/**
 * How closely the `ofac` algorithm reproduces OFAC's own scores, over rows of a query, a listed name
 * and the score OFAC's Sanctions List Search showed for it. For the accuracy benchmark and its test.
 */
import { ofacPoints, scoreOfac } from './ofac-score.js'

export interface AgreementRow {
  query: string
  result: string
  /** OFAC's score, 0 to 100; negative when OFAC did not list the name at all. */
  expected: number
}

export interface Agreement {
  rows: number
  /** Share of rows (0 to 1) whose score is within 5 points of OFAC's. */
  within5: number
  /** Share within 10 points. */
  within10: number
  /** Mean absolute difference in points. */
  meanAbsDiff: number
}

// OFAC's minimum-score slider goes no lower than 50: a name it did not list scored at most that
// ("GEORGE BUSH" vs "HASWANI, George" is listed at 50 in one search and missing from another).
const UNLISTED_AT_MOST = 50

/** Agreement statistics of a scorer (by default `ofac`'s, 0 to 1) with OFAC's scores. */
export function measureAgreement(rows: readonly AgreementRow[], score = (query: string, result: string) => scoreOfac(query, result).score): Agreement {
  const differences = rows.map((row) => difference(ofacPoints(score(row.query, row.result)), row.expected))
  const share = (limit: number) => (rows.length === 0 ? 0 : differences.filter((d) => d <= limit).length / rows.length)
  const total = differences.reduce((sum, d) => sum + d, 0)
  return { rows: rows.length, within5: share(5), within10: share(10), meanAbsDiff: rows.length === 0 ? 0 : total / rows.length }
}

/** Points apart; for a name OFAC did not list, only the points above what it could have scored. */
function difference(points: number, expected: number): number {
  return expected < 0 ? Math.max(0, points - UNLISTED_AT_MOST) : Math.abs(points - expected)
}
