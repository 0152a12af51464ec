/**
 * Checks the audit records on screen the way `vigil audit verify` checks the whole chain: each
 * record's SHA-256 over its canonical JSON fields, and each record naming the hash before it. The
 * API offers no verification route, so the full chain is still the CLI's job.
 */
import type { AuditRecord } from './types'

export type PageCheck = { ok: true; checked: number } | { ok: false; seq: number; problem: string }

/** JSON with object keys sorted at every depth, as the server hashes it (store/records/audit-hash.ts). */
function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value))
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys)
  if (value && typeof value === 'object') {
    const object = value as Record<string, unknown>
    return Object.fromEntries(
      Object.keys(object)
        .sort()
        .filter((key) => object[key] !== undefined)
        .map((key) => [key, sortKeys(object[key])]),
    )
  }
  return value
}

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')
}

async function hashOf(r: AuditRecord): Promise<string> {
  const { seq, at, actor, action, target, data_version, prev_hash } = r
  return sha256(canonicalJson({ seq, at, actor, action, target, data_version, details: canonicalJson(r.details), prev_hash }))
}

/** `contiguous`: the records are consecutive (no filter), so each must follow the one before. */
export async function checkRecords(records: AuditRecord[], contiguous: boolean): Promise<PageCheck> {
  for (const [i, record] of records.entries()) {
    if ((await hashOf(record)) !== record.hash) return { ok: false, seq: record.seq, problem: 'does not match its hash: edited after it was written' }
    const before = records[i - 1]
    if (contiguous && before && (record.seq !== before.seq + 1 || record.prev_hash !== before.hash)) {
      return { ok: false, seq: record.seq, problem: `does not follow record ${before.seq}: a record between was deleted, or they were reordered` }
    }
  }
  return { ok: true, checked: records.length }
}
