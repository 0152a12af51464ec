/**
 * The derived risk of a matched entity (`sanction.control`, `sanction.linked`) with the paths that
 * prove it. The ownership network (src/network) computes it when the index is built; until an index
 * carries it, the one relation the entity itself shows is used: `parent` (a unit, branch or
 * subsidiary) pointing at a listed organization.
 */
import type { ScreeningIndex } from '../../index/screening-index.js'
import type { Entity } from '../../model/entity.js'
import type { DerivedRisk, PathStep } from './shipment.js'

const DERIVED = ['sanction.control', 'sanction.linked']

export function derivedRiskOf(index: ScreeningIndex, entity: Entity): DerivedRisk {
  const fromNetwork = networkRisk(index, entity.id)
  if (fromNetwork !== undefined) return fromNetwork
  const topics = (entity.properties.topics ?? []).filter((t) => DERIVED.includes(t))
  const paths: PathStep[][] = []
  for (const ref of entity.properties.parent ?? []) {
    const parent = index.entities.get(index.canonical.get(ref) ?? ref)
    if (parent === undefined || !isListed(parent)) continue
    paths.push([{ id: entity.id, caption: entity.caption }, { id: parent.id, caption: parent.caption, relation: 'unit or subsidiary of' }])
  }
  if (paths.length > 0 && !topics.includes('sanction.control')) topics.push('sanction.control')
  return { topics, paths }
}

export function isListed(entity: Entity): boolean {
  return (entity.properties.topics ?? []).includes('sanction')
}

// The network part exposes its result on the index; its exact shape is read defensively so that this
// module works before and after it lands.
interface NetworkRisk { topics?: string[]; paths?: unknown[] }

function networkRisk(index: ScreeningIndex, id: string): DerivedRisk | undefined {
  const risk = (index as unknown as { risk?: { get?: (id: string) => NetworkRisk | undefined } }).risk
  const found = risk?.get?.(id)
  if (found === undefined) return undefined
  return { topics: found.topics ?? [], paths: (found.paths ?? []).map(toSteps) }
}

function toSteps(path: unknown): PathStep[] {
  const steps = Array.isArray(path) ? path : ((path as { steps?: unknown[] }).steps ?? [])
  return steps.map((s) => {
    const step = s as { id?: string; entity?: string; caption?: string; relation?: string; label?: string }
    return { id: step.id ?? step.entity ?? '', caption: step.caption ?? step.label ?? step.id ?? '', relation: step.relation }
  })
}
