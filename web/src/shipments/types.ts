/** POST /screen as the Shipments page sends and reads it (src/screening/shipment/shipment.ts; names kept as sent). */
import type { ScreenedHit } from '../review/types'

/** The roles the API takes (src/screening/shipment/shipment.ts ROLES), in the order a shipment is read. */
export const ROLES = ['supplier', 'buyer', 'consignee', 'end_user', 'forwarder', 'notify_party', 'bank'] as const
export type Role = (typeof ROLES)[number]

export const SCHEMAS = ['LegalEntity', 'Company', 'Organization', 'Person'] as const

export interface ShipmentRequest {
  parties: Array<{ role: Role; schema: string; properties: Record<string, string[]> }>
  route: { origin?: string; transit: string[]; destination?: string }
  goods: Array<{ description?: string; hsCode?: string; quantity?: number | string; value?: number | string }>
  payment?: { country?: string; payer?: string }
}

export type Decision = 'block' | 'review' | 'clear'

export interface Reason {
  code: string
  severity: 'block' | 'review'
  detail: string
  party?: { index: number; role: string; name: string }
}

export interface ScreenedParty {
  index: number
  role: string
  name: string
  country: string[]
  matches: ScreenedHit[]
  risk: { topics: string[]; warnings: string[] }
  /** Set when the shipment was screened with record=true. */
  screening_id?: number
}

export interface ShipmentDecision {
  decision: Decision
  reasons: Reason[]
  parties: ScreenedParty[]
  warnings?: string[]
  data_version: string
  algorithm: string
}

/** "end_user" → "end user", as the API's own reasons write roles. */
export function roleLabel(role: string): string {
  return role.replaceAll('_', ' ')
}
