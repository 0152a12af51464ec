/** The shapes `GET /entities/:id` and the match results carry (FtM entities with Vigil's extras). */

/** A property value: a string, or a neighbour entity nested in place of its id. */
export type Value = string | NestedEntity

export interface NestedEntity {
  id: string
  caption: string
  schema: string
  properties: Record<string, Value[]>
  datasets: string[]
  referents?: string[]
  target?: boolean
  first_seen?: string
  last_seen?: string
  provenance?: Provenance[]
}

/** Where one statement (property = value) came from. */
export interface Provenance {
  entity_id: string
  prop: string
  value: string
  dataset: string
  version: string
  source: { file?: string; locator?: string; section?: string; line?: number }
  first_seen?: string
  last_seen?: string
}

export interface PathStep {
  id: string
  caption: string
  relation?: string
}

/** A derived-risk proof: how the entity reaches a listed one, step by step. */
export interface RiskPath {
  topic: string
  steps: PathStep[]
  entities: { id: string; caption: string; schema: string }[]
  listed: { id: string; caption: string; schema: string; datasets: string[] }
  explanation: string
}

export interface Entity extends NestedEntity {
  referents: string[]
  target: boolean
  last_change?: string
  provenance?: Provenance[]
  paths: RiskPath[]
}

export function isNested(value: Value): value is NestedEntity {
  return typeof value === 'object' && value !== null
}

/** The property's plain values, leaving out nested entities. */
export function texts(entity: { properties: Record<string, Value[]> }, prop: string): string[] {
  return (entity.properties[prop] ?? []).filter((v): v is string => typeof v === 'string')
}

/** The property's nested entities, leaving out bare ids. */
export function nested(entity: { properties: Record<string, Value[]> }, prop: string): NestedEntity[] {
  return (entity.properties[prop] ?? []).filter(isNested)
}
