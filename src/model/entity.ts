/** Entities as FtM and OpenSanctions write them, assembled from stored statements. */
import { commonSchema, model } from './ftm.js'
import { REFERENT_PROP, type StoredStatement } from './statement.js'

/** The entity contract of DESIGN.md. */
export interface Entity {
  id: string
  schema: string
  caption: string
  properties: Record<string, string[]>
  datasets: string[]
  referents: string[]
  first_seen: string
  last_seen: string
}

/**
 * Merge the statements of one entity, or of several ids that refer to the same thing, into one entity.
 * `id` is the canonical id of the cluster; `ids` holds every id in it.
 */
export function assembleEntity(id: string, statements: readonly StoredStatement[]): Entity {
  const properties: Record<string, string[]> = {}
  const datasets = new Set<string>()
  const referents = new Set<string>()
  let schema: string | undefined
  let firstSeen = ''
  let lastSeen = ''
  for (const s of statements) {
    datasets.add(s.dataset)
    if (s.entityId !== id) referents.add(s.entityId)
    schema = schema === undefined ? s.schema : (commonSchema(schema, s.schema) ?? schema)
    if (!firstSeen || s.firstSeen < firstSeen) firstSeen = s.firstSeen
    if (s.lastSeen > lastSeen) lastSeen = s.lastSeen
    if (s.prop === REFERENT_PROP) {
      if (s.value !== id) referents.add(s.value)
      continue
    }
    const values = (properties[s.prop] ??= [])
    if (!values.includes(s.value)) values.push(s.value)
  }
  const finalSchema = schema ?? 'Thing'
  return {
    id,
    schema: finalSchema,
    caption: pickCaption(finalSchema, properties, id),
    properties,
    datasets: [...datasets].sort(),
    referents: [...referents].sort(),
    first_seen: firstSeen,
    last_seen: lastSeen,
  }
}

/** The display name: the first value of the schema's caption properties, preferring Latin script. */
export function pickCaption(schemaName: string, properties: Record<string, string[]>, fallback: string): string {
  const schema = model.schemata[schemaName]
  for (const prop of schema?.caption ?? ['name']) {
    const values = properties[prop] ?? []
    const latin = values.find((v) => /^[\p{Script=Latin}\p{N}\p{P}\p{Zs}]+$/u.test(v))
    if (latin ?? values[0]) return (latin ?? values[0])!
  }
  return fallback
}
