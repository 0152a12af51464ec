/** The alert queue and the four-eyes decisions on each alert. */
import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import { ALERT_STATUSES, getAlert, listAlerts } from '../../review/alerts.js'
import { assignAlert, DECISIONS, proposeDecision, reviewDecision } from '../../review/decisions.js'
import type { AppDeps } from '../app.js'
import { openApiSchema } from '../openapi.js'
import { parseInput } from '../parse-input.js'
import { errorResponse } from '../schemas/common.js'
import { idParams, page, recordAnswer } from '../schemas/records.js'

const tags = ['Alerts']
const listQuery = z.object({
  status: z.enum(ALERT_STATUSES).optional(),
  dataset: z.string().optional(),
  assignee: z.string().optional(),
  q: z.string().optional().meta({ description: "Part of the subject's or the matched entity's names or values." }),
  monitor: z.coerce.number().int().optional(),
  ...page,
})
const decisionRequest = z.object({ decision: z.enum(DECISIONS), reason: z.string().min(1).max(5000) })
const reviewRequest = z.object({ reason: z.string().max(5000).optional() })
const assignRequest = z.object({ assignee: z.string().nullable() })
const conflicts = { 200: recordAnswer, 400: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse }

export function registerAlerts(app: FastifyInstance, { store }: AppDeps): void {
  const records = store.records
  app.get(
    '/v1/alerts',
    { schema: openApiSchema({ summary: 'Alerts, newest first, filtered', tags, querystring: listQuery, responses: { 200: recordAnswer } }) },
    async (request) => listAlerts(records, parseInput(listQuery, request.query, 'query string')),
  )
  app.get(
    '/v1/alerts/:id',
    {
      schema: openApiSchema({
        summary: 'One alert: subject, matched entity with its derived risk and paths, explanation, decisions, history',
        tags,
        params: idParams,
        responses: { 200: recordAnswer, 404: errorResponse },
      }),
    },
    async (request) => getAlert(records, parseInput(idParams, request.params, 'path').id),
  )
  app.post(
    '/v1/alerts/:id/decisions',
    {
      schema: openApiSchema({
        summary: 'Propose a decision (true_match and false_positive wait for a second person)',
        tags,
        params: idParams,
        body: decisionRequest,
        responses: conflicts,
      }),
    },
    async (request) => {
      const { id } = parseInput(idParams, request.params, 'path')
      return proposeDecision(records, request.principal, id, parseInput(decisionRequest, request.body ?? {}, 'body'))
    },
  )
  for (const [verb, approve] of [
    ['approve', true],
    ['reject', false],
  ] as const) {
    app.post(
      `/v1/alerts/:id/${verb}`,
      {
        schema: openApiSchema({
          summary: approve
            ? 'Approve the pending decision (closes the alert; a false positive whitelists the pair)'
            : 'Reject the pending decision (the alert opens again)',
          description: 'By a reviewer who did not propose it (four-eyes): 409 otherwise.',
          tags,
          params: idParams,
          body: reviewRequest,
          responses: conflicts,
        }),
      },
      async (request) => {
        const { id } = parseInput(idParams, request.params, 'path')
        const { reason } = parseInput(reviewRequest, request.body ?? {}, 'body')
        return reviewDecision(records, request.principal, id, { approve, reason })
      },
    )
  }
  app.post(
    '/v1/alerts/:id/assign',
    { schema: openApiSchema({ summary: 'Assign the alert to a user (null: unassign)', tags, params: idParams, body: assignRequest, responses: conflicts }) },
    async (request) => {
      const { id } = parseInput(idParams, request.params, 'path')
      return assignAlert(records, request.principal, id, parseInput(assignRequest, request.body ?? {}, 'body').assignee)
    },
  )
}
