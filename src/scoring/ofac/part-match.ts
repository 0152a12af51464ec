/** One query part against the parts of a listed name: its best Jaro-Winkler, lifted when Soundex agrees. */
import { jaroWinkler } from '../../text/distance.js'
import { soundex } from '../../text/soundex.js'
import { PART_FLOOR, SOUNDEX_SHARE } from './tuning.js'

export interface PartMatch {
  part: string
  /** The listed part it agrees with best; undefined when none reaches the floor. */
  match?: string
  /** Jaro-Winkler of the two. */
  similarity: number
  /** True when both have one Soundex code. */
  sameSound: boolean
  /** What the part adds to the average: 0 below the floor. */
  score: number
}

/** The listed part that agrees best with a query part, and how well. */
export function matchPart(part: string, listed: string[]): PartMatch {
  let best: PartMatch = { part, similarity: 0, sameSound: false, score: 0 }
  const code = soundex(part)
  for (const other of listed) {
    const similarity = jaroWinkler(part, other)
    const sameSound = code !== undefined && code === soundex(other)
    const score = sameSound ? similarity + SOUNDEX_SHARE * (1 - similarity) : similarity
    if (score > best.score) best = { part, match: other, similarity, sameSound, score }
  }
  return best.score >= PART_FLOOR ? best : { part, similarity: best.similarity, sameSound: false, score: 0 }
}

/** "vladimr ≈ vladimir 0.97, same sound V435: 0.98", "putin = putin", "bush: no part reaches 0.5". */
export function describePart(match: PartMatch): string {
  if (match.match === undefined) return `${match.part}: no part reaches ${PART_FLOOR}`
  if (match.similarity === 1) return `${match.part} = ${match.match}`
  const sound = match.sameSound ? `, same sound ${soundex(match.part)}: ${match.score.toFixed(2)}` : ''
  return `${match.part} ≈ ${match.match} ${match.similarity.toFixed(2)}${sound}`
}
