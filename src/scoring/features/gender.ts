/** Gender: both sides state one and they differ. */
import type { Feature } from '../feature.js'
import { missing } from '../feature.js'

export const genderMismatch: Feature = {
  name: 'gender_mismatch',
  description: 'Both sides state a gender, and they differ.',
  compare(query, candidate) {
    const q = query.genders[0]
    const c = candidate.genders[0]
    if (!q || !c) return missing('Gender missing on one side.')
    return q === c ? { score: 0, detail: `both ${q}`, query: q, candidate: c } : { score: 1, detail: `${q} vs ${c}`, query: q, candidate: c }
  },
}
