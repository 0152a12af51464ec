/**
 * The keys under which an entity is found: name tokens (in their comparison spelling), their
 * phonetic keys and consonant skeletons (also as Arabic-script readings see them), organization
 * acronyms, and identifiers. Queries and
 * entities go through the same function, so "SSRC" finds the Scientific Studies and Research
 * Center (its acronym is a key) and the long name finds an entity listed only as "SSRC".
 */
import { phoneticKey } from '../text/phonetic.js'
import { consonantSkeleton, readingSkeletons } from '../text/skeleton.js'
import type { Matchable } from './matchable.js'

// Prefixes keep the kinds of key apart in one map.
export const PHONETIC = '~'
export const SKELETON = '%'
export const IDENTIFIER = '#'
export const READING = '&'

// Skeletons of fewer consonants ("hasan" → SN) are shared by too many names to help recall.
const MIN_SKELETON = 3

/** Every index key of a matchable entity or query (strong and weak names, identifiers), without repeats. */
export function indexKeys(m: Matchable, side: 'entity' | 'query'): string[] {
  const keys = new Set<string>()
  for (const form of [...m.names, ...m.weakNames]) {
    for (const token of form.tokens) {
      keys.add(token)
      const phonetic = phoneticKey(token)
      if (phonetic) keys.add(PHONETIC + phonetic)
      const skeleton = consonantSkeleton(token)
      if (skeleton.length >= MIN_SKELETON) keys.add(SKELETON + skeleton)
      // An entity's tokens also go under their reading skeleton, which the reading of an
      // Arabic-script query shares with the Latin spelling of a list that writes no Arabic ("zahd"
      // and "zahid": SHT). Other queries do not look these keys up: they would only add work.
      if (side === 'entity' || form.fromAbjad) {
        for (const reading of readingSkeletons(token)) if (reading.length >= MIN_SKELETON) keys.add(READING + reading)
      }
    }
    if (form.acronym) keys.add(form.acronym)
  }
  for (const id of m.identifiers) keys.add(IDENTIFIER + id)
  return [...keys]
}
