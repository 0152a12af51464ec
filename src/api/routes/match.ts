/** POST /match/{dataset}: yente's query-by-example matcher over the live index. */
import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import { AppError } from '../../errors.js'
import { getAlgorithm } from '../../scoring/algorithms.js'
import { makeEntityFilter } from '../../screening/entity-filter.js'
import { matchExamples } from '../../screening/match-examples.js'
import type { AppDeps } from '../app.js'
import { checkScope, datasetNames } from '../dataset-scope.js'
import { toEntityMatches } from '../match-response.js'
import { parseInput } from '../parse-input.js'
import { errorResponse } from '../schemas/common.js'
import { MAX_BATCH, matchParams, matchQuerystring, matchRequest, matchResponse, type MatchQuerystring } from '../schemas/match.js'
import { openApiSchema } from '../openapi.js'

export function registerMatch(app: FastifyInstance, { live }: AppDeps): void {
  const schema = openApiSchema({
    summary: 'Query by example matcher',
    description: 'Screen a batch of FtM-shaped examples (schema and properties) against a dataset or `default` (all). yente-compatible.',
    tags: ['Matching'],
    params: matchParams, querystring: matchQuerystring, body: matchRequest,
    responses: { 200: matchResponse, 400: errorResponse, 404: errorResponse, 500: errorResponse },
  })
  app.post('/match/:dataset', { schema }, async (request, reply) => {
    const { dataset } = parseInput(matchParams, request.params, 'path')
    const params = parseInput(matchQuerystring, request.query, 'query string')
    const body = parseInput(matchRequest, request.body ?? {}, 'body')
    const examples = Object.entries(body.queries)
    if (examples.length === 0) throw new AppError('bad_input', 'No queries provided: send { "queries": { "key": { "schema": "Person", "properties": { "name": ["…"] } } } }.')
    if (examples.length > MAX_BATCH) throw new AppError('bad_input', `Too many queries in one batch: ${examples.length} (limit: ${MAX_BATCH}). Split the batch.`)
    const index = await live.get()
    const scope = checkScope(index, dataset)
    const algorithm = getAlgorithm(params.algorithm)
    const configKey = Object.keys(body.config ?? {})[0]
    if (configKey !== undefined) throw new AppError('bad_input', `Invalid configuration parameter: ${configKey} for algorithm ${algorithm.name} (it takes none).`, { field: `config.${configKey}` })
    const threshold = params.threshold ?? algorithm.threshold
    const results = matchExamples({
      examples: examples.map(([key, q]) => [key, { schema: q.schema, properties: q.properties }]),
      index, algorithm, threshold,
      cutoff: Math.min(params.cutoff ?? threshold, threshold),
      limit: params.limit,
      weights: body.weights,
      accept: makeEntityFilter(filterSpec(datasetNames(index), scope, params)),
    })
    reply.header('x-batch-size', String(results.length)).header('x-vigil-data-version', index.version)
    return {
      responses: Object.fromEntries(results.map((r) => [r.key, toEntityMatches(r, body.queries[r.key]?.id, index.risk)])),
      limit: params.limit,
      threshold,
      algorithm: algorithm.name,
      data_version: index.version,
    }
  })
}

function filterSpec(datasets: string[], scope: string, params: MatchQuerystring) {
  return {
    datasets, scope,
    includeDatasets: params.include_dataset,
    excludeDatasets: params.exclude_dataset,
    excludeSchemata: params.exclude_schema,
    topics: params.topics,
    changedSince: params.changed_since,
    excludeIds: params.exclude_entity_ids,
  }
}

export type MatchResponse = z.infer<typeof matchResponse>
