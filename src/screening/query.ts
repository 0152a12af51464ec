/**
 * A screening query as clients send it (yente's shape: `{ schema, properties }`), checked and
 * cleaned like imported data: unknown schemata and properties are errors, dates and countries are
 * normalized ("Syria" → sy, "07 Feb 1944" → 1944-02-07).
 */
import { AppError } from '../errors.js'
import { toMatchable, type Matchable } from '../index/matchable.js'
import { pickCaption, type Entity } from '../model/entity.js'
import { EntityDraft } from '../model/entity-draft.js'
import { model } from '../model/ftm.js'
import { closestValue, SCHEMATA } from './valid-values.js'

export interface QueryInput {
  schema: string
  properties: Record<string, unknown>
}

export const MAX_VALUE_LENGTH = 1000

/** The schemata a query may have (Person, Organization, Company, Vessel…). */
export const MATCHABLE = SCHEMATA.filter((name) => model.schemata[name]!.matchable)

/** Check and clean a query; `warnings` collects values that did not clean (they are left out). */
export function parseQuery(input: QueryInput, warnings: string[] = []): Matchable {
  const schema = model.schemata[input.schema]
  if (!schema) {
    const hint = closestValue(input.schema, MATCHABLE)
    throw new AppError(
      'unknown_schema',
      `Unknown FtM schema '${input.schema}'.${hint ? ` Did you mean '${hint}'?` : ''} A query's schema is one of: ${MATCHABLE.join(', ')}.`,
    )
  }
  if (!schema.matchable) {
    throw new AppError(
      'bad_input',
      `Schema '${input.schema}' cannot be matched; use a matchable schema such as Person, Organization, Company, LegalEntity or Vessel.`,
    )
  }
  const draft = new EntityDraft(schema.name, 'query', {}, (message) => warnings.push(message))
  for (const [prop, raw] of Object.entries(input.properties ?? {})) {
    for (const value of Array.isArray(raw) ? raw : [raw]) {
      if (typeof value !== 'string' && typeof value !== 'number') {
        throw new AppError('bad_input', `Property '${prop}' must be a string or a list of strings.`, { field: prop })
      }
      if (String(value).length > MAX_VALUE_LENGTH) {
        throw new AppError('bad_input', `Property '${prop}' has a value over ${MAX_VALUE_LENGTH} characters.`, { field: prop })
      }
      draft.add(prop, String(value))
    }
  }
  const entity = entityOf(draft)
  const matchable = toMatchable(entity)
  if (matchable.names.length === 0 && matchable.weakNames.length === 0 && matchable.identifiers.length === 0) {
    throw new AppError('bad_input', 'The query has no name and no identifier to match on.')
  }
  return matchable
}

function entityOf(draft: EntityDraft): Entity {
  const properties: Record<string, string[]> = {}
  for (const s of draft.statements()) (properties[s.prop] ??= []).push(s.value)
  return {
    id: 'query',
    schema: draft.schema.name,
    caption: pickCaption(draft.schema.name, properties, ''),
    properties,
    datasets: [],
    referents: [],
    first_seen: '',
    last_seen: '',
  }
}
