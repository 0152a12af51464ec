/** Facet counts with the labels yente gives them (country names, schema plurals). */
import { countryName } from '../model/countries.js'
import { model } from '../model/ftm.js'
import type { FacetCounts, FacetName } from '../screening/facets.js'

const FACET_LABELS: Record<FacetName, string> = {
  countries: 'Countries',
  topics: 'Topics',
  datasets: 'Data sources',
  schema: 'Entity types',
  genders: 'Genders',
}

export function labelFacets(counts: FacetCounts) {
  return Object.fromEntries(
    Object.entries(counts).map(([facet, values]) => [
      facet,
      {
        label: FACET_LABELS[facet as FacetName],
        values: values.map((v) => ({ ...v, label: labelOf(facet as FacetName, v.name) })),
      },
    ]),
  )
}

function labelOf(facet: FacetName, name: string): string {
  if (facet === 'countries') return countryName(name) ?? name
  if (facet === 'schema') return model.schemata[name]?.plural ?? name
  return name
}
