import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fixtureLocation } from './support/fixture-store.js'
import { runCliAsync } from './support/run-cli-async.js'
import { startServe, type ServeProcess } from './support/serve-process.js'
import { sharedData } from './support/shared-data.js'
import type { StoreLocation } from './support/temp-store.js'
import { bearer } from './support/auth.js'

// `vigil serve` as users run it: the real binary, a real socket, a store changed by another process.
describe('vigil serve', () => {
  let store: StoreLocation
  let server: ServeProcess
  let address = ''

  beforeAll(async () => {
    store = await fixtureLocation('cers')
    server = await startServe(store.env)
    address = server.address
  }, 60_000)
  afterAll(async () => {
    await server?.stop()
    await store?.remove()
  })

  /** Poll until `check` holds; the server builds its index in the background. */
  async function eventually<T>(get: () => Promise<T>, check: (value: T) => boolean): Promise<T> {
    for (;;) {
      const value = await get()
      if (check(value)) return value
      await new Promise((r) => setTimeout(r, 200))
    }
  }

  it('binds to localhost and becomes ready once its index is built', async () => {
    expect(address).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    const ready = await eventually(
      () => fetch(`${address}/readyz`),
      (r) => r.status === 200,
    )
    expect(((await ready.json()) as { data_version: string }).data_version).toMatch(/^cers@/)
  })

  it('screens, then serves a newly imported list once the rebuilt index is swapped in', async () => {
    const ask = async () => {
      const res = await fetch(`${address}/match/default`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...bearer(server.key()) },
        body: JSON.stringify({ queries: { q: { schema: 'Person', properties: { name: ['Amro Armanazi'] } } } }),
      })
      return (await res.json()) as { data_version: string; responses: { q: { results: Array<{ id: string; datasets: string[] }> } } }
    }
    const before = await eventually(ask, (b) => b.data_version !== undefined)
    expect(before.responses.q.results[0]?.datasets).toEqual(['cers'])
    expect((await runCliAsync(['import', 'ofac-csv', sharedData('ofac-sdn/2024-05-03/sdn.csv')], store.env)).status).toBe(0)
    const after = await eventually(ask, (b) => b.data_version !== before.data_version)
    expect(after.data_version).toMatch(/us_ofac_sdn@/)
    expect(after.responses.q.results[0]?.id).toBe('cers-amr-armanazi')
    expect(after.responses.q.results[0]?.datasets).toEqual(['cers', 'us_ofac_sdn'])
  }, 120_000)
})
