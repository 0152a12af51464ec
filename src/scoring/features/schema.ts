/** Schemata: a person cannot be a company; a company can be an organization or a legal entity. */
import { commonSchema } from '../../model/ftm.js'
import type { Feature } from '../feature.js'

/** True when one schema is the other or extends it (Company and LegalEntity, Person and LegalEntity). */
export function schemataCompatible(a: string, b: string): boolean {
  return commonSchema(a, b) !== undefined
}

export const schemaMismatch: Feature = {
  name: 'schema_mismatch',
  description: 'The query and the candidate are of incompatible kinds (a person and a company, a vessel and a person).',
  compare(query, candidate) {
    const ok = schemataCompatible(query.schema, candidate.schema)
    return {
      score: ok ? 0 : 1,
      detail: `${query.schema} vs ${candidate.schema}${ok ? '' : ': incompatible'}`,
      query: query.schema,
      candidate: candidate.schema,
    }
  },
}
