/** Facet filters and counts over entities (countries, topics, datasets, schema), as yente's search gives them. */
import type { Entity } from '../model/entity.js'
import { model, propertiesOf } from '../model/ftm.js'

export const FACET_NAMES = ['countries', 'topics', 'datasets', 'schema', 'genders'] as const
export type FacetName = (typeof FACET_NAMES)[number]
export type FacetCounts = Partial<Record<FacetName, Array<{ name: string; count: number }>>>

export interface FacetFilters {
  countries: readonly string[]
  topics: readonly string[]
  datasets: readonly string[]
  /** OR keeps an entity with any of a field's values; AND only one with all of them. */
  op: 'AND' | 'OR'
}

/** Values of an entity under a facet: every country-typed property counts for `countries`. */
export function facetValues(entity: Entity, facet: FacetName): string[] {
  switch (facet) {
    case 'datasets':
      return entity.datasets
    case 'schema':
      return [entity.schema]
    case 'topics':
      return entity.properties.topics ?? []
    case 'genders':
      return entity.properties.gender ?? []
    case 'countries':
      return [...new Set(countryProps(entity.schema).flatMap((p) => entity.properties[p] ?? []))]
  }
}

export function makeFacetFilter(filters: FacetFilters): (entity: Entity) => boolean {
  const fields = (['countries', 'topics', 'datasets'] as const).filter((f) => filters[f].length > 0)
  return (entity) =>
    fields.every((field) => {
      const values = new Set(facetValues(entity, field))
      const wanted = filters[field]
      return filters.op === 'AND' ? wanted.every((v) => values.has(v)) : wanted.some((v) => values.has(v))
    })
}

/** Counts per value, most frequent first, for each facet asked for. */
export function countFacets(entities: readonly Entity[], facets: readonly FacetName[]): FacetCounts {
  const result: FacetCounts = {}
  for (const facet of facets) {
    const counts = new Map<string, number>()
    for (const entity of entities) for (const v of facetValues(entity, facet)) counts.set(v, (counts.get(v) ?? 0) + 1)
    result[facet] = [...counts].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
  }
  return result
}

const countryPropsCache = new Map<string, string[]>()

function countryProps(schemaName: string): string[] {
  let props = countryPropsCache.get(schemaName)
  if (!props) {
    const schema = model.schemata[schemaName]
    props = schema ? [...propertiesOf(schema)].filter(([, p]) => p.type.name === 'country').map(([name]) => name) : []
    countryPropsCache.set(schemaName, props)
  }
  return props
}
