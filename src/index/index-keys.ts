/**
 * The keys under which an entity is found: name tokens (in their comparison spelling), their
 * phonetic keys and consonant skeletons, organization acronyms, and identifiers. Queries and
 * entities go through the same function, so "SSRC" finds the Scientific Studies and Research
 * Center (its acronym is a key) and the long name finds an entity listed only as "SSRC".
 */
import { phoneticKey } from '../text/phonetic.js'
import { consonantSkeleton } from '../text/skeleton.js'
import type { Matchable } from './matchable.js'

// Prefixes keep the kinds of key apart in one map.
export const PHONETIC = '~'
export const SKELETON = '%'
export const IDENTIFIER = '#'

// Skeletons of fewer consonants ("hasan" → SN) are shared by too many names to help recall.
const MIN_SKELETON = 3

/** Every index key of a matchable entity (strong and weak names, identifiers), without repeats. */
export function indexKeys(m: Matchable): string[] {
  const keys = new Set<string>()
  for (const form of [...m.names, ...m.weakNames]) {
    for (const token of form.tokens) {
      keys.add(token)
      const phonetic = phoneticKey(token)
      if (phonetic) keys.add(PHONETIC + phonetic)
      const skeleton = consonantSkeleton(token)
      if (skeleton.length >= MIN_SKELETON) keys.add(SKELETON + skeleton)
    }
    if (form.acronym) keys.add(form.acronym)
  }
  for (const id of m.identifiers) keys.add(IDENTIFIER + id)
  return [...keys]
}
