/** The shapes of derived risk: findings, each with the paths that prove it. Plain data, JSON as is. */
import type { RelationKind } from './relations.js'

export type RiskTopic = 'sanction.control' | 'sanction.linked'

export interface PathEntity {
  id: string
  caption: string
  schema: string
}

export interface PathLink {
  kind: RelationKind
  percentage?: number
  role?: string
  /** The link entity or the entity whose property or remark states the relation. */
  via: string
  source: string
}

/** One entity of a path, with the relation that leads to it from the step before ("owned 60% by"). */
export interface PathStep {
  id: string
  caption: string
  relation?: string
}

/** A chain from the party to a listed entity: entities[i] —links[i]→ entities[i+1]. */
export interface RiskPath {
  topic: RiskTopic
  /** The same chain as readable steps, for reports and the API. */
  steps: PathStep[]
  entities: PathEntity[]
  links: PathLink[]
  listed: PathEntity & { datasets: string[] }
  explanation: string
}

export interface RiskFinding {
  topic: RiskTopic
  explanation: string
  paths: RiskPath[]
}

/** What the network says about one entity beyond its own list entries. */
export interface DerivedRisk {
  topics: RiskTopic[]
  findings: RiskFinding[]
  /** The paths of all findings, in one list. */
  paths: RiskPath[]
  /** Unknown shares, shares over 100% in total, chains cut at the depth limit. */
  warnings: string[]
}
