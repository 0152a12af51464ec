/**
 * Who may do what. Roles are cumulative up to reviewer; the auditor reads everything and writes
 * nothing; the admin may do everything. The API checks a route's permission on the server for every
 * request, whatever a client shows or hides.
 */
import { AppError } from '../errors.js'

export const ROLES = ['screener', 'analyst', 'reviewer', 'auditor', 'admin'] as const
export type Role = (typeof ROLES)[number]

export const PERMISSIONS = {
  /** Match, search, screen shipments, read entities and the catalog (nothing recorded). */
  screen: 'screen',
  /** Record a screening: it is kept, and hits open alerts. */
  record: 'record',
  /** Read recorded screenings, alerts, cases, whitelist, monitors, webhooks and their deliveries. */
  readRecords: 'read_records',
  /** Work alerts and cases: propose decisions, assign, comment, escalate; add monitored subjects. */
  work: 'work',
  /** Approve or reject another person's decision (four-eyes). */
  review: 'review',
  /** Read the audit log. */
  audit: 'audit',
  /** Users, keys, webhooks, whitelist removals, settings. */
  admin: 'admin',
} as const
export type Permission = (typeof PERMISSIONS)[keyof typeof PERMISSIONS]

const GRANTS: Record<Role, readonly Permission[]> = {
  screener: ['screen', 'record'],
  analyst: ['screen', 'record', 'read_records', 'work'],
  reviewer: ['screen', 'record', 'read_records', 'work', 'review'],
  auditor: ['screen', 'read_records', 'audit'],
  admin: Object.values(PERMISSIONS),
}

/** What each role may do, for `vigil users list` and the README's table. */
export function grantsOf(role: Role): readonly Permission[] {
  return GRANTS[role]
}

export function can(role: Role, permission: Permission): boolean {
  return GRANTS[role].includes(permission)
}

export function parseRole(value: string): Role {
  if ((ROLES as readonly string[]).includes(value)) return value as Role
  throw new AppError('bad_input', `Unknown role '${value}'. Roles: ${ROLES.join(', ')}.`, { field: 'role' })
}
