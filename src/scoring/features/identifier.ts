/** Identifiers (passport, national id, registration, tax, IMO, SWIFT…): a shared one is strong evidence. */
import type { Feature } from '../feature.js'
import { missing } from '../feature.js'

export const identifierMatch: Feature = {
  name: 'identifier_match',
  description: 'The two sides share an identifier (passport, national ID, registration, tax number, IMO, SWIFT/BIC…), compared without spaces and punctuation.',
  compare(query, candidate) {
    if (query.identifiers.length === 0 || candidate.identifiers.length === 0) return missing('Identifiers missing on one side.')
    const shared = query.identifiers.find((id) => candidate.identifiers.includes(id))
    if (!shared) return { score: 0, detail: 'No identifier in common.' }
    return { score: 1, detail: `shared identifier ${shared}`, query: shared, candidate: shared }
  },
}
