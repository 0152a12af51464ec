/** The HTTP API (Fastify). This is the core of it: health, the catalog and entities with provenance. */
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify'
import type { Config } from '../config.js'
import { AppError, HTTP_STATUS } from '../errors.js'
import type { Logger } from '../log.js'
import type { Store } from '../store/store.js'
import { registerCatalog } from './routes/catalog.js'
import { registerEntities } from './routes/entities.js'
import { registerHealth } from './routes/health.js'

export interface AppDeps {
  config: Config
  store: Store
  logger: Logger
}

export async function createApp(deps: AppDeps): Promise<FastifyInstance> {
  const app: FastifyInstance = Fastify({ loggerInstance: deps.logger as FastifyBaseLogger })
  app.setErrorHandler((error, request, reply) => {
    if (error instanceof AppError) {
      return reply.status(HTTP_STATUS[error.code]).send({ status: HTTP_STATUS[error.code], code: error.code, detail: error.message })
    }
    const status = (error as { statusCode?: number }).statusCode
    if (status && status < 500) return reply.status(status).send({ status, code: 'bad_input', detail: (error as Error).message })
    request.log.error({ err: error }, 'unhandled error')
    return reply.status(500).send({ status: 500, code: 'internal', detail: 'Internal error; it has been logged.' })
  })
  registerHealth(app, deps)
  registerCatalog(app, deps)
  registerEntities(app, deps)
  return app
}
