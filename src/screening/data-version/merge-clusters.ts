/**
 * Entities of different datasets that name each other as referents are one real-world entity:
 * one merged entity per cluster, under the canonical id that model/clusters.ts decides (the same
 * rule the store's GET /entities follows).
 */
import { resolveClusters } from '../../model/clusters.js'
import type { Entity } from '../../model/entity.js'
import { commonSchema } from '../../model/ftm.js'

/** Merge entities linked by `referents` (in either direction), and entities of one id, into one entity each. */
export function mergeClusters(entities: Iterable<Entity>): Entity[] {
  // Most entities neither name referents nor are named by one: only the few linked ones go
  // through cluster resolution (a million-entity index spends no union-find on the rest).
  const all = [...entities]
  const canonical = resolveClusters(all.filter((e) => e.referents.length > 0))
  // Unlinked entities first, then the clusters, as before: the candidate index breaks score ties by this order.
  const alone = all.filter((e) => !canonical.has(e.id))
  const linked = all.filter((e) => canonical.has(e.id))
  return [...mergeGroups(alone, (e) => e.id), ...mergeGroups(linked, (e) => canonical.get(e.id)!)]
}

/** One entity per group id; a group of several (a cluster, or one id in two datasets) is merged. */
function mergeGroups(entities: Entity[], groupOf: (entity: Entity) => string): Entity[] {
  const first = new Map<string, Entity>()
  const more = new Map<string, Entity[]>()
  for (const entity of entities) {
    const id = groupOf(entity)
    const seen = first.get(id)
    if (seen === undefined) first.set(id, entity)
    else if (more.has(id)) more.get(id)!.push(entity)
    else more.set(id, [seen, entity])
  }
  return [...first].map(([id, entity]) => {
    const members = more.get(id)
    return members ? mergeEntities(id, members) : entity
  })
}

function mergeEntities(id: string, members: Entity[]): Entity {
  // In id order, as the store reads statements, so values come out in the same order whatever the input's.
  const ordered = [...members].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  const canonical = ordered.find((m) => m.id === id)!
  const properties: Record<string, string[]> = {}
  let schema = canonical.schema
  for (const m of ordered) {
    schema = commonSchema(schema, m.schema) ?? schema
    for (const [prop, values] of Object.entries(m.properties)) {
      const list = (properties[prop] ??= [])
      for (const v of values) if (!list.includes(v)) list.push(v)
    }
  }
  const ids = new Set(ordered.flatMap((m) => [m.id, ...m.referents]))
  ids.delete(id)
  return {
    id,
    schema,
    caption: canonical.caption,
    properties,
    datasets: [...new Set(ordered.flatMap((m) => m.datasets))].sort(),
    referents: [...ids].sort(),
    first_seen: ordered.map((m) => m.first_seen).sort()[0]!,
    last_seen: ordered
      .map((m) => m.last_seen)
      .sort()
      .at(-1)!,
  }
}
