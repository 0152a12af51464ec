/**
 * The values a filter or an input field may take, checked before anything is screened: a typo in a
 * dataset, topic or schema name would otherwise filter out every candidate and read as a clean
 * "no match". Each check names the parameter and lists what it accepts.
 */
import { AppError } from '../errors.js'
import { countryCode } from '../model/countries.js'
import { model } from '../model/ftm.js'
import { editDistance } from '../text/distance.js'
import type { FacetFilters } from './facets.js'

// Vigil derives these two from ownership and links (network/derive-risk.ts); FtM lists the second only.
const DERIVED_TOPICS = ['sanction.control', 'sanction.linked']

/** FtM's topics (sanction, export.control, crime.terror…) and the risk topics Vigil derives. */
export const TOPICS: readonly string[] = [...new Set([...model.types.topic!.values.keys(), ...DERIVED_TOPICS])].sort()

/** Every FtM schema name. */
export const SCHEMATA: readonly string[] = Object.keys(model.schemata).sort()

export interface ValueCheck {
  /** The parameter as the client wrote it: `include_dataset`, `topics`. */
  param: string
  values: readonly string[] | undefined
  valid: readonly string[]
  /** What one value is, for the message: "dataset", "topic". */
  noun: string
}

/** An error naming the first value outside `valid`, the valid value it is closest to, and all valid values. */
export function checkValues({ param, values, valid, noun }: ValueCheck): void {
  const known = new Set(valid)
  const wrong = values?.find((v) => !known.has(v))
  if (wrong === undefined) return
  const closest = closestValue(wrong, valid)
  const hint = closest === undefined ? '' : ` Did you mean '${closest}'?`
  const list = valid.length > 0 ? valid.join(', ') : 'none are loaded'
  throw new AppError('bad_input', `Unknown ${noun} '${wrong}' in ${param}.${hint} Valid values: ${list}.`, { field: param })
}

/** The valid value a typo most likely meant, ignoring case: two edits off ("cres" for "cers"), or a third of its letters. */
export function closestValue(value: string, valid: readonly string[]): string | undefined {
  const wanted = value.toLowerCase()
  let best: string | undefined
  let bestDistance = Math.max(2, Math.floor(wanted.length / 3)) + 1
  for (const candidate of valid) {
    const d = editDistance(wanted, candidate.toLowerCase())
    if (d < bestDistance) [best, bestDistance] = [candidate, d]
  }
  return best
}

/** Why a value is not an ISO 3166-1 alpha-2 code ("Syria", "xx", "SY"), or undefined when it is one. */
export function countryCodeProblem(value: string): string | undefined {
  if (/^[a-z]{2}$/.test(value) && countryCode(value) !== undefined) return undefined
  const code = countryCode(value)
  const example = code && /^[a-z]{2}$/.test(code) ? code : 'sy'
  return `'${value}' is not a country code; use an ISO 3166-1 alpha-2 code in lower case, such as '${example}'`
}

/** Why a value is not an HS code (digits, dots allowed: "8419.89"), or undefined when it is one. */
export function hsCodeProblem(value: string): string | undefined {
  if (/^\d{2,}(\.\d+)*$/.test(value.trim())) return undefined
  return `'${value}' is not an HS code; write its digits, dots allowed, such as '8419.89'`
}

/** The facet filters of `/search` (countries, topics, datasets) checked like the entity filter's. */
export function checkFacetFilters(filters: Pick<FacetFilters, 'countries' | 'topics' | 'datasets'>, datasets: readonly string[]): void {
  checkValues({ param: 'topics', values: filters.topics, valid: TOPICS, noun: 'topic' })
  checkValues({ param: 'datasets', values: filters.datasets, valid: datasets, noun: 'dataset' })
  const problem = filters.countries.map(countryCodeProblem).find((p) => p !== undefined)
  if (problem) throw new AppError('bad_input', `${problem}.`, { field: 'countries' })
}

/** True when an ISO prefix ("2024-05-03", "2024-05-03T10:00") names a real day and time: "2024-02-30" does not. */
export function isCalendarTimestamp(value: string): boolean {
  const [y, m, d, h = 0, min = 0, s = 0] = value.split(/[-T:]/).map(Number)
  const date = new Date(Date.UTC(y!, m! - 1, d!))
  const dayExists = date.getUTCFullYear() === y && date.getUTCMonth() === m! - 1 && date.getUTCDate() === d
  return dayExists && h < 24 && min < 60 && s < 60
}
