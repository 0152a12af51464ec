/**
 * An entity prepared once for matching: its names analyzed, its dates, countries and identifiers
 * pulled out of the FtM properties that carry them. Queries and candidates take the same shape.
 */
import type { Entity } from '../model/entity.js'
import { isA, model, propertiesOf } from '../model/ftm.js'
import { analyzeName, nameKindOf, type NameForm } from '../names/analyze-name.js'
import { foldText } from '../text/normalize.js'

export interface Matchable {
  id: string
  schema: string
  /** Strong names (name, alias, previousName, abbreviation…) with their comparable forms. */
  names: NameForm[]
  /** Weak aliases: a match on these alone is worth less. */
  weakNames: NameForm[]
  birthDates: string[]
  countries: string[]
  /** Identifiers folded to letters and digits: passports, registration numbers, IMO, tax ids… */
  identifiers: string[]
  genders: string[]
  entity: Entity
}

const COUNTRY_PROPS = ['country', 'nationality', 'citizenship', 'jurisdiction', 'mainCountry', 'birthCountry', 'flag']

/** Prepare an entity (a candidate from the store, or a query) for matching. */
export function toMatchable(entity: Entity): Matchable {
  const kind = nameKindOf(entity.schema, isA)
  const props = entity.properties
  const strong = [...new Set(fullNames(props))]
  return {
    id: entity.id,
    schema: entity.schema,
    names: strong.flatMap((n) => analyzeName(n, kind)),
    weakNames: (props.weakAlias ?? []).flatMap((n) => analyzeName(n, kind)),
    birthDates: props.birthDate ?? [],
    countries: COUNTRY_PROPS.flatMap((p) => props[p] ?? []),
    identifiers: identifierValues(entity),
    genders: props.gender ?? [],
    entity,
  }
}

/** Names, plus "first last" built from parts when a record gives only parts. */
function fullNames(props: Record<string, string[]>): string[] {
  const names = ['name', 'alias', 'previousName', 'abbreviation'].flatMap((p) => props[p] ?? [])
  const first = props.firstName ?? []
  const last = props.lastName ?? []
  if (names.length === 0 && (first.length > 0 || last.length > 0)) {
    names.push([first[0], ...(props.middleName ?? []).slice(0, 1), last[0]].filter(Boolean).join(' '))
  }
  return names
}

/** Values of every identifier-typed property, folded so "N 006-478882" equals "N006478882". */
function identifierValues(entity: Entity): string[] {
  const schema = model.schemata[entity.schema]
  if (!schema) return []
  const properties = propertiesOf(schema)
  const values: string[] = []
  for (const [prop, list] of Object.entries(entity.properties)) {
    if (properties.get(prop)?.type.name !== 'identifier') continue
    for (const v of list) {
      const id = foldIdentifier(v)
      if (id.length >= 4) values.push(id)
    }
  }
  return [...new Set(values)]
}

export function foldIdentifier(value: string): string {
  return foldText(value).replace(/\s+/g, '')
}
