/**
 * The score OFAC's Sanctions List Search gives a listed name, as its FAQ describes it: Jaro-Winkler
 * on the whole string, and the name split into parts, each part matched by Jaro-Winkler and Soundex,
 * the part scores averaged. The better of the two is the score (OFAC shows it times 100).
 *
 * Parts are matched in any order ("VLADIMR PUTIN" vs "PUTIN, Vladimir" is 99) and only the query's
 * parts are averaged, so extra listed names cost nothing ("PUTIN" vs "PUTIN, Vladimir Vladimirovich"
 * is 100). The whole string keeps the written order, which is why "GEORGE BUSH" vs "HASWANI, George"
 * is only 50.
 */
import { jaroWinkler } from '../../text/distance.js'
import { readListed, readQuery } from './ofac-text.js'
import { describePart, matchPart, type PartMatch } from './part-match.js'

export interface OfacScore {
  /** In [0, 1]: OFAC's score over 100. */
  score: number
  /** Jaro-Winkler of the two whole strings. */
  whole: number
  /** The average of the query parts' scores. */
  byParts: number
  parts: PartMatch[]
  /** The folded whole strings compared. */
  query: string
  listed: string
}

/** Score a listed name against a query name the way OFAC's search does. */
export function scoreOfac(query: string, listed: string): OfacScore {
  const q = readQuery(query)
  const l = readListed(listed)
  const parts = q.parts.map((part) => matchPart(part, l.parts))
  const byParts = parts.length === 0 ? 0 : parts.reduce((sum, p) => sum + p.score, 0) / parts.length
  const whole = q.whole === '' || l.whole === '' ? 0 : jaroWinkler(q.whole, l.whole)
  return { score: Math.max(whole, byParts), whole, byParts, parts, query: q.whole, listed: l.whole }
}

/** OFAC's score as it shows it, 0 to 100. */
export function ofacPoints(score: number): number {
  return Math.round(score * 100)
}

/** "by parts 0.99 (vladimr ≈ vladimir 0.97, same sound V435: 0.98; putin = putin); whole string 0.56". */
export function describeOfac(s: OfacScore): string {
  const parts = `by parts ${s.byParts.toFixed(2)} (${s.parts.map(describePart).join('; ')})`
  const whole = `whole string '${s.query}' vs '${s.listed}' ${s.whole.toFixed(2)}`
  return s.byParts >= s.whole ? `${parts}, over ${whole}` : `${whole}, over ${parts}`
}
