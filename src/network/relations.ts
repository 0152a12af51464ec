/**
 * The relations graph of one index: who owns, directs, fronts for or belongs to whom. Built from
 * FtM link entities (Ownership, Directorship, UnknownLink…), the `parent`/`subsidiaries`
 * properties, and remarks that name a principal (see principal-remarks.ts). Reach for it to ask
 * "what is this party connected to, and how"; derive-risk.ts reads it.
 */
import type { Entity } from '../model/entity.js'
import { remarkRelations, type PrincipalRule } from './principal-remarks.js'

/** What a relation says, read from `from` to `to`: `from` is owned by, directs, is a unit of … `to`. */
export type RelationKind =
  | 'owned_by'
  | 'unit_of'
  | 'controlled_by'
  | 'director_of'
  | 'member_of'
  | 'employee_of'
  | 'agent_of'
  | 'family_of'
  | 'associate_of'
  | 'linked_to'
  | 'occupies'
  | 'front_for'

export interface Relation {
  from: string
  to: string
  kind: RelationKind
  /** Share owned, 0–100, for `owned_by`; absent when the list does not say. */
  percentage?: number
  role?: string
  /** The link entity, or the entity whose property or remark states the relation. */
  via: string
  /** How the relation was found, e.g. "Ownership", "parent", "remark: front company for …". */
  source: string
}

export interface RelationGraph {
  /** Relations by the id of their `from` side. */
  outgoing: Map<string, Relation[]>
}

interface LinkSpec {
  from: string
  to: string
  kind: RelationKind
  both?: boolean
}

// FtM link schemata: which property is the subordinate side. Family and Associate go both ways.
const LINKS: Record<string, LinkSpec> = {
  Ownership: { from: 'asset', to: 'owner', kind: 'owned_by' },
  Directorship: { from: 'director', to: 'organization', kind: 'director_of' },
  Membership: { from: 'member', to: 'organization', kind: 'member_of' },
  Employment: { from: 'employee', to: 'employer', kind: 'employee_of' },
  Representation: { from: 'agent', to: 'client', kind: 'agent_of' },
  Family: { from: 'person', to: 'relative', kind: 'family_of', both: true },
  Associate: { from: 'person', to: 'associate', kind: 'associate_of', both: true },
  UnknownLink: { from: 'subject', to: 'object', kind: 'linked_to' },
  Occupancy: { from: 'holder', to: 'post', kind: 'occupies' },
}

/** The id of the merged entity a referent belongs to. */
export type Resolve = (id: string) => string

/** Build the graph from merged entities; `canonical` maps referent ids to merged ids. */
export function buildRelations(entities: Map<string, Entity>, canonical: Map<string, string>, rules?: PrincipalRule[]): RelationGraph {
  const resolve: Resolve = (id) => canonical.get(id) ?? id
  const outgoing = new Map<string, Relation[]>()
  const add = (r: Relation) => {
    if (r.from === r.to || !entities.has(r.from) || !entities.has(r.to)) return
    const list = outgoing.get(r.from) ?? []
    if (!list.some((o) => o.to === r.to && o.kind === r.kind && o.via === r.via)) list.push(r)
    outgoing.set(r.from, list)
  }
  for (const entity of entities.values()) {
    for (const r of linkRelations(entity, resolve)) add(r)
    for (const r of parentRelations(entity, resolve)) add(r)
  }
  for (const r of remarkRelations(entities, rules, resolve)) add(r)
  return { outgoing }
}

function linkRelations(link: Entity, resolve: Resolve): Relation[] {
  const spec = LINKS[link.schema]
  if (!spec) return []
  const p = link.properties
  const percentage = link.schema === 'Ownership' ? parsePercentage(p.percentage ?? []) : undefined
  const role = p.role?.[0]
  const out: Relation[] = []
  for (const a of p[spec.from] ?? []) {
    for (const b of p[spec.to] ?? []) {
      const base = { kind: spec.kind, via: link.id, source: link.schema, ...(role ? { role } : {}) }
      out.push({ from: resolve(a), to: resolve(b), ...base, ...(percentage !== undefined ? { percentage } : {}) })
      if (spec.both) out.push({ from: resolve(b), to: resolve(a), ...base })
    }
  }
  return out
}

function parentRelations(entity: Entity, resolve: Resolve): Relation[] {
  const out: Relation[] = []
  for (const parent of entity.properties.parent ?? []) {
    out.push({ from: entity.id, to: resolve(parent), kind: 'unit_of', via: entity.id, source: 'parent' })
  }
  for (const child of entity.properties.subsidiaries ?? []) {
    out.push({ from: resolve(child), to: entity.id, kind: 'unit_of', via: entity.id, source: 'subsidiaries' })
  }
  return out
}

/** "50", "50%", "50.5 %" → 50.5; the largest value when sources disagree; undefined when none parses. */
export function parsePercentage(values: string[]): number | undefined {
  const numbers = values.map((v) => Number.parseFloat(v.replace(',', '.').replace('%', '').trim())).filter((n) => Number.isFinite(n) && n >= 0)
  return numbers.length > 0 ? Math.max(...numbers) : undefined
}
