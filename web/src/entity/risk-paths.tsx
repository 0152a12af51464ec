/** Derived risk: each topic the network gives the entity, with its proof path said in words, step by step. */
import { Link } from 'wouter'
import { Badge, ScriptText } from '../components/text'
import type { Entity } from './types'

export function RiskPaths({ entity }: { entity: Entity }) {
  if (entity.paths.length === 0) {
    return (
      <section aria-labelledby="risk-heading">
        <h2 id="risk-heading">Derived risk</h2>
        <p className="muted">No risk derived from the network: the entity reaches no listed entity through ownership, control or units.</p>
      </section>
    )
  }
  return (
    <section aria-labelledby="risk-heading">
      <h2 id="risk-heading">Derived risk ({entity.paths.length})</h2>
      <ul className="plain risk-paths">
        {entity.paths.map((path) => (
          <li key={`${path.topic}-${path.listed.id}-${path.steps.map((s) => s.id).join('>')}`} className="notice">
            <Badge tone="warning">{path.topic}</Badge> <ScriptText>{path.explanation}</ScriptText>
            <ol className="path-steps" aria-label={`Proof path to ${path.listed.caption}`}>
              {path.steps.map((step) => (
                <li key={step.id}>
                  {step.relation && <span className="muted">{step.relation} </span>}
                  <Link href={`/entities/${encodeURIComponent(step.id)}`}>
                    <ScriptText>{step.caption}</ScriptText>
                  </Link>
                  {step.id === path.listed.id && <> (listed in {path.listed.datasets.join(', ')})</>}
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ul>
    </section>
  )
}
