/**
 * How much work one request may ask for. Queries cost in proportion to the characters of their
 * values (every token of a long name finds candidates to score), so the bound is on characters
 * across the whole batch, not on the number of queries alone.
 */
import { AppError } from '../errors.js'

/** Characters of every string and number value in a set of property maps. */
export function valueCharacters(propertyMaps: Iterable<Record<string, unknown>>): number {
  let total = 0
  for (const properties of propertyMaps) {
    for (const raw of Object.values(properties ?? {})) {
      for (const value of Array.isArray(raw) ? raw : [raw]) {
        if (typeof value === 'string' || typeof value === 'number') total += String(value).length
      }
    }
  }
  return total
}

/** A 413 naming the limit when the values of a request add up to more than `max` characters. */
export function checkRequestCharacters(propertyMaps: Iterable<Record<string, unknown>>, max: number): void {
  const total = valueCharacters(propertyMaps)
  if (total > max) {
    throw new AppError(
      'too_large',
      `The request's values add up to ${total} characters (limit: ${max}, VIGIL_MAX_REQUEST_CHARS). Split it into smaller requests.`,
    )
  }
}

/** A 413 naming the limit for a shipment with too many parties. */
export function checkParties(count: number, max: number): void {
  if (count > max) {
    throw new AppError(
      'too_large',
      `The shipment has ${count} parties (limit: ${max}, VIGIL_MAX_PARTIES). Screen the names as a batch with POST /match instead.`,
      { field: 'parties' },
    )
  }
}
