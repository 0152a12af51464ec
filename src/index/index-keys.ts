/** The keys under which an entity is found: name tokens, their phonetic keys, and identifiers. */
import { phoneticKey } from '../text/phonetic.js'
import type { Matchable } from './matchable.js'

// Prefixes keep the three kinds of key apart in one map.
export const PHONETIC = '~'
export const IDENTIFIER = '#'

/** Every index key of a matchable entity (strong and weak names, identifiers), without repeats. */
export function indexKeys(m: Matchable): string[] {
  const keys = new Set<string>()
  for (const form of [...m.names, ...m.weakNames]) {
    for (const token of form.tokens) {
      keys.add(token)
      const phonetic = phoneticKey(token)
      if (phonetic) keys.add(PHONETIC + phonetic)
    }
  }
  for (const id of m.identifiers) keys.add(IDENTIFIER + id)
  return [...keys]
}
