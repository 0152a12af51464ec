/**
 * The HTTP API (Fastify): yente-compatible matching, search, entities, catalog and algorithms, over
 * a screening index kept in step with the store, with its OpenAPI document and docs page.
 */
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify'
import type { Config } from '../config.js'
import type { Logger } from '../log.js'
import type { Store } from '../store/store.js'
import type { ManifestDataset } from '../update/manifest.js'
import { registerDocs } from './docs.js'
import { handleError } from './handle-error.js'
import { LiveIndex } from './live-index.js'
import { registerAlgorithms } from './routes/algorithms.js'
import { registerCatalog } from './routes/catalog.js'
import { registerEntities } from './routes/entities.js'
import { registerHealth } from './routes/health.js'
import { registerMatch } from './routes/match.js'
import { registerScreen } from './routes/screen.js'
import { registerSearch } from './routes/search.js'

export interface AppDeps {
  config: Config
  store: Store
  logger: Logger
  /** The source manifest, read at start (the catalog's titles); the default manifest when not given. */
  manifest?: ManifestDataset[]
  /** The screening index; `createApp` makes one over the store when none is given. */
  live: LiveIndex
}

export const API_VERSION = '0.1.0'

export async function createApp(options: Omit<AppDeps, 'live'> & { live?: LiveIndex }): Promise<FastifyInstance> {
  const deps: AppDeps = { ...options, live: options.live ?? new LiveIndex(options.store, options.logger) }
  const app: FastifyInstance = Fastify({ loggerInstance: deps.logger as FastifyBaseLogger })
  // zod checks input in each route (its messages name the field); route schemas only document.
  app.setValidatorCompiler(() => () => true)
  app.setSerializerCompiler(() => (data) => JSON.stringify(data))
  acceptBodiesWithoutContentType(app)
  app.setErrorHandler(handleError)
  await registerDocs(app, API_VERSION)
  registerHealth(app, deps)
  registerCatalog(app, deps)
  registerAlgorithms(app, deps)
  registerEntities(app, deps)
  registerSearch(app, deps)
  registerMatch(app, deps)
  registerScreen(app, deps)
  return app
}

// yente accepts a JSON body sent without a Content-Type header; some clients rely on it.
function acceptBodiesWithoutContentType(app: FastifyInstance): void {
  app.addHook('onRequest', async (request) => {
    if (request.method === 'POST' && !request.headers['content-type']) request.headers['content-type'] = 'application/json'
  })
}
