/** The whitelist (cleared pairs) and the audit log, for reviewers, admins and auditors. */
import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import { listAudit } from '../../review/audit-log.js'
import { listWhitelist, removeFromWhitelist } from '../../review/whitelist.js'
import type { AppDeps } from '../app.js'
import { openApiSchema } from '../openapi.js'
import { parseInput } from '../parse-input.js'
import { errorResponse } from '../schemas/common.js'
import { idParams, recordAnswer } from '../schemas/records.js'

const whitelistQuery = z.object({ include_removed: z.enum(['true', 'false']).optional() })
const removal = z.object({ reason: z.string().max(5000).optional() })
const auditQuery = z.object({
  from: z.string().optional(),
  to: z.string().optional(),
  actor: z.string().optional(),
  action: z.string().optional(),
  target: z.string().optional(),
  after: z.coerce.number().int().min(0).optional().meta({ description: 'Records after this sequence number: the `next` of the previous page.' }),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
})

export function registerWhitelistAndAudit(app: FastifyInstance, { store }: AppDeps): void {
  const records = store.records
  app.get(
    '/v1/whitelist',
    {
      schema: openApiSchema({
        summary: 'Pairs cleared by approved false positives',
        tags: ['Whitelist'],
        querystring: whitelistQuery,
        responses: { 200: recordAnswer },
      }),
    },
    async (request) => ({
      entries: await listWhitelist(records, { includeRemoved: parseInput(whitelistQuery, request.query, 'query string').include_removed === 'true' }),
    }),
  )
  app.delete(
    '/v1/whitelist/:id',
    {
      schema: openApiSchema({
        summary: 'Stop a whitelist entry from suppressing (admin)',
        tags: ['Whitelist'],
        params: idParams,
        body: removal,
        responses: { 200: recordAnswer, 404: errorResponse, 409: errorResponse },
      }),
    },
    async (request) =>
      removeFromWhitelist(records, request.principal, parseInput(idParams, request.params, 'path').id, parseInput(removal, request.body ?? {}, 'body').reason),
  )
  app.get(
    '/v1/audit',
    {
      schema: openApiSchema({
        summary: 'The audit log, oldest first, paged by sequence number',
        tags: ['Audit'],
        querystring: auditQuery,
        responses: { 200: recordAnswer, 400: errorResponse },
      }),
    },
    async (request) => listAudit(records, parseInput(auditQuery, request.query, 'query string')),
  )
}
