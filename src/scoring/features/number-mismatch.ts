/** Numbers in names: "Management Company 23" is not "Management Company 24", nor "Fund III" "Fund IV". */
import type { Matchable } from '../../index/matchable.js'
import type { Feature } from '../feature.js'
import { missing } from '../feature.js'

function numbersOf(m: Matchable): Set<string> {
  return new Set(m.names.flatMap((f) => f.tokens.filter((t) => /^\d+$/.test(t))))
}

export const numberMismatch: Feature = {
  name: 'number_mismatch',
  description: 'Both sides have numbers in their names (digits or series numerals), and no number is on both.',
  compare(query, candidate) {
    const q = numbersOf(query)
    const c = numbersOf(candidate)
    if (q.size === 0 || c.size === 0) return missing('Numbers in names on one side at most.')
    const shared = [...q].filter((n) => c.has(n))
    const detail = `${[...q].join(', ')} vs ${[...c].join(', ')}`
    return shared.length > 0
      ? { score: 0, detail: `${detail}: ${shared.join(', ')} on both` }
      : { score: 1, detail: `${detail}: none shared`, query: [...q].join(', '), candidate: [...c].join(', ') }
  },
}
