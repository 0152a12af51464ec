/** POST /v1/screenings: screen one subject and keep the record; GET them back. */
import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import { AppError } from '../../errors.js'
import { reviewThresholdFor } from '../../review/review-threshold.js'
import { getScreening, listScreenings } from '../../review/screenings.js'
import { getAlgorithm } from '../../scoring/algorithms.js'
import type { AppDeps } from '../app.js'
import type { MatchTask } from '../data-version/protocol.js'
import { checkScope } from '../dataset-scope.js'
import { openApiSchema } from '../openapi.js'
import { parseInput } from '../parse-input.js'
import { recordAnswers, type MatchAnswer } from '../record-responses.js'
import { checkRequestCharacters } from '../request-limits.js'
import { errorResponse } from '../schemas/common.js'
import { DEFAULT_MATCH_LIMIT, MAX_MATCH_LIMIT, matchQuerystring } from '../schemas/match.js'
import { idParams, page, recordAnswer } from '../schemas/records.js'

const tags = ['Screenings']
const screeningRequest = z.object({
  subject: z.object({
    id: z.string().min(1).max(200).optional().meta({ description: "The client's own id (customer number); decisions follow it." }),
    schema: z.string(),
    properties: z.record(z.string(), z.array(z.unknown())),
  }),
  dataset: z.string().default('default'),
  algorithm: z.string().optional(),
  threshold: z.number().min(0).max(1).optional(),
  review_threshold: z.number().min(0).max(1).optional(),
  limit: z.number().int().min(1).max(MAX_MATCH_LIMIT).default(DEFAULT_MATCH_LIMIT),
})
const listQuery = z.object({ subject: z.string().optional().meta({ description: "The subject's key or client id." }), ...page })

export function registerScreenings(app: FastifyInstance, { live, store, config }: AppDeps): void {
  app.post(
    '/v1/screenings',
    {
      schema: openApiSchema({
        summary: 'Screen one subject and record it',
        description: 'Keeps the subject, user, time, data version, algorithm and every result; hits open alerts, unless a whitelisted pair suppresses them.',
        tags,
        body: screeningRequest,
        responses: { 201: recordAnswer, 400: errorResponse, 403: errorResponse, 404: errorResponse, 503: errorResponse },
      }),
    },
    async (request, reply) => {
      const body = parseInput(screeningRequest, request.body ?? {}, 'body')
      checkRequestCharacters([body.subject.properties], config.maxRequestChars)
      const algorithm = getAlgorithm(body.algorithm)
      const threshold = body.threshold ?? algorithm.threshold
      const reviewThreshold = reviewThresholdFor(threshold, body.review_threshold)
      const served = live.serving()
      const scope = checkScope(served.datasets, body.dataset)
      const params = matchQuerystring.parse({ algorithm: algorithm.name, threshold, cutoff: reviewThreshold, limit: body.limit })
      const task: MatchTask = {
        kind: 'match',
        scope,
        params,
        examples: [['subject', { schema: body.subject.schema, properties: body.subject.properties }, body.subject.id ?? null]],
      }
      const [answer] = await live.run([task])
      if (!answer || !('json' in answer)) throw new Error('A data-version worker answered a match without a body.')
      const screened = (JSON.parse(`{${answer.json}}`) as Record<string, MatchAnswer>).subject!
      if (screened.status !== 200) throw new AppError(screened.code as 'bad_input', String(screened.detail).replace(/^Query 'subject': /, ''))
      await recordAnswers(store.records, request.principal, [screened], {
        dataset: body.dataset,
        algorithm: algorithm.name,
        threshold,
        reviewThreshold,
        dataVersion: answer.version,
        source: 'api',
      })
      reply.header('x-vigil-data-version', answer.version)
      const recorded = await getScreening(store.records, screened.screening_id as number)
      return reply.status(201).send({ ...recorded, results: screened.results, total: screened.total, query: screened.query })
    },
  )
  app.get(
    '/v1/screenings',
    { schema: openApiSchema({ summary: 'Recorded screenings, newest first', tags, querystring: listQuery, responses: { 200: recordAnswer } }) },
    async (request) => listScreenings(store.records, parseInput(listQuery, request.query, 'query string')),
  )
  app.get(
    '/v1/screenings/:id',
    {
      schema: openApiSchema({
        summary: 'One recorded screening with every result',
        tags,
        params: idParams,
        responses: { 200: recordAnswer, 404: errorResponse },
      }),
    },
    async (request) => getScreening(store.records, parseInput(idParams, request.params, 'path').id, { results: true }),
  )
}
