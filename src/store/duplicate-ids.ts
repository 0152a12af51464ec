/**
 * Duplicate entity ids within one import. Parts of one record that state the same entity twice
 * merge silently (OFAC remarks repeat a passport, once with its country), and so do identical
 * records (BIS's DPL lists some people twice, line for line): merging them loses nothing. Two
 * records that give one id different values are a warning naming both, because the merge
 * silently mixes two parties, or one record overwrote the other in the publisher's export.
 */
import { createHash } from 'node:crypto'
import { describeSource, type SourceRef, type Statement } from '../model/statement.js'

export interface DuplicateConflict {
  id: string
  first: SourceRef
  second: SourceRef
}

interface Seen {
  fingerprint: string
  source: string
  ref: SourceRef
}

/** Tracks the ids an import has yielded; `add` returns a conflict when a second record disagrees with the first. */
export class DuplicateIds {
  private readonly seen = new Map<string, Seen>()

  get size(): number {
    return this.seen.size
  }

  add(id: string, source: SourceRef, statements: readonly Statement[]): DuplicateConflict | undefined {
    const fingerprint = fingerprintOf(statements)
    const where = describeSource(source)
    const before = this.seen.get(id)
    if (!before) {
      this.seen.set(id, { fingerprint, source: where, ref: source })
      return undefined
    }
    if (before.source === where || before.fingerprint === fingerprint) return undefined
    return { id, first: before.ref, second: source }
  }
}

/** "ofac-36: line 12 and line 40 give different values; merged" as a warning text. */
export function describeConflict(conflict: DuplicateConflict): string {
  return `id ${conflict.id} comes from two records with different values (${describeSource(conflict.first)}, and ${describeSource(conflict.second)}); their values were merged into one entity. Check both lines.`
}

// Sources are left out: the same values from another line are the same entity, not a conflict.
function fingerprintOf(statements: readonly Statement[]): string {
  const values = statements.map((s) => `${s.schema}\u0000${s.prop}\u0000${s.value}\u0000${s.lang ?? ''}`).sort()
  return createHash('sha1').update(values.join('\u0001')).digest('base64')
}
