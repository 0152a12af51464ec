/**
 * The network drawn with cytoscape: colour by schema, the proof path in bold red, a node's
 * neighbours added when it is double-clicked (or tapped twice). A canvas says nothing to a screen
 * reader: the node table beside it carries the same graph and the same Expand action.
 */
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape'
import { useEffect, useRef } from 'react'
import type { Network } from './network-model'
import { colourOf } from './schema-colours'

interface Props {
  network: Network
  focusId: string
  proof: Set<string>
  label: string
  onExpand: (id: string) => void
}

const STYLE: cytoscape.StylesheetJson = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(colour)',
      label: 'data(short)',
      'font-size': 9,
      color: '#1b1f24',
      'text-valign': 'bottom',
      'text-margin-y': 3,
      'text-wrap': 'wrap',
      'text-max-width': '110px',
      width: 18,
      height: 18,
    },
  },
  { selector: 'node.focus', style: { width: 28, height: 28, 'border-width': 3, 'border-color': '#14263d', 'font-weight': 'bold' } },
  { selector: 'node.proof', style: { 'border-width': 3, 'border-color': '#b42318' } },
  { selector: 'node.expanded', style: { shape: 'round-rectangle' } },
  {
    selector: 'edge',
    style: {
      width: 1.2,
      'line-color': '#8c959f',
      'target-arrow-color': '#8c959f',
      'target-arrow-shape': 'triangle',
      'curve-style': 'bezier',
      label: 'data(label)',
      'font-size': 7,
      color: '#57606a',
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.8,
    },
  },
  // Past a couple of dozen links, labels overlap into noise: they show on the selected node's links only.
  { selector: 'edge.unlabelled', style: { label: '' } },
  { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#ff9f1c' } },
  { selector: 'edge.near', style: { label: 'data(label)', 'line-color': '#14263d', width: 2 } },
  { selector: 'edge.proof', style: { width: 3, 'line-color': '#b42318', 'target-arrow-color': '#b42318', color: '#b42318' } },
]

/** Past this many links their labels overlap into noise (STYLE: `edge.unlabelled`). */
const LABELLED_EDGES = 24

function elementsOf({ network, focusId, proof }: Pick<Props, 'network' | 'focusId' | 'proof'>): ElementDefinition[] {
  const nodes = [...network.nodes.values()].map((n) => ({
    data: { id: n.id, schema: n.schema, colour: colourOf(n.schema), short: n.caption.length > 40 ? `${n.caption.slice(0, 38)}…` : n.caption },
    classes: [n.id === focusId && 'focus', proof.has(n.id) && 'proof', network.expanded.has(n.id) && 'expanded'].filter(Boolean).join(' '),
  }))
  const crowded = network.edges.size > LABELLED_EDGES
  const edges = [...network.edges.values()].map((e) => ({
    data: { id: e.id, source: e.source, target: e.target, label: e.label },
    // The proof path keeps its labels: it is what the analyst has to read.
    classes: e.proof ? 'proof' : crowded ? 'unlabelled' : '',
  }))
  return [...nodes, ...edges]
}

// Ring order around the entity for large networks: organisations nearest, programmes outermost.
const RING: Record<string, number> = { Organization: 6, Company: 6, LegalEntity: 6, PublicBody: 5, Person: 4, Position: 3, Vessel: 2, Project: 1 }

/** A force layout reads best for a handful of nodes; past that, rings by schema around the entity keep a star readable. */
function layoutFor(instance: Core, focusId: string, proof: Set<string>): cytoscape.LayoutOptions {
  if (instance.nodes().length <= 15)
    return { name: 'cose', animate: false, padding: 30, nodeRepulsion: () => 20000, idealEdgeLength: () => 110 } as cytoscape.LayoutOptions
  const rank = (node: cytoscape.NodeSingular) => (node.id() === focusId ? 100 : proof.has(node.id()) ? 50 : (RING[node.data('schema')] ?? 0))
  return { name: 'concentric', animate: false, concentric: rank, levelWidth: () => 1, minNodeSpacing: 24, padding: 16 }
}

/**
 * Cytoscape adds an inline <style> (`position: relative` on its container) unless an element with
 * this id exists; the CSP forbids inline styles, so a placeholder stands in and entity.css sets it.
 */
const CYTOSCAPE_STYLESHEET_ID = '__________cytoscape_stylesheet'

function preventInlineStylesheet() {
  if (document.getElementById(CYTOSCAPE_STYLESHEET_ID)) return
  const placeholder = document.createElement('meta')
  placeholder.id = CYTOSCAPE_STYLESHEET_ID
  document.head.append(placeholder)
}

export default function NetworkCanvas({ network, focusId, proof, label, onExpand }: Props) {
  const container = useRef<HTMLDivElement>(null)
  const cy = useRef<Core | null>(null)
  const expand = useRef(onExpand)
  expand.current = onExpand
  useEffect(() => {
    preventInlineStylesheet()
    const instance = cytoscape({ container: container.current, style: STYLE, minZoom: 0.2, maxZoom: 1.6 })
    instance.on('dbltap', 'node', (event) => expand.current(event.target.id()))
    instance.on('select', 'node', (event) => event.target.connectedEdges().addClass('near'))
    instance.on('unselect', 'node', (event) => event.target.connectedEdges().removeClass('near'))
    cy.current = instance
    return () => instance.destroy()
  }, [])
  useEffect(() => {
    const instance = cy.current
    if (!instance) return
    // Redrawn whole: a few dozen nodes lay out in milliseconds, and a diff would be more code than it saves.
    instance.elements().remove()
    instance.add(elementsOf({ network, focusId, proof }))
    instance.layout(layoutFor(instance, focusId, proof)).run()
  }, [network, focusId, proof])
  return <div ref={container} className="graph" role="img" aria-label={label} />
}
