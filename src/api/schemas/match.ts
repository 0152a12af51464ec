/** `POST /match/{dataset}`: yente's request and response, with Vigil's data version and algorithm. */
import { z } from 'zod'
import { entityResponse, changedSince, repeated, totalSpec } from './common.js'

/** As many queries as yente's clients send in one batch, and more. */
export const MAX_BATCH = 1000
/** yente's MAX_MATCHES: results per query. */
export const MAX_MATCH_LIMIT = 500
/** yente's MATCH_PAGE. */
export const DEFAULT_MATCH_LIMIT = 5

const propertyValues = z.union([z.string(), z.number(), z.array(z.union([z.string(), z.number()]))])

export const entityExample = z.object({
  id: z.string().nullish().meta({ description: 'Echoed back in the response; not used for matching.' }),
  schema: z.string().meta({ examples: ['Person'] }),
  properties: z.record(z.string(), propertyValues).meta({
    examples: [{ name: ['John Doe'], birthDate: ['1975-04-21'], nationality: ['us'] }],
  }),
})

export const matchRequest = z.object({
  queries: z.record(z.string(), entityExample).meta({
    description: "Examples keyed by a name of the client's choice; each response comes back under the same key.",
    examples: [
      {
        entity1: { schema: 'Person', properties: { name: ['John Doe'], birthDate: ['1975-04-21'], nationality: ['us'] } },
        entity2: { schema: 'Company', properties: { name: ['Brilliant Amazing Limited'], jurisdiction: ['hk'], registrationNumber: ['84BA99810'] } },
      },
    ],
  }),
  weights: z
    .record(z.string(), z.number())
    .optional()
    .meta({ description: "Feature weights overriding the algorithm's, by feature name (see GET /algorithms)." }),
  config: z
    .record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]))
    .optional()
    .meta({ description: "Algorithm configuration; Vigil's algorithms take none, so any key is an error." }),
})

export const matchParams = z.object({ dataset: z.string().min(1).max(200) })

export const matchQuerystring = z.object({
  algorithm: z.string().optional(),
  threshold: z.coerce.number().min(0).max(1).optional(),
  cutoff: z.coerce
    .number()
    .min(0)
    .max(1)
    .optional()
    .meta({ deprecated: true, description: 'Accepted for yente clients; results below it are still returned (limit applies).' }),
  limit: z.coerce.number().int().min(1).max(MAX_MATCH_LIMIT).default(DEFAULT_MATCH_LIMIT),
  include_dataset: repeated,
  exclude_dataset: repeated,
  exclude_schema: repeated,
  topics: repeated,
  changed_since: changedSince,
  exclude_entity_ids: repeated,
  record: z.enum(['true', 'false']).optional().meta({
    description:
      'true: keep each screening (subject, user, time, data version, every result); hits open alerts, results within the review threshold (cutoff, or 0.1 below the threshold) are kept as possible hits. Needs the record permission.',
  }),
})

export const explanation = z.object({
  score: z.number(),
  detail: z.string().nullable(),
  query: z.string().nullable(),
  candidate: z.string().nullable(),
  weight: z.number().meta({ description: 'The weight the feature had in this request.' }),
})

export const scoredEntity = entityResponse.extend({
  score: z.number(),
  match: z.boolean().meta({ description: 'Whether the score is at or above the threshold.' }),
  features: z.record(z.string(), z.number()).meta({ description: "Each feature's score, before weighting." }),
  explanations: z.record(z.string(), explanation),
})

export const entityMatches = z.object({
  status: z.number().int(),
  results: z.array(scoredEntity),
  total: totalSpec,
  query: entityExample,
})

/** yente's per-query error: this example could not be screened; the others in the batch were. */
export const queryError = z.object({
  status: z
    .number()
    .int()
    .meta({ examples: [400] }),
  code: z.string().meta({ description: 'A stable error code, e.g. bad_input, unknown_schema, unknown_property.' }),
  detail: z.string().meta({ examples: ["Query 'q2': The query has no name and no identifier to match on."] }),
})

export const matchResponse = z.object({
  responses: z.record(z.string(), z.union([entityMatches, queryError])).meta({
    description: 'One entry per query, under its key: `status` 200 with results, or a 4xx with `code` and `detail` for a query that could not be screened.',
  }),
  limit: z.number().int(),
  threshold: z.number(),
  algorithm: z.string().meta({ description: 'The algorithm that scored the results.' }),
  data_version: z.string().meta({ description: 'The live version of each dataset, e.g. "cers@20260301120000-1,us_ofac_sdn@…".' }),
})

export type MatchQuerystring = z.infer<typeof matchQuerystring>
export type ScoredEntity = z.infer<typeof scoredEntity>
