/**
 * Consonant skeletons: a name token reduced to classes of consonants, vowels and the weak letters
 * h, w, y dropped. Arabic and Hebrew write few vowels, and romanizations disagree mostly on vowels
 * (Muhammad, Mohammed, Mouhamed) and on which of two close letters to write (Qaddafi, Gaddafi,
 * Kadhafi), so two readings of one name tend to share a skeleton where their spellings differ.
 */
import { memoize } from './memo.js'

// Digraphs first, then letters to classes.
const DIGRAPHS: Array<[RegExp, string]> = [
  [/sch|sh|ch|tch|zh|ts|tz/g, 'S'],
  [/kh|gh|q|c(?=[aou])|ck/g, 'K'],
  [/th|dh/g, 'T'],
  [/ph/g, 'F'],
]
const CLASSES: Record<string, string> = {
  b: 'P',
  p: 'P',
  f: 'F',
  v: 'F',
  w: '',
  m: 'M',
  n: 'N',
  l: 'L',
  r: 'R',
  t: 'T',
  d: 'T',
  s: 'S',
  z: 'S',
  c: 'S',
  j: 'J',
  g: 'K',
  k: 'K',
  x: 'KS',
  h: '',
  y: '',
  a: '',
  e: '',
  i: '',
  o: '',
  u: '',
}

function skeletonOf(token: string, classes: Record<string, string>): string {
  let s = token
  for (const [pattern, cls] of DIGRAPHS) s = s.replace(pattern, cls)
  let out = ''
  for (const ch of s) {
    const cls = ch >= 'A' && ch <= 'Z' ? ch : (classes[ch] ?? '')
    if (cls && !out.endsWith(cls)) out += cls
  }
  return out
}

/** The consonant skeleton of a folded Latin token: "qaddafi" → "KTF", "gaddafi" → "KTF". */
export const consonantSkeleton = memoize((token: string): string => skeletonOf(token, CLASSES))

// Arabic writes ح and ه as letters, and romanizations keep them: "zahid" and "zahd" (زاهد) share
// SHT, where "said" is ST. A reading's skeleton keeps h.
const READING_CLASSES: Record<string, string> = { ...CLASSES, h: 'H' }
// و (and Hebrew ו) is w, v, u or o in Latin: "Delawar", "Delavar", "dlaur" for دلاور. The second
// skeleton lets v go as weak as w; the first keeps it, where it is the consonant ("dvd", דוד, David).
const WEAK_V_CLASSES: Record<string, string> = { ...READING_CLASSES, v: '' }

/** The skeletons of a token as an abjad reading sees it, h kept: "zahid" → ["SHT"], "delavar" → ["TLFR", "TLR"]. */
export const readingSkeletons = memoize((token: string): string[] => [...new Set([skeletonOf(token, READING_CLASSES), skeletonOf(token, WEAK_V_CLASSES)])])
