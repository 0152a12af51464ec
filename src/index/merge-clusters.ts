/**
 * Entities of different datasets that name each other as referents are one real-world entity:
 * union-find over the cross-references, then one merged entity per cluster.
 */
import type { Entity } from '../model/entity.js'
import { commonSchema } from '../model/ftm.js'

/** Merge entities linked by `referents` (in either direction) into one entity each. */
export function mergeClusters(entities: Iterable<Entity>): Entity[] {
  // Most entities neither name referents nor are named by one: they pass through untouched, and
  // only the few linked ones go through union-find (a million-entity index spends no map on the rest).
  const all = [...entities]
  const linked = new Set<string>()
  for (const entity of all) {
    if (entity.referents.length === 0) continue
    linked.add(entity.id)
    for (const ref of entity.referents) linked.add(ref)
  }
  // One id seen twice (the same list imported under two names) keeps its last version, as before.
  const alone = new Map<string, Entity>()
  for (const entity of all) if (!linked.has(entity.id)) alone.set(entity.id, entity)
  return [...alone.values(), ...mergeLinked(all.filter((e) => linked.has(e.id)))]
}

function mergeLinked(entities: Entity[]): Entity[] {
  const byId = new Map<string, Entity>()
  const parent = new Map<string, string>()
  const find = (id: string): string => {
    let root = id
    while (parent.get(root) !== undefined && parent.get(root) !== root) root = parent.get(root)!
    parent.set(id, root)
    return root
  }
  const union = (a: string, b: string) => {
    const ra = find(a)
    const rb = find(b)
    if (ra !== rb) parent.set(rb, ra)
  }
  for (const entity of entities) {
    byId.set(entity.id, entity)
    if (!parent.has(entity.id)) parent.set(entity.id, entity.id)
    for (const ref of entity.referents) {
      if (!parent.has(ref)) parent.set(ref, ref)
      // The entity declaring referents (curated data) becomes the root, so its id names the cluster.
      union(entity.id, ref)
    }
  }
  const clusters = new Map<string, Entity[]>()
  for (const entity of byId.values()) {
    const root = find(entity.id)
    const list = clusters.get(root)
    if (list) list.push(entity)
    else clusters.set(root, [entity])
  }
  return [...clusters].map(([root, members]) => (members.length === 1 ? members[0]! : mergeEntities(root, members)))
}

function mergeEntities(id: string, members: Entity[]): Entity {
  const canonical = members.find((m) => m.id === id) ?? members.find((m) => m.referents.length > 0) ?? members[0]!
  const properties: Record<string, string[]> = {}
  let schema = canonical.schema
  for (const m of members) {
    schema = commonSchema(schema, m.schema) ?? schema
    for (const [prop, values] of Object.entries(m.properties)) {
      const list = (properties[prop] ??= [])
      for (const v of values) if (!list.includes(v)) list.push(v)
    }
  }
  const ids = new Set(members.flatMap((m) => [m.id, ...m.referents]))
  ids.delete(canonical.id)
  return {
    id: canonical.id,
    schema,
    caption: canonical.caption,
    properties,
    datasets: [...new Set(members.flatMap((m) => m.datasets))].sort(),
    referents: [...ids].sort(),
    first_seen: members.map((m) => m.first_seen).sort()[0]!,
    last_seen: members.map((m) => m.last_seen).sort().at(-1)!,
  }
}
