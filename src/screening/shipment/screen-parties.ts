/** Each party of a shipment screened by name (screenQuery), with the derived risk of its best match. */
import type { Algorithm } from '../../scoring/algorithm.js'
import type { DataVersion } from '../data-version/data-version.js'
import { parseQuery } from '../query.js'
import { screenQuery } from '../screen-query.js'
import { derivedRiskOf } from './derived-risk.js'
import type { ScreenedParty, Shipment } from './shipment.js'

// Below the engine's threshold a party still goes to an analyst from this score. Measured on cers and
// the OFAC SDN set (vigil-v1): "Laborgeräte Schmidt GmbH" vs "INTERNET RESEARCH AGENCY LLC" scores
// 0.504 and stays clear; "Cedar Trading SARL" vs "STAR TRADE GHANA LIMITED" scores 0.683 and goes to
// review (generic trading names do); "Electronic Institute Damascus" vs "Electronics Institute" 0.755
// is a match. 0.5, the first guess, sent unrelated names to review. "Bosch GmbH" vs "PISHTAZAN KAVOSH
// GOSTAR BOSHRA, LLC" (OFAC SDN 2024-05-03) scored 0.612 while name scoring read the truncation 'bosh'
// / 'boshra' as a spelling (Jaro-Winkler 0.93); the fix is there (token-similarity.ts), not in this band,
// which would otherwise have to rise above generic trading names that should go to review.
export const REVIEW_THRESHOLD = 0.6
const MATCHES_PER_PARTY = 3

export interface PartyScreening {
  data: DataVersion
  algorithm: Algorithm
  threshold: number
  warnings: string[]
}

export function screenParties(shipment: Shipment, { data, algorithm, threshold, warnings }: PartyScreening): ScreenedParty[] {
  return shipment.parties.map((party, i) => {
    const query = parseQuery({ schema: party.schema, properties: party.properties }, warnings)
    const { results } = screenQuery({ query, data, algorithm, threshold, limit: MATCHES_PER_PARTY })
    const matches = results.filter((r) => r.score >= Math.min(REVIEW_THRESHOLD, threshold))
    const best = matches.find((m) => m.match)
    return {
      index: i,
      role: party.role,
      name: query.entity.caption,
      country: query.countries,
      matches,
      risk: best === undefined ? { topics: [], paths: [], warnings: [] } : derivedRiskOf(data, best.entity),
    }
  })
}
