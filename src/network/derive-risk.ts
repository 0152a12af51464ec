/**
 * Derived risk for every entity of an index: `sanction.control` (owned 50% or more in aggregate by
 * blocked parties, or a unit of one) and `sanction.linked` (a front, proxy, agent, officer,
 * director, employee, member or close associate of a listed party), each with its proof paths.
 * Pure over plain data: entities and a relations graph in, a map of findings out.
 */
import type { Entity } from '../model/entity.js'
import { aggregateControl, blockedBy, isControlRelation, sharesOf, type ControlResult } from './control.js'
import type { Relation, RelationGraph, RelationKind } from './relations.js'
import type { DerivedRisk, PathEntity, RiskFinding, RiskPath, RiskTopic } from './risk-types.js'
import { describeLink, explainPath, relationPhrase } from './explain-path.js'

// Chains longer than this are not followed: real structures are shallower, and the proof must stay readable.
export const MAX_DEPTH = 6
// Paths kept per finding; the explanation still counts all contributing owners.
const MAX_PATHS = 10

const LINKED_KINDS = new Set<RelationKind>(['front_for', 'linked_to', 'agent_of', 'director_of', 'employee_of', 'member_of', 'associate_of', 'family_of'])

export type RiskEntity = Pick<Entity, 'id' | 'caption' | 'schema' | 'properties' | 'datasets'>

/** True for an entity a sanctions list names (topic `sanction`). */
export function isListed(entity: Pick<Entity, 'properties'>): boolean {
  return (entity.properties.topics ?? []).includes('sanction')
}

/** The derived risk of every entity that has any, by id. */
export function deriveRisk({
  entities,
  graph,
  maxDepth = MAX_DEPTH,
}: {
  entities: Map<string, RiskEntity>
  graph: RelationGraph
  maxDepth?: number
}): Map<string, DerivedRisk> {
  const listed = new Set([...entities.values()].filter(isListed).map((e) => e.id))
  const control = aggregateControl({ listed, graph, maxDepth })
  const ctx: Context = { entities, graph, control, maxDepth, memo: new Map() }
  const risks = new Map<string, DerivedRisk>()
  for (const [id, relations] of graph.outgoing) {
    const findings = [controlFinding(ctx, id), linkedFinding(ctx, id, relations)].filter((f): f is RiskFinding => f !== undefined)
    const warnings = warningsOf(ctx, id, relations)
    if (findings.length === 0 && warnings.length === 0) continue
    risks.set(id, { topics: findings.map((f) => f.topic), findings, paths: findings.flatMap((f) => f.paths), warnings })
  }
  return risks
}

interface Context {
  entities: Map<string, RiskEntity>
  graph: RelationGraph
  control: ControlResult
  maxDepth: number
  /** Control paths by entity, built once: longer paths reuse shorter ones. */
  memo: Map<string, RiskPath[]>
}

/** The control relations that prove `id` blocked, read against owners of a lower rank. */
function proofOf(ctx: Context, id: string): Relation[] {
  const rank = ctx.control.rank.get(id)
  if (rank === undefined) return []
  // A listed entity is proven controlled only by other listed ones; a derived one by lower ranks.
  const isBlocked = (o: string) => (ctx.control.rank.get(o) ?? Infinity) < Math.max(rank, 1)
  const relations = (ctx.graph.outgoing.get(id) ?? []).filter(isControlRelation)
  if (!blockedBy(relations, isBlocked)) return []
  return relations.filter((r) => isBlocked(r.to) && (r.kind !== 'owned_by' || r.percentage !== undefined))
}

function controlFinding(ctx: Context, id: string): RiskFinding | undefined {
  const proof = proofOf(ctx, id)
  if (proof.length === 0) return undefined
  const paths = controlPaths(ctx, id)
  const total = [...sharesOf(proof).values()].reduce<number>((sum, s) => sum + (s ?? 0), 0)
  const units = proof.filter((r) => r.kind !== 'owned_by').map((r) => describeLink(r, caption(ctx, r.to)))
  const owned = total > 0 ? [`owned ${round(total)}% in aggregate by blocked parties`] : []
  const explanation = `${caption(ctx, id)} is ${[...owned, ...units].join('; ')}.${unknownShareNote(ctx, id)}`
  return { topic: 'sanction.control', explanation, paths }
}

/** " Shares of A, B unknown: not counted." for blocked owners whose stake the data does not give. */
function unknownShareNote(ctx: Context, id: string): string {
  const unknown = [...sharesOf(ctx.graph.outgoing.get(id) ?? [])].filter(([o, share]) => share === undefined && ctx.control.rank.has(o))
  return unknown.length === 0 ? '' : ` Shares of ${unknown.map(([o]) => caption(ctx, o)).join(', ')} unknown: not counted.`
}

/** Paths from `id` through its proof to listed entities; ranks fall along each path, so it ends. */
function controlPaths(ctx: Context, id: string): RiskPath[] {
  const known = ctx.memo.get(id)
  if (known) return known
  const paths: RiskPath[] = []
  for (const r of proofOf(ctx, id)) {
    const head = { entities: [entityOf(ctx, id)], links: [linkOf(r)] }
    const tails = ctx.control.rank.get(r.to) === 0 ? [endAt(ctx, r.to)] : controlPaths(ctx, r.to).slice(0, 1)
    for (const tail of tails)
      paths.push(finishPath(ctx, 'sanction.control', { entities: [...head.entities, ...tail.entities], links: [...head.links, ...tail.links] }))
    if (paths.length >= MAX_PATHS) break
  }
  ctx.memo.set(id, paths)
  return paths
}

function linkedFinding(ctx: Context, id: string, relations: Relation[]): RiskFinding | undefined {
  const links = relations.filter((r) => LINKED_KINDS.has(r.kind) && ctx.control.rank.get(r.to) === 0)
  if (links.length === 0) return undefined
  const paths = links.slice(0, MAX_PATHS).map((r) => finishPath(ctx, 'sanction.linked', { entities: [entityOf(ctx, id)], links: [linkOf(r)] }, r.to))
  const explanation = `${caption(ctx, id)} is ${links.map((r) => describeLink(r, caption(ctx, r.to))).join('; ')}.`
  return { topic: 'sanction.linked', explanation, paths }
}

function warningsOf(ctx: Context, id: string, relations: Relation[]): string[] {
  const warnings: string[] = []
  const shares = sharesOf(relations)
  const total = [...shares.values()].reduce<number>((sum, s) => sum + (s ?? 0), 0)
  if (total > 100) warnings.push(`The stated shares in ${caption(ctx, id)} add up to ${round(total)}%, over 100%: the ownership data is inconsistent.`)
  const unknown = [...shares].filter(([owner, share]) => share === undefined && ctx.control.rank.has(owner))
  if (unknown.length > 0) {
    const names = unknown.map(([owner]) => caption(ctx, owner)).join(', ')
    warnings.push(`Owned by blocked ${names} with an unknown share: not counted toward the 50% rule on its own; check the share.`)
  }
  if (ctx.control.capped.has(id))
    warnings.push(`Blocked owners reach ${caption(ctx, id)} only through a chain longer than ${ctx.maxDepth} links: not followed; review by hand.`)
  return warnings
}

function endAt(ctx: Context, listedId: string): { entities: PathEntity[]; links: RiskPath['links'] } {
  return { entities: [entityOf(ctx, listedId)], links: [] }
}

/** Close a path: append the last entity if given, name the listed one at its end, explain it. */
function finishPath(ctx: Context, topic: RiskTopic, chain: { entities: PathEntity[]; links: RiskPath['links'] }, last?: string): RiskPath {
  const entities = last ? [...chain.entities, entityOf(ctx, last)] : chain.entities
  const end = entities[entities.length - 1]!
  const listed = { ...end, datasets: ctx.entities.get(end.id)?.datasets ?? [] }
  const steps = entities.map((e, i) => {
    const link = chain.links[i - 1]
    return { id: e.id, caption: e.caption, ...(link ? { relation: relationPhrase(link) } : {}) }
  })
  const path = { topic, steps, entities, links: chain.links, listed }
  return { ...path, explanation: explainPath(path) }
}

function entityOf(ctx: Context, id: string): PathEntity {
  const e = ctx.entities.get(id)
  return { id, caption: e?.caption ?? id, schema: e?.schema ?? 'Thing' }
}

function linkOf(r: Relation): RiskPath['links'][number] {
  return {
    kind: r.kind,
    via: r.via,
    source: r.source,
    ...(r.percentage !== undefined ? { percentage: r.percentage } : {}),
    ...(r.role ? { role: r.role } : {}),
  }
}

function caption(ctx: Context, id: string): string {
  return ctx.entities.get(id)?.caption ?? id
}

function round(n: number): number {
  return Math.round(n * 100) / 100
}
