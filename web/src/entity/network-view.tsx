/** The Network tab: the graph canvas, its legend, and the same graph as a table; nodes expand one by one. */
import { useQueryClient } from '@tanstack/react-query'
import { useMemo, useState } from 'react'
import { ErrorBox } from '../components/status'
import { addNeighbours, addProofPaths, copyNetwork, emptyNetwork, type Network, proofNodes, renameNode } from './network-model'
import NetworkCanvas from './network-canvas'
import { NetworkTable } from './network-table'
import { legendSchemas } from './schema-colours'
import type { Entity } from './types'
import { entityKey, fetchEntity } from './use-entity'

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

function startingNetwork(entity: Entity): Network {
  const network = emptyNetwork()
  addNeighbours(network, entity)
  addProofPaths(network, entity.paths)
  network.expanded.add(entity.id)
  return network
}

export function NetworkView({ entity }: { entity: Entity }) {
  const client = useQueryClient()
  const [network, setNetwork] = useState(() => startingNetwork(entity))
  const [pending, setPending] = useState<Set<string>>(new Set())
  const [error, setError] = useState<unknown>()
  const [announcement, setAnnouncement] = useState('')
  const proof = useMemo(() => proofNodes(entity.paths), [entity.paths])
  const expand = async (id: string) => {
    if (network.expanded.has(id) || pending.has(id)) return
    setPending((p) => new Set(p).add(id))
    try {
      const neighbour = await client.fetchQuery({ queryKey: entityKey(id), queryFn: () => fetchEntity(id), staleTime: 60_000 })
      setNetwork((current) => {
        const next = copyNetwork(current)
        renameNode(next, id, neighbour.id)
        const before = next.nodes.size
        addNeighbours(next, neighbour)
        next.expanded.add(neighbour.id)
        setAnnouncement(`Expanded ${neighbour.caption}: ${next.nodes.size - before} new nodes.`)
        return next
      })
      setError(undefined)
    } catch (e) {
      setError(e)
    } finally {
      setPending((p) => {
        const next = new Set(p)
        next.delete(id)
        return next
      })
    }
  }
  const legend = legendSchemas([...network.nodes.values()].map((n) => n.schema))
  return (
    <div className="network">
      <p className="muted">
        {plural(network.nodes.size, 'entity', 'entities')}, {plural(network.edges.size, 'link', 'links')}. Double-click a node, or use its Expand button in the
        table, to add its neighbours. The derived-risk proof path is drawn in red.
      </p>
      {error ? <ErrorBox error={error} title="Could not expand the node" /> : null}
      <NetworkCanvas network={network} focusId={entity.id} proof={proof} label={`Network graph of ${entity.caption}`} onExpand={expand} />
      <ul className="legend" aria-label="Legend">
        {legend.map(({ schema, colour }) => (
          <li key={schema}>
            <span className="swatch" style={{ background: colour }} aria-hidden="true" /> {schema === 'Thing' ? 'Not loaded yet' : schema}
          </li>
        ))}
      </ul>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      <NetworkTable network={network} focusId={entity.id} proof={proof} pending={pending} onExpand={expand} />
    </div>
  )
}
