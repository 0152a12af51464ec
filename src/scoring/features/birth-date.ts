/** Birth dates: both sides give them; do they agree to the day, to the year, or not at all? */
import type { Feature, FeatureResult } from '../feature.js'
import { missing } from '../feature.js'

type Agreement = 'exact' | 'swapped' | 'year' | 'disjoint'

/** How two ISO date prefixes agree. "1944" and "1944-02-07" agree to the year. */
export function compareDates(a: string, b: string): Agreement {
  if (a === b) return 'exact'
  const [ya, ma, da] = a.split('-')
  const [yb, mb, db] = b.split('-')
  if (ya !== yb) return 'disjoint'
  if (ma && mb && da && db && ma === db && da === mb) return 'swapped'
  if (!ma || !mb || (ma === mb && (!da || !db))) return 'year'
  return 'disjoint'
}

function bestAgreement(query: string[], candidate: string[]): { agreement: Agreement; query: string; candidate: string } | undefined {
  const order: Agreement[] = ['exact', 'swapped', 'year', 'disjoint']
  let best: { agreement: Agreement; query: string; candidate: string } | undefined
  for (const q of query) {
    for (const c of candidate) {
      const agreement = compareDates(q, c)
      if (!best || order.indexOf(agreement) < order.indexOf(best.agreement)) best = { agreement, query: q, candidate: c }
    }
  }
  return best
}

function dateFeature(name: string, description: string, scoreOf: (a: Agreement) => number): Feature {
  return {
    name,
    description,
    compare(query, candidate): FeatureResult {
      const best = bestAgreement(query.birthDates, candidate.birthDates)
      if (!best) return missing('Birth date missing on one side.')
      // Day and month are often swapped in list data: count it as half a match.
      return { score: scoreOf(best.agreement), detail: `${best.query} vs ${best.candidate}: ${best.agreement}`, query: best.query, candidate: best.candidate }
    },
  }
}

export const birthDateMatch = dateFeature(
  'dob_match',
  'Both sides give birth dates and one pair agrees: 1 for the same day, 0.5 for day and month swapped, 0.3 for the same year at the precision both give.',
  (a) => ({ exact: 1, swapped: 0.5, year: 0.3, disjoint: 0 })[a],
)

export const birthDateMismatch = withRule(
  dateFeature('dob_mismatch', 'Both sides give birth dates, and none of them agree even to the year: a namesake unless the name is exact.', (a) =>
    a === 'disjoint' ? 1 : 0,
  ),
  'different birth years: below the threshold unless the name is exact',
)

/** Say in the detail which rule a disagreement applied, so the analyst reads why the score fell. */
function withRule(feature: Feature, rule: string): Feature {
  return {
    ...feature,
    compare(query, candidate, context) {
      const result = feature.compare(query, candidate, context)
      return result.score > 0 ? { ...result, detail: `${result.detail} (${rule})` } : result
    },
  }
}
