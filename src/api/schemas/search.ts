/** `GET /search/{dataset}`: yente's search parameters and response. */
import { z } from 'zod'
import { FACET_NAMES } from '../../screening/facets.js'
import { entityResponse, changedSince, repeated, totalSpec } from './common.js'

export const MAX_PAGE = 500
export const MAX_OFFSET = 9999 - MAX_PAGE

export const searchQuerystring = z.object({
  q: z.string().max(1000).default(''),
  schema: z.string().default('Thing'),
  countries: repeated,
  topics: repeated,
  datasets: repeated,
  include_dataset: repeated,
  exclude_dataset: repeated,
  exclude_schema: repeated,
  changed_since: changedSince,
  limit: z.coerce.number().int().min(0).max(MAX_PAGE).default(10),
  offset: z.coerce.number().int().min(0).max(MAX_OFFSET).default(0),
  facets: z.preprocess((v) => (v === undefined ? ['countries', 'topics', 'datasets'] : Array.isArray(v) ? v : [v]), z.array(z.enum(FACET_NAMES))),
  filter_op: z.enum(['AND', 'OR']).default('OR'),
})

export const searchFacet = z.object({
  label: z.string(),
  values: z.array(z.object({ name: z.string(), label: z.string(), count: z.number().int() })),
})

export const searchResponse = z.object({
  results: z.array(entityResponse),
  facets: z.record(z.string(), searchFacet),
  total: totalSpec,
  limit: z.number().int(),
  offset: z.number().int(),
  data_version: z.string(),
})

export type SearchQuerystring = z.infer<typeof searchQuerystring>
