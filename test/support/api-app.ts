/** An API app over a temporary store holding real lists (cers, OFAC SDN, UN), for the API tests. */
import type { FastifyInstance } from 'fastify'
import { createApp, liveIndexFor } from '../../src/api/app.js'
import type { LiveIndex } from '../../src/api/live-index.js'
import { loadConfig } from '../../src/config.js'
import { createLogger } from '../../src/log.js'
import { sharedData } from './shared-data.js'
import { openTempStore, type TempStore } from './temp-store.js'

export interface ApiFixture {
  app: FastifyInstance
  live: LiveIndex
  store: TempStore
  close(): Promise<void>
}

/** Import the curated network and two official lists, build the index, and make the app. */
export async function openApiFixture(): Promise<ApiFixture> {
  const store = await openTempStore()
  await store.importFile('yaml', 'datasets/cers')
  await store.importFile('ofac-csv', sharedData('ofac-sdn/2024-05-03/sdn.csv'))
  await store.importFile('un-xml', sharedData('un-sc-consolidated/2026-02-27/UN_consolidated.xml'))
  const logger = createLogger('silent')
  // One worker: the tests send one request at a time, and a second would only take CPU to build.
  const config = loadConfig({ home: store.home, workers: 1 })
  const live = liveIndexFor(config, store.store, logger)
  await live.get()
  const app = await createApp({ config, store: store.store, logger, live })
  return {
    app, live, store,
    async close() {
      await app.close()
      await store.cleanup()
    },
  }
}
