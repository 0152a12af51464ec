/** Cases: alerts of one subject worked together. */
import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import { CASE_STATUSES, commentOnCase, createCase, getCase, listCases, updateCase } from '../../review/cases.js'
import type { AppDeps } from '../app.js'
import { openApiSchema } from '../openapi.js'
import { parseInput } from '../parse-input.js'
import { errorResponse } from '../schemas/common.js'
import { idParams, page, recordAnswer } from '../schemas/records.js'

const tags = ['Cases']
const newCase = z.object({ title: z.string().min(1).max(500), alert_ids: z.array(z.number().int()).default([]), assignee: z.string().nullable().optional() })
const change = z
  .object({ status: z.enum(CASE_STATUSES).optional(), assignee: z.string().nullable().optional(), title: z.string().min(1).max(500).optional() })
  .refine((c) => Object.keys(c).length > 0, 'nothing to change: send status, assignee or title')
const comment = z.object({ body: z.string().min(1).max(10_000) })
const listQuery = z.object({ status: z.enum(CASE_STATUSES).optional(), assignee: z.string().optional(), ...page })
const answers = { 200: recordAnswer, 400: errorResponse, 404: errorResponse, 409: errorResponse }

export function registerCases(app: FastifyInstance, { store }: AppDeps): void {
  const records = store.records
  app.get(
    '/v1/cases',
    { schema: openApiSchema({ summary: 'Cases, newest first', tags, querystring: listQuery, responses: { 200: recordAnswer } }) },
    async (request) => listCases(records, parseInput(listQuery, request.query, 'query string')),
  )
  app.post(
    '/v1/cases',
    { schema: openApiSchema({ summary: 'Open a case over alerts of one subject', tags, body: newCase, responses: { ...answers, 201: recordAnswer } }) },
    async (request, reply) => reply.status(201).send(await createCase(records, request.principal, parseInput(newCase, request.body ?? {}, 'body'))),
  )
  app.get(
    '/v1/cases/:id',
    { schema: openApiSchema({ summary: 'One case with its alerts, comments and history', tags, params: idParams, responses: answers }) },
    async (request) => getCase(records, parseInput(idParams, request.params, 'path').id),
  )
  app.patch(
    '/v1/cases/:id',
    { schema: openApiSchema({ summary: 'Change status, assignee or title', tags, params: idParams, body: change, responses: answers }) },
    async (request) => updateCase(records, request.principal, parseInput(idParams, request.params, 'path').id, parseInput(change, request.body ?? {}, 'body')),
  )
  app.post(
    '/v1/cases/:id/comments',
    { schema: openApiSchema({ summary: 'Comment on a case', tags, params: idParams, body: comment, responses: answers }) },
    async (request) =>
      commentOnCase(records, request.principal, parseInput(idParams, request.params, 'path').id, parseInput(comment, request.body ?? {}, 'body').body),
  )
}
