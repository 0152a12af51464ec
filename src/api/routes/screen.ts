/** POST /screen: a whole shipment (parties, route, goods, payment) to block, review or clear, with reasons. */
import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import { getAlgorithm } from '../../scoring/algorithms.js'
import { asShipment, shipmentSchema } from '../../screening/shipment/shipment-schema.js'
import type { AppDeps } from '../app.js'
import { openApiSchema } from '../openapi.js'
import { parseInput } from '../parse-input.js'
import { checkParties, checkRequestCharacters } from '../request-limits.js'
import { errorResponse } from '../schemas/common.js'
import { sendAnswer } from '../send-json.js'
import { requirePermission } from '../../review/principal.js'
import { recordScreening } from '../../review/record-screening.js'
import { reviewThresholdFor } from '../../review/review-threshold.js'
import type { ScreenedHit } from '../../review/screened-hit.js'

const screenQuerystring = z.object({
  algorithm: z.string().optional(),
  record: z
    .enum(['true', 'false'])
    .optional()
    .meta({ description: 'true: record each party as a screening (its hits open alerts), as POST /v1/screenings does. Needs the record permission.' }),
})
const screenResponse = z
  .object({
    decision: z.enum(['block', 'review', 'clear']),
    reasons: z.array(z.object({ code: z.string(), severity: z.enum(['block', 'review']), detail: z.string() }).loose()),
    parties: z.array(z.object({}).loose()),
    data_version: z.string(),
    algorithm: z.string(),
  })
  .loose()

export function registerScreen(app: FastifyInstance, { live, config, store }: AppDeps): void {
  const schema = openApiSchema({
    summary: 'Screen a shipment',
    description:
      'Screen every party by name (with its derived ownership and control risk), the route against embargoes and diversion hubs, the goods against control-list headings and HS codes, and the BIS "Know Your Customer" red flags the data shows. Never clears a shipment with too little information.',
    tags: ['Screening'],
    querystring: screenQuerystring,
    body: shipmentSchema,
    responses: { 200: screenResponse, 400: errorResponse, 413: errorResponse, 500: errorResponse, 503: errorResponse },
  })
  app.post('/screen', { schema }, async (request, reply) => {
    const params = parseInput(screenQuerystring, request.query, 'query string')
    const recording = params.record === 'true'
    if (recording) requirePermission(request.principal, 'record', 'Recording a shipment screening (record=true)')
    const shipment = asShipment(parseInput(shipmentSchema, request.body ?? {}, 'body'))
    checkParties(shipment.parties.length, config.maxParties)
    checkRequestCharacters(
      shipment.parties.map((p) => p.properties),
      config.maxRequestChars,
    )
    const algorithm = getAlgorithm(params.algorithm)
    const [answer] = await live.run([{ kind: 'screen', shipment, algorithm: algorithm.name }])
    if (!recording || !answer || !('json' in answer)) return sendAnswer(reply, answer)
    const decision = JSON.parse(answer.json) as {
      decision: string
      parties: Array<{ index: number; role: string; matches: ScreenedHit[]; screening_id?: number }>
    }
    for (const party of decision.parties) {
      const input = shipment.parties[party.index]!
      const recorded = await recordScreening(store.records, request.principal, {
        subject: { schema: input.schema, properties: input.properties as Record<string, unknown[]> },
        results: party.matches,
        dataset: 'default',
        algorithm: algorithm.name,
        threshold: algorithm.threshold,
        reviewThreshold: reviewThresholdFor(algorithm.threshold),
        dataVersion: answer.version,
        source: 'shipment',
        context: { role: party.role, party: party.index, decision: decision.decision },
      })
      party.screening_id = recorded.id
    }
    reply.header('x-vigil-data-version', answer.version)
    return decision
  })
}
