/**
 * One spelling for the many ways a name token is romanized, so that conventions meet: Russian
 * ye/e, -iy/-y/-i, kh/h, zh/j; French ou for u; German w for v and tsch for ch; doubled letters.
 * Applied to both sides of a comparison, so it only ever merges spellings; it is a comparison key,
 * never shown as the name.
 */
import { memoize } from './memo.js'

// Ordered rewrites; each pattern runs over the whole token.
const RULES: Array<[RegExp, string]> = [
  [/^ye/, 'e'],
  [/^yu/, 'iu'],
  [/^ya/, 'ia'],
  [/tsch|tch/g, 'ch'],
  [/sch/g, 'sh'],
  [/ph/g, 'f'],
  [/kh/g, 'h'],
  [/zh/g, 'j'],
  [/dh/g, 'd'],
  [/ck/g, 'k'],
  [/q/g, 'k'],
  [/x/g, 'ks'],
  [/w/g, 'v'],
  [/ou/g, 'u'],
  // Dutch oe is u: "Poetin".
  [/oe/g, 'u'],
  [/oo/g, 'u'],
  [/ee/g, 'i'],
  [/(.)\1+/g, '$1'],
  [/(?<=[aeiou])y(?=[aeiou])/g, 'i'],
  // Endings of Slavic names: Dmitriy, Dmitrij, Dmitrii, Dmitry all end as "dmitri".
  [/(iy|ij|ii|yi|yy|y|j)$/, 'i'],
]

/** The spelling key of one folded Latin token: "Mohammed" → "mohamed", "Poutine" → "putine". */
export const spellingKey = memoize((token: string): string => {
  if (token.length < 3 || /\d/.test(token)) return token
  let key = token
  for (const [pattern, replacement] of RULES) key = key.replace(pattern, replacement)
  return key
})
