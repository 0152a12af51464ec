/**
 * An entity's network as nodes and edges, read from the neighbours the API nests in its
 * properties. Relationship entities (Ownership, Occupancy, UnknownLink…) become one edge between
 * their two ends; other nested entities (parent, subsidiaries…) an edge named by the property.
 * Pure: the graph view and the node table both draw what this returns.
 */
import { propertyLabel } from './labels'
import { isNested, type NestedEntity, type RiskPath, texts, type Value } from './types'

export interface GraphNode {
  id: string
  caption: string
  schema: string
}

export interface GraphEdge {
  id: string
  source: string
  target: string
  label: string
  /** On a derived-risk proof path. */
  proof?: boolean
}

export interface Network {
  nodes: Map<string, GraphNode>
  edges: Map<string, GraphEdge>
  expanded: Set<string>
}

/** Relationship schemas: which property is each end, and how to say the link. */
const RELATIONS: Record<string, { from: string; to: string; say: (r: NestedEntity) => string }> = {
  Ownership: { from: 'owner', to: 'asset', say: (r) => (texts(r, 'percentage')[0] ? `owns ${texts(r, 'percentage')[0]}%` : 'owns') },
  Directorship: { from: 'director', to: 'organization', say: (r) => texts(r, 'role')[0] ?? 'director of' },
  Membership: { from: 'member', to: 'organization', say: (r) => texts(r, 'role')[0] ?? 'member of' },
  Employment: { from: 'employee', to: 'employer', say: (r) => texts(r, 'role')[0] ?? 'employed by' },
  Occupancy: { from: 'holder', to: 'post', say: (r) => (texts(r, 'status')[0] ? `holds (${texts(r, 'status')[0]})` : 'holds') },
  Family: { from: 'person', to: 'relative', say: (r) => texts(r, 'relationship')[0] ?? 'relative' },
  Associate: { from: 'person', to: 'associate', say: (r) => texts(r, 'relationship')[0] ?? 'associate' },
  UnknownLink: { from: 'subject', to: 'object', say: (r) => texts(r, 'role')[0] ?? 'linked to' },
  Representation: { from: 'agent', to: 'client', say: (r) => texts(r, 'role')[0] ?? 'represents' },
  ProjectParticipant: { from: 'participant', to: 'project', say: (r) => texts(r, 'role')[0] ?? 'takes part in' },
  Succession: { from: 'predecessor', to: 'successor', say: () => 'succeeded by' },
}

/** Whether an entity of this schema is a link between two others (so its ends are the neighbours). */
export function isRelation(schema: string): boolean {
  return schema in RELATIONS
}

/** Shown elsewhere (sanctions table, timeline, map), not as network nodes. */
const NOT_NODES = new Set(['Sanction', 'Event', 'Address', 'Identification', 'Passport', 'Note'])

/** Properties whose neighbour points at this entity, so the edge runs from the neighbour. */
const INBOUND: Record<string, string> = { subsidiaries: 'unit of', positions: 'post at', ownershipAsset: 'owns', membershipMember: 'member of' }
const OUTBOUND: Record<string, string> = { parent: 'unit of', organization: 'post at', post: 'holds' }

export function emptyNetwork(): Network {
  return { nodes: new Map(), edges: new Map(), expanded: new Set() }
}

function addNode(network: Network, node: GraphNode) {
  const known = network.nodes.get(node.id)
  // A bare id is a placeholder: a later sighting with a caption and schema replaces it.
  if (!known || (known.schema === 'Thing' && node.schema !== 'Thing')) network.nodes.set(node.id, node)
}

function addEdge(network: Network, source: string, target: string, label: string, proof = false) {
  if (source === target) return
  const id = `${source}|${label}|${target}`
  const known = network.edges.get(id)
  network.edges.set(id, { id, source, target, label, proof: proof || known?.proof })
}

function endOf(network: Network, value: Value | undefined, self: NestedEntity, selfIds: Set<string>): string | undefined {
  if (value === undefined) return undefined
  if (!isNested(value)) {
    if (selfIds.has(value)) return self.id
    addNode(network, { id: value, caption: value, schema: 'Thing' })
    return value
  }
  if (selfIds.has(value.id)) return self.id
  addNode(network, { id: value.id, caption: value.caption, schema: value.schema })
  return value.id
}

/** Adds `entity` and the neighbours nested in it to `network` (mutating it: the caller copies). */
export function addNeighbours(network: Network, entity: NestedEntity) {
  const selfIds = new Set([entity.id, ...(entity.referents ?? [])])
  addNode(network, { id: entity.id, caption: entity.caption, schema: entity.schema })
  for (const [prop, values] of Object.entries(entity.properties)) {
    for (const value of values) {
      if (!isNested(value) || NOT_NODES.has(value.schema)) continue
      const relation = RELATIONS[value.schema]
      if (relation) {
        const from = endOf(network, value.properties[relation.from]?.[0], entity, selfIds)
        const to = endOf(network, value.properties[relation.to]?.[0], entity, selfIds)
        if (from && to) addEdge(network, from, to, relation.say(value))
        continue
      }
      const other = endOf(network, value, entity, selfIds)
      if (!other) continue
      const inbound = INBOUND[prop]
      if (inbound) addEdge(network, other, entity.id, inbound)
      else addEdge(network, entity.id, other, OUTBOUND[prop] ?? propertyLabel(prop).toLowerCase())
    }
  }
}

/** Marks each proof path's steps, adding the nodes and links the nesting did not reach. */
export function addProofPaths(network: Network, paths: RiskPath[]) {
  for (const path of paths) {
    for (const e of path.entities) addNode(network, { id: e.id, caption: e.caption, schema: e.schema })
    path.steps.forEach((step, i) => {
      const previous = path.steps[i - 1]
      if (!previous) return
      const existing = [...network.edges.values()].filter(
        (e) => (e.source === previous.id && e.target === step.id) || (e.source === step.id && e.target === previous.id),
      )
      if (existing.length > 0) for (const e of existing) e.proof = true
      else addEdge(network, previous.id, step.id, step.relation ?? 'linked to', true)
    })
  }
}

/** The ids on any proof path, for highlighting nodes. */
export function proofNodes(paths: RiskPath[]): Set<string> {
  return new Set(paths.flatMap((p) => p.steps.map((s) => s.id)))
}

/** Replaces a placeholder id (a merged entity's old id) with the canonical one. */
export function renameNode(network: Network, from: string, to: string) {
  if (from === to || !network.nodes.has(from)) return
  network.nodes.delete(from)
  for (const [id, e] of [...network.edges]) {
    if (e.source !== from && e.target !== from) continue
    network.edges.delete(id)
    addEdge(network, e.source === from ? to : e.source, e.target === from ? to : e.target, e.label, e.proof)
  }
}

export function copyNetwork(network: Network): Network {
  return { nodes: new Map(network.nodes), edges: new Map([...network.edges].map(([k, e]) => [k, { ...e }])), expanded: new Set(network.expanded) }
}
