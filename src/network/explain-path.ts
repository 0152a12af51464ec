/** Sentences an analyst can paste into a report: one relation, or a whole path to a listed entity. */
import type { Relation, RelationKind } from './relations.js'
import type { PathLink, RiskPath } from './risk-types.js'

const PHRASES: Record<RelationKind, string> = {
  owned_by: 'owned by',
  unit_of: 'a unit, branch or subsidiary of',
  controlled_by: 'owned or controlled by (list remark)',
  director_of: 'a director or officer of',
  member_of: 'a member of',
  employee_of: 'employed by',
  agent_of: 'an agent or representative of',
  family_of: 'a relative of',
  associate_of: 'a close associate of',
  linked_to: 'linked to',
  occupies: 'the holder of',
  front_for: 'a front or proxy for (list remark)',
}

type LinkFacts = Pick<Relation | PathLink, 'kind' | 'percentage' | 'role'>

/** "owned 60% by", "linked to (Linked To)": the relation, read toward its target. */
export function relationPhrase(link: LinkFacts): string {
  if (link.kind === 'owned_by') return link.percentage === undefined ? 'owned (share unknown) by' : `owned ${link.percentage}% by`
  return link.role ? `${PHRASES[link.kind]} (${link.role})` : PHRASES[link.kind]
}

/** "owned 60% by ACME", "linked to (Linked To) SSRC". */
export function describeLink(link: LinkFacts, target: string): string {
  return `${relationPhrase(link)} ${target}`
}

/** "A is owned 60% by B; B is a unit, branch or subsidiary of C; C is listed (us_ofac_sdn)." */
export function explainPath(path: Pick<RiskPath, 'entities' | 'links' | 'listed'>): string {
  const steps = path.links.map((link, i) => `${path.entities[i]!.caption} is ${describeLink(link, path.entities[i + 1]!.caption)}`)
  const datasets = path.listed.datasets.length > 0 ? ` (${path.listed.datasets.join(', ')})` : ''
  return `${[...steps, `${path.listed.caption} is listed${datasets}`].join('; ')}.`
}

/**
 * The path read from the entity it starts at, for a cell beside that entity: each entity after it
 * with its id, so an analyst can look it up. "Owned 60% by ACME (ofac-1), listed on us_ofac_sdn".
 */
export function describeRiskPath(path: Pick<RiskPath, 'entities' | 'links' | 'listed'>): string {
  const hops = path.links.map((link, i) => {
    const to = path.entities[i + 1]!
    return describeLink(link, `${to.caption} (${to.id})`)
  })
  const listed = path.listed.datasets.length > 0 ? `listed on ${path.listed.datasets.join(', ')}` : 'listed'
  const words = [...hops, listed].join(', ')
  return words.charAt(0).toUpperCase() + words.slice(1)
}
