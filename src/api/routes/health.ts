/** Liveness and readiness, for load balancers and orchestrators; neither waits for anything. */
import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import type { AppDeps } from '../app.js'
import { RETRY_AFTER_S } from '../handle-error.js'
import { openApiSchema } from '../openapi.js'
import { statusResponse } from '../schemas/common.js'
import { staleDetails, staleDetailsSchema } from '../stale-details.js'

const readyResponse = statusResponse.extend({
  data_version: z.string().optional(),
  detail: z.string().optional(),
  workers: z.number().int().optional().meta({ description: 'Worker threads serving the data version.' }),
  in_progress: z.number().int().optional().meta({ description: 'Requests queued or running now.' }),
  // Ready with old lists is still ready (a 503 would take the only screening service out of a
  // load balancer); the body says which lists are stale.
  stale: staleDetailsSchema.stale.optional(),
  warning: staleDetailsSchema.warning,
})

export function registerHealth(app: FastifyInstance, { store, live, config: { staleDays } }: AppDeps): void {
  const tags = ['System information']
  // Health answers even while the server sheds load: a probe must tell "busy" from "dead".
  const config = { pressureHandler: () => undefined }
  app.get('/healthz', { config, schema: openApiSchema({ summary: 'Health check', tags, responses: { 200: statusResponse } }) }, async () => ({ status: 'ok' }))

  // Ready once a dataset is live and the screening index over it is built: an empty store
  // answers every screening with "no match", and the first build takes seconds.
  app.get(
    '/readyz',
    { config, schema: openApiSchema({ summary: 'Readiness check', tags, responses: { 200: readyResponse, 503: readyResponse } }) },
    async (_request, reply) => {
      const served = live.built
      if (served)
        return { status: 'ok', data_version: served.version, workers: live.workers, in_progress: live.inProgress, ...staleDetails(served.datasets, staleDays) }
      reply.header('retry-after', String(RETRY_AFTER_S))
      const datasets = await store.listDatasets()
      if (datasets.length === 0)
        return reply.status(503).send({ status: 'not_ready', detail: 'No dataset imported yet. Run `vigil import FORMAT FILE` or `vigil update`.' })
      live.warm()
      const detail = live.error ? `Building the screening index failed: ${live.error}` : 'Building the screening index.'
      return reply.status(503).send({ status: 'not_ready', detail })
    },
  )
}
