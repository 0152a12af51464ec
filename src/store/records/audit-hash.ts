/**
 * The audit chain's hash: SHA-256 over one record's fields and the hash of the record before it, so
 * an edited, deleted or reordered row breaks every hash after it. Fields are joined as canonical
 * JSON (sorted keys), so the same record hashes the same on every backend and in every export.
 */
import { createHash } from 'node:crypto'

/** The `prev_hash` of the first record. */
export const GENESIS_HASH = '0'.repeat(64)

export interface AuditFields {
  seq: number
  at: string
  actor: string
  action: string
  target: string
  data_version: string | null
  /** Canonical JSON text, as stored. */
  details: string
  prev_hash: string
}

export function auditHash(record: AuditFields): string {
  const { seq, at, actor, action, target, data_version, details, prev_hash } = record
  return createHash('sha256').update(canonicalJson({ seq, at, actor, action, target, data_version, details, prev_hash })).digest('hex')
}

/** JSON with object keys sorted at every depth: one text for one value. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value))
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys)
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
        .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
    )
  }
  return value
}
