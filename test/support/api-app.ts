/** An API app over a copy of the fixture store of real lists (cers, OFAC SDN, UN), for the API tests. */
import type { FastifyInstance } from 'fastify'
import { createApp, liveIndexFor } from '../../src/api/app.js'
import type { LiveIndex } from '../../src/api/live-index.js'
import { loadConfig } from '../../src/config.js'
import { createLogger } from '../../src/log.js'
import { openFixtureStore, type FixtureName } from './fixture-store.js'
import type { TempStore } from './temp-store.js'
import { injectingKey, userWithKey } from './auth.js'

export interface ApiFixture {
  app: FastifyInstance
  live: LiveIndex
  store: TempStore
  /** The admin key every `app.inject` sends; a socket client sends it itself. */
  key: string
  close(): Promise<void>
}

/** The curated network and two official lists (or another fixture), the index built, and the app. */
export async function openApiFixture(fixture: FixtureName = 'cers+ofac+un'): Promise<ApiFixture> {
  const store = await openFixtureStore(fixture)
  const logger = createLogger('silent')
  // One worker: the tests send one request at a time, and a second would only take CPU to build.
  const config = loadConfig({ ...store.storeOptions, workers: 1 })
  const live = liveIndexFor(config, store.store, logger)
  await live.get()
  // The routes under test are not about authentication: every request carries an admin's key.
  const key = await userWithKey(store.store, 'admin')
  const app = injectingKey(await createApp({ config, store: store.store, logger, live }), key)
  return {
    app,
    key,
    live,
    store,
    async close() {
      await app.close()
      await store.cleanup()
    },
  }
}
