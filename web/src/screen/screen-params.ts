/**
 * The screen form's state, kept in the URL query so a result page can be linked and the back
 * button returns to the previous search. Pure: URL text in, form state out, and back.
 */
import type { MatchQuery } from './types'

export interface ScreenParams {
  name: string
  schema: string
  birthDate: string
  country: string
  identifier: string
  dataset: string
  algorithm: string
  /** Kept as typed; empty means the algorithm's own threshold. */
  threshold: string
}

export const SCHEMAS = ['Person', 'Company', 'Organization', 'LegalEntity', 'Vessel', 'Airplane'] as const

const EMPTY: ScreenParams = { name: '', schema: 'Person', birthDate: '', country: '', identifier: '', dataset: 'default', algorithm: '', threshold: '' }
const KEYS = Object.keys(EMPTY) as (keyof ScreenParams)[]

export function readParams(search: string): ScreenParams {
  const url = new URLSearchParams(search)
  const params = { ...EMPTY }
  for (const key of KEYS) params[key] = url.get(key) ?? EMPTY[key]
  return params
}

/** Only what differs from the defaults, so links stay short. */
export function writeParams(params: ScreenParams): string {
  const url = new URLSearchParams()
  for (const key of KEYS) if (params[key].trim() && params[key] !== EMPTY[key]) url.set(key, params[key].trim())
  // The schema always goes in: without it the link would mean "Person" even if the default changed.
  url.set('schema', params.schema)
  return url.toString()
}

/** The FtM property an identifier is sent as: what lists record for that kind of subject. */
export function identifierProperty(schema: string): { prop: string; label: string } {
  if (schema === 'Person') return { prop: 'passportNumber', label: 'Passport or ID number' }
  if (schema === 'Vessel') return { prop: 'imoNumber', label: 'IMO number' }
  if (schema === 'Airplane') return { prop: 'registrationNumber', label: 'Aircraft registration' }
  return { prop: 'registrationNumber', label: 'Registration number' }
}

/** The query entity the API matches: empty fields are left out, not sent as empty strings. */
export function buildQuery(params: ScreenParams): MatchQuery {
  const properties: Record<string, string[]> = { name: [params.name.trim()] }
  if (params.schema === 'Person' && params.birthDate.trim()) properties.birthDate = [params.birthDate.trim()]
  if (params.country.trim()) properties.country = [params.country.trim().toLowerCase()]
  if (params.identifier.trim()) properties[identifierProperty(params.schema).prop] = [params.identifier.trim()]
  return { schema: params.schema, properties }
}

export function thresholdOf(params: ScreenParams): number | undefined {
  const value = Number.parseFloat(params.threshold)
  return Number.isFinite(value) ? value : undefined
}
