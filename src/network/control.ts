/**
 * OFAC's 50% rule as a fixed point: an entity is blocked when listed parties, or entities blocked
 * this way, own 50% or more of it in aggregate, or when it is a unit, branch or subsidiary of a
 * blocked organization. Each pass uses the blocked set of the pass before, so an entity's rank
 * (the pass that blocked it) is the length of its shortest proof, and proofs never loop.
 */
import type { Relation, RelationGraph } from './relations.js'

// "owned 50 percent or more, individually or in the aggregate" (OFAC, 13 August 2014 guidance).
export const CONTROL_SHARE = 50
// Percentages are summed as floats: 33.3 + 16.7 must reach 50.
const EPSILON = 1e-9

export interface ControlResult {
  /** 0 for a listed entity, k for one blocked in pass k. */
  rank: Map<string, number>
  /** Entities a chain longer than maxDepth would have blocked: not blocked, and said so. */
  capped: Set<string>
}

/** True for relations that transfer control: ownership with a share, unit of, controlled by. */
export function isControlRelation(r: Relation): boolean {
  return r.kind === 'owned_by' || r.kind === 'unit_of' || r.kind === 'controlled_by'
}

/** The stakes in an entity by owner: one share per owner (the largest stated), undefined if unknown. */
export function sharesOf(relations: Relation[]): Map<string, number | undefined> {
  const shares = new Map<string, number | undefined>()
  for (const r of relations) {
    if (r.kind !== 'owned_by') continue
    const seen = shares.get(r.to)
    shares.set(r.to, seen === undefined ? r.percentage : Math.max(seen, r.percentage ?? 0))
  }
  return shares
}

/** Whether these relations, read against the blocked owners `isBlocked` accepts, block their entity. */
export function blockedBy(relations: Relation[], isBlocked: (id: string) => boolean): boolean {
  if (relations.some((r) => (r.kind === 'unit_of' || r.kind === 'controlled_by') && isBlocked(r.to))) return true
  let total = 0
  for (const [owner, share] of sharesOf(relations)) if (share !== undefined && isBlocked(owner)) total += share
  return total >= CONTROL_SHARE - EPSILON
}

/** Block by ownership and units until nothing changes, or until maxDepth passes. */
export function aggregateControl({ listed, graph, maxDepth }: { listed: Set<string>; graph: RelationGraph; maxDepth: number }): ControlResult {
  const rank = new Map<string, number>([...listed].map((id) => [id, 0]))
  const capped = new Set<string>()
  const controlled = [...graph.outgoing].map(([id, rs]) => [id, rs.filter(isControlRelation)] as const).filter(([, rs]) => rs.length > 0)
  for (let pass = 1; ; pass++) {
    const isBlocked = (id: string) => (rank.get(id) ?? Infinity) < pass
    const added = controlled.filter(([id, rs]) => !rank.has(id) && blockedBy(rs, isBlocked)).map(([id]) => id)
    if (added.length === 0) break
    if (pass > maxDepth) {
      for (const id of added) capped.add(id)
      break
    }
    for (const id of added) rank.set(id, pass)
  }
  return { rank, capped }
}
