/**
 * Which entities are one: ids that name each other as referents, directly or through a chain, in
 * either direction, form a cluster, and one of its ids is canonical. The data version (/match) and
 * the store (GET /entities) both ask here, so they cannot disagree on an id.
 */

/** What cluster resolution reads of an entity. */
export interface ClusterMember {
  id: string
  referents: readonly string[]
}

/**
 * The canonical id of every id that takes part in a cross-reference: the entities that declare
 * referents and the ids they name (whether or not an entity of that id exists). An id not in the
 * map is linked to nothing and is its own canonical id.
 *
 * The canonical id is the smallest, in code-unit order, of the cluster's entities that declare
 * referents. Declaring entities are the curated or consolidated records (cers-ssrc naming
 * ofac-9352), so their id is the one people cite; the smallest of them is a choice that no input
 * order, page size or SQL collation can change (compared here, not in SQLite's byte order or
 * PostgreSQL's locale order). Every cluster of two or more ids has a declaring entity, since only a
 * declaration links ids, so the canonical id is always an entity that exists.
 */
export function resolveClusters(entities: Iterable<ClusterMember>): Map<string, string> {
  const parent = new Map<string, string>()
  const declaring: string[] = []
  for (const entity of entities) {
    if (entity.referents.length === 0) continue
    declaring.push(entity.id)
    for (const ref of entity.referents) union(parent, entity.id, ref)
  }
  const smallest = new Map<string, string>()
  for (const id of declaring) {
    const root = find(parent, id)
    const best = smallest.get(root)
    if (best === undefined || id < best) smallest.set(root, id)
  }
  const canonical = new Map<string, string>()
  for (const id of parent.keys()) canonical.set(id, smallest.get(find(parent, id))!)
  return canonical
}

/** The canonical id of `id` in a map made by resolveClusters. */
export function canonicalIdOf(canonical: ReadonlyMap<string, string>, id: string): string {
  return canonical.get(id) ?? id
}

function find(parent: Map<string, string>, id: string): string {
  let root = id
  for (let up = parent.get(root); up !== undefined && up !== root; up = parent.get(root)) root = up
  // Path compression: the next find from anywhere on this path takes one step.
  for (let at = id; at !== root; ) {
    const up = parent.get(at)!
    parent.set(at, root)
    at = up
  }
  return root
}

function union(parent: Map<string, string>, a: string, b: string): void {
  if (!parent.has(a)) parent.set(a, a)
  if (!parent.has(b)) parent.set(b, b)
  const ra = find(parent, a)
  const rb = find(parent, b)
  if (ra !== rb) parent.set(rb, ra)
}
