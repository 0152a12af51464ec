/** Liveness and readiness, for load balancers and orchestrators. */
import type { FastifyInstance } from 'fastify'
import type { AppDeps } from '../app.js'

export function registerHealth(app: FastifyInstance, { store }: AppDeps): void {
  app.get('/healthz', async () => ({ status: 'ok' }))
  // Ready once at least one dataset is live: an empty store answers every screening with "no match".
  app.get('/readyz', async (_request, reply) => {
    const datasets = await store.listDatasets()
    if (datasets.length === 0) return reply.status(503).send({ status: 'not_ready', detail: 'No dataset imported yet.' })
    return { status: 'ok', datasets: datasets.length }
  })
}
