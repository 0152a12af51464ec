/**
 * The graph for screen readers and keyboards: every node, its links in words, and an Expand
 * button that does what double-clicking the node does on the canvas.
 */
import { Link } from 'wouter'
import { Badge, ScriptText } from '../components/text'
import type { GraphEdge, Network } from './network-model'

interface Props {
  network: Network
  focusId: string
  proof: Set<string>
  pending: Set<string>
  onExpand: (id: string) => void
}

function LinksOf({ id, network }: { id: string; network: Network }) {
  const caption = (other: string) => network.nodes.get(other)?.caption ?? other
  const links = [...network.edges.values()].filter((e) => e.source === id || e.target === id)
  // Always source → target, so the row's own entity reads in its place in the sentence.
  const say = (e: GraphEdge) => `${caption(e.source)} — ${e.label} → ${caption(e.target)}`
  return (
    <ul className="plain links">
      {links.map((e) => (
        <li key={e.id} className={e.proof ? 'proof-link' : undefined}>
          <ScriptText>{say(e)}</ScriptText>
          {e.proof && <span className="visually-hidden"> (proof path)</span>}
        </li>
      ))}
    </ul>
  )
}

export function NetworkTable({ network, focusId, proof, pending, onExpand }: Props) {
  const nodes = [...network.nodes.values()].sort((a, b) => Number(b.id === focusId) - Number(a.id === focusId) || a.schema.localeCompare(b.schema))
  return (
    <table className="dense network-table">
      <caption>Network</caption>
      <thead>
        <tr>
          <th scope="col">Entity</th>
          <th scope="col">Schema</th>
          <th scope="col">Links</th>
          <th scope="col">Neighbours</th>
        </tr>
      </thead>
      <tbody>
        {nodes.map((n) => (
          <tr key={n.id}>
            <th scope="row">
              <Link href={`/entities/${encodeURIComponent(n.id)}`}>
                <ScriptText>{n.caption}</ScriptText>
              </Link>{' '}
              {n.id === focusId && <Badge tone="info">this entity</Badge>} {proof.has(n.id) && <Badge tone="danger">proof path</Badge>}
            </th>
            <td>{n.schema === 'Thing' ? 'not loaded' : n.schema}</td>
            <td>
              {/* The focus links to nearly everyone: each neighbour’s row already says how. */}
              {n.id === focusId ? <span className="muted">Its links are on each neighbour’s row</span> : <LinksOf id={n.id} network={network} />}
            </td>
            <td>
              {network.expanded.has(n.id) ? (
                <span className="muted">Expanded</span>
              ) : (
                <button type="button" onClick={() => onExpand(n.id)} disabled={pending.has(n.id)}>
                  {pending.has(n.id) ? 'Expanding…' : 'Expand'}
                  <span className="visually-hidden"> {n.caption}</span>
                </button>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
