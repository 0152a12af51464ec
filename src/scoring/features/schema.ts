/** Schemata: a person cannot be a company; a company can be an organization or a legal entity. */
import type { Matchable } from '../../index/matchable.js'
import { commonSchema, isA } from '../../model/ftm.js'
import { ORG_MARKERS } from '../../names/name-parts.js'
import { foldText } from '../../text/normalize.js'
import type { Feature } from '../feature.js'

/** True when one schema is the other or extends it (Company and LegalEntity, Person and LegalEntity). */
export function schemataCompatible(a: string, b: string): boolean {
  return commonSchema(a, b) !== undefined
}

/**
 * A list entry of no known kind (LegalEntity: some lists do not say) that names itself as an
 * organization in one of its names: a legal form ("LLC R-STROY") or a word only organizations carry
 * ("Bank Rossiya", "Ministry of Atomic Energy Industry").
 */
export function namedAsOrganization(m: Matchable): boolean {
  if (m.schema !== 'LegalEntity' || m.names.length === 0) return false
  return m.names.some(
    (form) =>
      form.legalForms.length > 0 ||
      foldText(form.original)
        .split(' ')
        .some((word) => ORG_MARKERS.has(word)),
  )
}

export const schemaMismatch: Feature = {
  name: 'schema_mismatch',
  description:
    'The query and the candidate are of incompatible kinds (a person and a company, a vessel and a person), also when a list entry of no known kind names itself as an organization.',
  compare(query, candidate) {
    const ok = schemataCompatible(query.schema, candidate.schema)
    if (ok && isA(query.schema, 'Person') && namedAsOrganization(candidate)) {
      return {
        score: 1,
        detail: `${query.schema} vs ${candidate.schema} named as an organization ('${candidate.names[0]!.original}')`,
        query: query.schema,
        candidate: candidate.schema,
      }
    }
    return {
      score: ok ? 0 : 1,
      detail: `${query.schema} vs ${candidate.schema}${ok ? '' : ': incompatible'}`,
      query: query.schema,
      candidate: candidate.schema,
    }
  },
}
