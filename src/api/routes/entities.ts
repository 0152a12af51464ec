/** GET /entities/{id}: one entity, merged across datasets, with its neighbours nested and the provenance of every value. */
import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import type { AppDeps } from '../app.js'
import { openApiSchema } from '../openapi.js'
import { parseInput } from '../parse-input.js'
import { entityResponse, errorResponse } from '../schemas/common.js'
import { sendAnswer } from '../send-json.js'

const params = z.object({ id: z.string().min(1).max(200) })
const querystring = z.object({
  nested: z.enum(['true', 'false']).default('true').meta({ description: 'Nest adjacent entities (sanctions, addresses, owners) in the properties.' }),
})
const provenanceRecord = z.object({
  entity_id: z.string(),
  prop: z.string(),
  value: z.string(),
  dataset: z.string(),
  version: z.string(),
  source: z.record(z.string(), z.unknown()),
  first_seen: z.string(),
  last_seen: z.string(),
})
const response = entityResponse.extend({
  provenance: z.array(provenanceRecord).meta({ description: 'Where each value comes from: dataset, version, file and record.' }),
})

function queryOf(url: string): string {
  const at = url.indexOf('?')
  return at >= 0 ? url.slice(at) : ''
}

export function registerEntities(app: FastifyInstance, { live }: AppDeps): void {
  const schema = openApiSchema({
    summary: 'Fetch an entity',
    tags: ['Data access'],
    params,
    querystring,
    description: 'The entity in full, merged across datasets. An id merged into another answers with a 308 redirect to the canonical id.',
    responses: { 200: response, 404: errorResponse, 503: errorResponse },
  })
  app.get('/entities/:id', { schema }, async (request, reply) => {
    const { id } = parseInput(params, request.params, 'path')
    const { nested } = parseInput(querystring, request.query, 'query string')
    const [answer] = await live.run([{ kind: 'entity', id, nested: nested === 'true' }])
    if (answer && 'redirect' in answer) {
      reply.header('x-vigil-data-version', answer.version)
      return reply.redirect(`/entities/${encodeURIComponent(answer.redirect)}${queryOf(request.url)}`, 308)
    }
    return sendAnswer(reply, answer)
  })
}
