/** Webhook subscriptions (admin) and their deliveries (visible to reviewers and auditors). */
import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import { EVENTS } from '../../review/events.js'
import { createWebhook, disableWebhook, listDeliveries, listWebhooks } from '../../review/webhooks.js'
import type { AppDeps } from '../app.js'
import { openApiSchema } from '../openapi.js'
import { parseInput } from '../parse-input.js'
import { errorResponse } from '../schemas/common.js'
import { idParams, page, recordAnswer } from '../schemas/records.js'

const tags = ['Webhooks']
const newWebhook = z.object({
  url: z.string().meta({ description: 'http or https' }),
  events: z.array(z.string()).meta({ description: `Of: ${EVENTS.join(', ')}` }),
  secret: z.string().meta({ description: 'Signs each delivery: X-Vigil-Signature: sha256=HMAC-SHA256(secret, body), hex. 16 characters or more.' }),
})
const deliveriesQuery = z.object({ status: z.enum(['pending', 'delivered', 'failed']).optional(), ...page })

export function registerWebhooks(app: FastifyInstance, { store }: AppDeps): void {
  const records = store.records
  app.post(
    '/v1/webhooks',
    { schema: openApiSchema({ summary: 'Subscribe a URL to events', tags, body: newWebhook, responses: { 201: recordAnswer, 400: errorResponse } }) },
    async (request, reply) => reply.status(201).send(await createWebhook(records, request.principal, parseInput(newWebhook, request.body ?? {}, 'body'))),
  )
  app.get(
    '/v1/webhooks',
    { schema: openApiSchema({ summary: 'Webhook subscriptions (without their secrets)', tags, responses: { 200: recordAnswer } }) },
    async () => listWebhooks(records),
  )
  app.delete(
    '/v1/webhooks/:id',
    {
      schema: openApiSchema({
        summary: 'Disable a webhook; its pending deliveries stop',
        tags,
        params: idParams,
        responses: { 200: recordAnswer, 404: errorResponse, 409: errorResponse },
      }),
    },
    async (request) => disableWebhook(records, request.principal, parseInput(idParams, request.params, 'path').id),
  )
  app.get(
    '/v1/webhooks/:id/deliveries',
    {
      schema: openApiSchema({
        summary: 'Deliveries of a webhook, newest first: status, attempts, last HTTP status and error',
        tags,
        params: idParams,
        querystring: deliveriesQuery,
        responses: { 200: recordAnswer, 404: errorResponse },
      }),
    },
    async (request) => listDeliveries(records, parseInput(idParams, request.params, 'path').id, parseInput(deliveriesQuery, request.query, 'query string')),
  )
}
