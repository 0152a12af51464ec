/** Countries (of residence, nationality, citizenship, jurisdiction): both sides give some, and none are shared. */
import type { Feature } from '../feature.js'
import { missing } from '../feature.js'

export const countryMismatch: Feature = {
  name: 'country_mismatch',
  description: 'Both sides name countries (residence, nationality, citizenship, jurisdiction), and they share none.',
  compare(query, candidate) {
    if (query.countries.length === 0 || candidate.countries.length === 0) return missing('Countries missing on one side.')
    const shared = query.countries.filter((c) => candidate.countries.includes(c))
    const q = query.countries.join(', ')
    const c = candidate.countries.join(', ')
    if (shared.length > 0) return { score: 0, detail: `shared: ${shared.join(', ')}`, query: q, candidate: c }
    return { score: 1, detail: `${q} vs ${c}: none shared (different countries: below the threshold unless the name is near exact)`, query: q, candidate: c }
  },
}
