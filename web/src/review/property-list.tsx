/** An entity's or a subject's properties as a definition list, each value in its own script direction. */
import { ScriptText } from '../components/text'
import { valuesText } from './format'

// Links to other entities and long source text say little beside a name; the entity page has them.
const SKIPPED = new Set(['addressEntity', 'parent', 'ownershipOwner', 'sourceUrl'])

export function PropertyList({ properties }: { properties: Record<string, unknown[]> }) {
  const shown = Object.entries(properties).filter(([name, values]) => !SKIPPED.has(name) && values.length > 0)
  if (shown.length === 0) return <p className="muted">No properties.</p>
  return (
    <dl className="facts">
      {shown.map(([name, values]) => (
        <div key={name} className="contents">
          <dt>{name}</dt>
          <dd>
            <ScriptText>{valuesText(values)}</ScriptText>
          </dd>
        </div>
      ))}
    </dl>
  )
}
