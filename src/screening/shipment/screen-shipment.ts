/** Screen a whole shipment: its parties, route, goods and payment, to block, review or clear with reasons. */
import type { Algorithm } from '../../scoring/algorithm.js'
import type { DataVersion } from '../data-version/data-version.js'
import { checkGoods } from './check-goods.js'
import { checkRoute } from './check-route.js'
import { endUserReasons } from './end-user.js'
import { partyReasons } from './party-reasons.js'
import { redFlags } from './red-flags.js'
import { loadRouteRules } from './rules.js'
import { screenParties } from './screen-parties.js'
import type { Decision, Note, Reason, ScreenedParty, Shipment } from './shipment.js'

export interface ShipmentRequest {
  shipment: Shipment
  data: DataVersion
  algorithm: Algorithm
  threshold?: number
}

export interface ShipmentDecision {
  decision: Decision
  reasons: Reason[]
  /** Presumptions the decision rests on (a consignee taken for the missing end user): never a reason to hold. */
  notes: Note[]
  parties: ScreenedParty[]
  warnings: string[]
  data_version: string
  algorithm: string
}

export function screenShipment({ shipment, data, algorithm, threshold = algorithm.threshold }: ShipmentRequest): ShipmentDecision {
  const warnings: string[] = []
  const parties = screenParties(shipment, { data, algorithm, threshold, warnings })
  const destination = shipment.route.destination
  const embargoed = destination !== undefined && loadRouteRules().embargoed.some((r) => r.country === destination)
  const others = [...partyReasons(parties, threshold), ...checkRoute(shipment.route), ...checkGoods(shipment.goods, embargoed), ...redFlags(shipment, parties)]
  // Last: whether a missing end user holds the shipment depends on every other reason.
  const endUser = endUserReasons(parties, others)
  const reasons = [...others, ...endUser.reasons]
  return { decision: decide(reasons), reasons, notes: endUser.notes, parties, warnings, data_version: data.version, algorithm: algorithm.name }
}

/** Block on any blocking reason, review on any other; clear only with no reason at all. */
export function decide(reasons: Reason[]): Decision {
  if (reasons.some((r) => r.severity === 'block')) return 'block'
  return reasons.length > 0 ? 'review' : 'clear'
}
