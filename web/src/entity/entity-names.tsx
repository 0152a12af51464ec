/** Every name the entity goes by, in every script, grouped by the property that gives it. */
import { Badge, ScriptText } from '../components/text'
import { propertyLabel, scriptOf } from './labels'
import { type Entity, texts } from './types'

const NAME_PROPS = ['name', 'alias', 'weakAlias', 'previousName', 'abbreviation', 'firstName', 'middleName', 'lastName', 'fatherName']

export function EntityNames({ entity }: { entity: Entity }) {
  const groups = NAME_PROPS.map((prop) => ({ prop, names: [...new Set(texts(entity, prop))] })).filter((g) => g.names.length > 0)
  return (
    <section aria-labelledby="names-heading" className="panel">
      <h2 id="names-heading">Names and aliases</h2>
      <dl className="facts">
        {groups.map(({ prop, names }) => (
          <div key={prop} className="facts-row">
            <dt>{propertyLabel(prop)}</dt>
            <dd>
              <ul className="plain names">
                {names.map((n) => {
                  const script = scriptOf(n)
                  return (
                    <li key={n}>
                      <ScriptText>{n}</ScriptText> {script !== 'Latin' && <Badge tone="neutral">{script}</Badge>}
                    </li>
                  )
                })}
              </ul>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  )
}
