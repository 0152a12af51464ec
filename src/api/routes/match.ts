/** POST /match/{dataset}: yente's query-by-example matcher, run by the data-version workers. */
import type { FastifyInstance } from 'fastify'
import type { z } from 'zod'
import { AppError } from '../../errors.js'
import { getAlgorithm } from '../../scoring/algorithms.js'
import { checkWeights } from '../../screening/match-examples.js'
import type { AppDeps } from '../app.js'
import type { MatchTask } from '../data-version/protocol.js'
import { checkScope } from '../dataset-scope.js'
import { parseInput } from '../parse-input.js'
import { checkRequestCharacters } from '../request-limits.js'
import { errorResponse } from '../schemas/common.js'
import { MAX_BATCH, matchParams, matchQuerystring, matchRequest, matchResponse } from '../schemas/match.js'
import { openApiSchema } from '../openapi.js'
import { sendJson } from '../send-json.js'
import { requirePermission } from '../../review/principal.js'
import { reviewThresholdFor } from '../../review/review-threshold.js'
import { recordAnswers, type MatchAnswer } from '../record-responses.js'

// Small enough that a one-query request queued behind a 1,000-query batch waits for one chunk
// (about 10–50 ms on the real lists), large enough that messages between threads cost little.
const CHUNK_QUERIES = 10

export function registerMatch(app: FastifyInstance, { live, config, store }: AppDeps): void {
  const schema = openApiSchema({
    summary: 'Query by example matcher',
    description: 'Screen a batch of FtM-shaped examples (schema and properties) against a dataset or `default` (all). yente-compatible.',
    tags: ['Matching'],
    params: matchParams,
    querystring: matchQuerystring,
    body: matchRequest,
    responses: { 200: matchResponse, 400: errorResponse, 404: errorResponse, 413: errorResponse, 500: errorResponse, 503: errorResponse },
  })
  app.post('/match/:dataset', { schema }, async (request, reply) => {
    const { dataset } = parseInput(matchParams, request.params, 'path')
    const params = parseInput(matchQuerystring, request.query, 'query string')
    const recording = params.record === 'true'
    if (recording) requirePermission(request.principal, 'record', 'Recording a screening (record=true)')
    const body = parseInput(matchRequest, request.body ?? {}, 'body')
    const examples = Object.entries(body.queries)
    if (examples.length === 0)
      throw new AppError('bad_input', 'No queries provided: send { "queries": { "key": { "schema": "Person", "properties": { "name": ["…"] } } } }.')
    if (examples.length > MAX_BATCH)
      throw new AppError('bad_input', `Too many queries in one batch: ${examples.length} (limit: ${MAX_BATCH}). Split the batch.`)
    checkRequestCharacters(
      examples.map(([, q]) => q.properties),
      config.maxRequestChars,
    )
    const served = live.serving()
    const scope = checkScope(served.datasets, dataset)
    const algorithm = getAlgorithm(params.algorithm)
    const configKey = Object.keys(body.config ?? {})[0]
    if (configKey !== undefined)
      throw new AppError('bad_input', `Invalid configuration parameter: ${configKey} for algorithm ${algorithm.name} (it takes none).`, {
        field: `config.${configKey}`,
      })
    checkWeights(algorithm, body.weights ?? {})
    const tasks: MatchTask[] = []
    for (let at = 0; at < examples.length; at += CHUNK_QUERIES) {
      const chunk = examples.slice(at, at + CHUNK_QUERIES)
      tasks.push({
        kind: 'match',
        scope,
        params,
        weights: body.weights,
        examples: chunk.map(([key, q]) => [key, { schema: q.schema, properties: q.properties }, q.id ?? null]),
      })
    }
    const threshold = params.threshold ?? algorithm.threshold
    if (recording) for (const task of tasks) task.params = { ...params, cutoff: reviewThresholdFor(threshold, params.cutoff) }
    const answers = await live.run(tasks)
    const version = answers[0]!.version
    const members = answers
      .map((a) => ('json' in a ? a.json : ''))
      .filter(Boolean)
      .join(',')
    const tail = { limit: params.limit, threshold, algorithm: algorithm.name, data_version: version }
    reply.header('x-batch-size', String(examples.length)).header('x-vigil-data-version', version)
    if (!recording) return sendJson(reply, `{"responses":{${members}},${JSON.stringify(tail).slice(1)}`)
    const responses = JSON.parse(`{${members}}`) as Record<string, MatchAnswer>
    await recordAnswers(store.records, request.principal, Object.values(responses), {
      dataset,
      algorithm: algorithm.name,
      threshold,
      reviewThreshold: reviewThresholdFor(threshold, params.cutoff),
      dataVersion: version,
      source: 'match',
    })
    return { responses, ...tail }
  })
}

export type MatchResponse = z.infer<typeof matchResponse>
