/** Phonetic keys for name tokens (Double Metaphone), so "Mohammed" and "Muhammad" share a key. */
import { doubleMetaphone } from 'double-metaphone'
import { memoize } from './memo.js'

/** The primary Double Metaphone key of a Latin token; undefined for tokens without letters or too short. */
export const phoneticKey = memoize((token: string): string | undefined => {
  if (token.length < 2 || /\d/.test(token)) return undefined
  const [primary] = doubleMetaphone(token)
  return primary || undefined
})
