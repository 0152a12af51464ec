/**
 * The HTTP API (Fastify): yente-compatible matching, search, entities, catalog and algorithms, over
 * a data version held in worker threads, with its OpenAPI document and docs page. The request
 * thread only routes: it checks input, queues work, and sends back what the workers wrote.
 */
import helmet from '@fastify/helmet'
import underPressure from '@fastify/under-pressure'
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify'
import type { Config } from '../config.js'
import type { Logger } from '../log.js'
import type { Store } from '../store/store.js'
import type { ManifestDataset } from '../update/manifest.js'
import { registerDocs } from './docs.js'
import { handleError, RETRY_AFTER_S } from './handle-error.js'
import { checkHost } from './host-check.js'
import { LiveIndex } from './live-index.js'
import { registerAlgorithms } from './routes/algorithms.js'
import { registerCatalog } from './routes/catalog.js'
import { registerEntities } from './routes/entities.js'
import { registerHealth } from './routes/health.js'
import { registerMatch } from './routes/match.js'
import { registerScreen } from './routes/screen.js'
import { registerSearch } from './routes/search.js'
import { storeOptionsOf } from '../store/open-store.js'
import { Authenticator } from '../review/authenticate.js'
import { registerAuth } from './auth.js'
import { registerAuthRoutes } from './routes/auth.js'
import { registerUsers } from './routes/users.js'
import { registerScreenings } from './routes/screenings.js'
import { registerAlerts } from './routes/alerts.js'
import { registerCases } from './routes/cases.js'
import { registerWhitelistAndAudit } from './routes/whitelist-audit.js'
import { registerMonitors } from './routes/monitors.js'
import { registerWebhooks } from './routes/webhooks.js'
import { registerDatasets } from './routes/datasets.js'
import { registerBatches } from './routes/batches.js'
import { MonitorRunner } from './monitor-runner.js'
import { WebhookSender, type SenderOptions } from '../review/webhook-sender.js'
import { registerWebApp } from './web-app.js'

export interface AppDeps {
  config: Config
  store: Store
  logger: Logger
  /** The source manifest, read at start (the catalog's titles); the default manifest when not given. */
  manifest?: ManifestDataset[]
  /** The served data version; `createApp` makes one over the store when none is given. */
  live: LiveIndex
  /** Who a request is from; `createApp` makes one over the store's records when none is given. */
  auth?: Authenticator
  /** How webhook deliveries are sent and retried (tests shorten the waits). */
  webhooks?: SenderOptions
}

declare module 'fastify' {
  interface FastifyInstance {
    monitors: MonitorRunner
    webhookSender: WebhookSender
  }
}

export const API_VERSION = '0.1.0'

/** A LiveIndex over the store, with the limits of the config. */
export function liveIndexFor(config: Config, store: Store, logger: Logger): LiveIndex {
  return new LiveIndex({
    store,
    logger,
    storeOptions: storeOptionsOf(config),
    workers: config.workers,
    maxQueue: config.maxQueue,
    requestTimeoutMs: config.requestTimeoutMs,
  })
}

export async function createApp(options: Omit<AppDeps, 'live'> & { live?: LiveIndex }): Promise<FastifyInstance> {
  const { config, store, logger } = options
  const deps: AppDeps = { ...options, live: options.live ?? liveIndexFor(config, store, logger), auth: options.auth ?? new Authenticator(store.records) }
  const app: FastifyInstance = Fastify({
    loggerInstance: logger as FastifyBaseLogger,
    bodyLimit: config.bodyLimit,
    // Slow clients cannot hold a connection open forever; screening answers well within this.
    requestTimeout: config.requestTimeoutMs + 10_000,
    connectionTimeout: config.requestTimeoutMs + 10_000,
  })
  // zod checks input in each route (its messages name the field); route schemas only document.
  app.setValidatorCompiler(() => () => true)
  app.setSerializerCompiler(() => (data) => JSON.stringify(data))
  app.setErrorHandler(handleError)
  // Bodies are JSON only (415 otherwise, and without a content-type): text/plain is a type any web
  // page may POST to a local server without a CORS preflight.
  app.removeContentTypeParser('text/plain')
  app.addHook('onRequest', checkHost(config))
  // Vigil speaks plain HTTP (TLS belongs to a proxy in front): no HSTS, no upgrade of requests to https.
  await app.register(helmet, { contentSecurityPolicy: { directives: CSP }, strictTransportSecurity: false })
  await app.register(underPressure, {
    // The request thread only routes; if its event loop still lags this long, something blocks it,
    // and new work is refused (503 with Retry-After) rather than queued behind the stall. 0: off.
    maxEventLoopDelay: config.maxEventLoopDelayMs,
    retryAfter: RETRY_AFTER_S,
    message: `The server is overloaded; retry in ${RETRY_AFTER_S} s.`,
  })
  await registerDocs(app, API_VERSION)
  // Before authentication: the app's shell and assets hold no data, and the sign-in page is in them.
  await registerWebApp(app, config.webDir)
  await registerAuth(app, deps.auth!)
  await registerAuthRoutes(app, deps)
  registerUsers(app, deps)
  registerHealth(app, deps)
  registerCatalog(app, deps)
  registerAlgorithms(app, deps)
  registerEntities(app, deps)
  registerSearch(app, deps)
  registerMatch(app, deps)
  registerScreen(app, deps)
  registerScreenings(app, deps)
  registerAlerts(app, deps)
  registerCases(app, deps)
  registerWhitelistAndAudit(app, deps)
  registerMonitors(app, deps)
  registerWebhooks(app, deps)
  registerDatasets(app, deps)
  await registerBatches(app, deps)
  // Monitoring re-screens after each swap; deliveries leave the outbox in the background.
  const monitors = new MonitorRunner(store, deps.live, logger)
  monitors.attach()
  const sender = new WebhookSender(store.records, logger, options.webhooks)
  sender.start()
  app.decorate('monitors', monitors)
  app.decorate('webhookSender', sender)
  app.addHook('onClose', async () => {
    await sender.stop()
    await monitors.idle()
  })
  app.addHook('onClose', async () => deps.live.close())
  return app
}

// The docs page loads its scripts and styles from this server; Swagger UI draws icons as data: URLs.
const CSP = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  frameAncestors: ["'none'"],
  upgradeInsecureRequests: null,
}
