/** A shipment as clients send it, and the decision Vigil gives back with its reasons. */
import type { PathStep, RiskTopic } from '../../network/risk-types.js'
import type { ScreenResult } from '../screen-query.js'

export const ROLES = ['buyer', 'consignee', 'end_user', 'forwarder', 'notify_party', 'bank', 'supplier'] as const
export type Role = (typeof ROLES)[number]

export interface ShipmentParty {
  role: Role
  schema: string
  properties: Record<string, unknown>
}

export interface Goods {
  description?: string
  hsCode?: string
  quantity?: number | string
  value?: number | string
}

export interface Shipment {
  parties: ShipmentParty[]
  /** ISO alpha-2 country codes, lower case once checked. */
  route: { origin?: string; transit: string[]; destination?: string }
  goods: Goods[]
  payment?: { country?: string; payer?: string }
}

export type Severity = 'block' | 'review'
export type Decision = 'block' | 'review' | 'clear'

export type { PathStep }

export interface Reason {
  code: string
  severity: Severity
  /** Why, in words an analyst can paste into a report. */
  detail: string
  /** Index of the party in the shipment's party list, with its role. */
  party?: { index: number; role: Role; name: string }
  path?: PathStep[]
}

/**
 * What the decision rests on without being a reason to hold it: a presumption the rules made (the
 * consignee taken for the end user), said so that an analyst or auditor reading a `clear` sees it.
 */
export interface Note {
  code: string
  detail: string
  party?: { index: number; role: Role; name: string }
}

/** One proof path of the derived risk: from the party's match to a listed entity. */
export interface RiskPath {
  topic: RiskTopic
  steps: PathStep[]
  listed: { id: string; caption: string; schema: string; datasets: string[] }
  /** The relation kinds along the path ("unit_of", "owned_by"…). */
  kinds: string[]
  explanation: string
}

export interface DerivedRisk {
  topics: RiskTopic[]
  paths: RiskPath[]
  /** Unknown shares, shares over 100% in total, cut chains: said, never silently dropped. */
  warnings: string[]
}

export interface ScreenedParty {
  index: number
  role: Role
  name: string
  country: string[]
  /** Results at or above the review threshold, with their explanations, shown as any screened entity. */
  matches: ScreenResult[]
  risk: DerivedRisk
}
