/** Entities in yente's response shape: `target`, `last_change` and timestamps without a time zone. */
import type { Entity } from '../../model/entity.js'

/** An entity as yente serves it (the API's zod schema, src/api/schemas/common.ts, documents the same fields). */
export interface EntityResponse {
  id: string
  caption: string
  schema: string
  properties: Record<string, unknown[]>
  datasets: string[]
  referents: string[]
  target: boolean
  first_seen: string | null
  last_seen: string | null
  last_change: string | null
}

// Topics that make an entity a listed party; yente marks these entities as targets.
const TARGET_TOPICS = new Set(['sanction', 'sanction.linked', 'sanction.counter', 'export.control', 'debarment', 'crime.terror', 'crime.war'])

/** The yente form of an entity; `properties` may be replaced by a nested form. */
export function toEntityResponse(entity: Entity, properties: EntityResponse['properties'] = entity.properties): EntityResponse {
  return {
    id: entity.id,
    caption: entity.caption,
    schema: entity.schema,
    properties,
    datasets: entity.datasets,
    referents: entity.referents,
    target: (entity.properties.topics ?? []).some((t) => TARGET_TOPICS.has(t)),
    first_seen: toTimestamp(entity.first_seen),
    last_seen: toTimestamp(entity.last_seen),
    // The store tracks when a value was first seen, not when one last changed; first_seen is the nearest.
    last_change: toTimestamp(entity.first_seen),
  }
}

/** "2024-05-03T10:00:00.000Z" → "2024-05-03T10:00:00", the form yente's clients parse. */
export function toTimestamp(value: string): string | null {
  if (!value) return null
  const match = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2})?))?/.exec(value)
  if (!match) return null
  const time = match[2] ?? '00:00:00'
  return `${match[1]}T${time.length === 5 ? `${time}:00` : time}`
}
