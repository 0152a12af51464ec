/**
 * The Data page's routes on real lists: the fixture's OFAC 2024 sdn.csv, then the 2021 OFAC set
 * imported as a second version; the versions, the diff between them (checked against the store's
 * entities), and a rollback through the API (audited, served after the rebuild).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { changedProps } from '../src/store/version-diff.js'
import type { EntityWithProvenance, Store } from '../src/store/store.js'
import { openApiFixture, type ApiFixture } from './support/api-app.js'
import { bearer, userWithKey } from './support/auth.js'
import { sharedData } from './support/shared-data.js'

interface VersionView {
  version: string
  status: string
  format: string
  source_path: string
  entities: number
  statements: number
}

const DATASET = 'us_ofac_sdn'

/** Added, removed and changed ids between two versions, straight from the store's entities. */
async function storeDiff(store: Store, from: string, to: string) {
  const byId = async (version: string) => {
    const map = new Map<string, EntityWithProvenance['entity']>()
    for await (const { entity } of store.iterateVersionEntities(DATASET, version)) map.set(entity.id, entity)
    return map
  }
  const [older, newer] = [await byId(from), await byId(to)]
  const added = [...newer.keys()].filter((id) => !older.has(id))
  const removed = [...older.keys()].filter((id) => !newer.has(id))
  const changed = [...newer].filter(([id, e]) => older.has(id) && changedProps(older.get(id)!, e).length > 0).map(([id]) => id)
  return { added, removed, changed }
}

describe('GET /v1/datasets/:dataset/versions, /diff and POST /rollback', () => {
  let f: ApiFixture
  let v2024: string
  let v2021: string

  beforeAll(async () => {
    f = await openApiFixture('cers+ofac')
    v2024 = (await f.store.store.listVersions(DATASET))[0]!.version
    // The 2021 files hold fewer entities than the 2024 one: the shrink gate would refuse them.
    await f.store.importFile('ofac-csv', sharedData('ofac-sdn/2021-07-07'), undefined, { allowShrink: true })
    v2021 = (await f.store.store.listVersions(DATASET))[0]!.version
    await f.live.refresh()
  }, 240_000)
  afterAll(async () => f?.close())

  it('lists the kept versions newest first, with the live one', async () => {
    const res = await f.app.inject(`/v1/datasets/${DATASET}/versions`)
    expect(res.statusCode, res.body).toBe(200)
    const body = res.json() as { dataset: string; live: string; versions: VersionView[] }
    expect(body.dataset).toBe(DATASET)
    expect(body.live).toBe(v2021)
    expect(body.versions.map((v) => [v.version, v.status])).toEqual([
      [v2021, 'live'],
      [v2024, 'retired'],
    ])
    const [newest] = body.versions
    expect(newest).toMatchObject({ format: 'ofac-csv', source_url: null, imported_at: expect.any(String), warnings: expect.any(Number) })
    expect(newest!.source_path).toContain('2021-07-07')
    expect(newest!.entities).toBeGreaterThan(5000)
    expect(newest!.statements).toBeGreaterThan(newest!.entities)
  })

  it('names the closest dataset for an unknown one', async () => {
    const res = await f.app.inject('/v1/datasets/us_ofac_sdm/versions')
    expect(res.statusCode).toBe(404)
    expect(res.json()).toMatchObject({ code: 'unknown_dataset' })
    expect(res.json().detail).toContain("Did you mean 'us_ofac_sdn'?")
  })

  it('diffs the version before the live one against the live one, as the store holds them', async () => {
    const res = await f.app.inject(`/v1/datasets/${DATASET}/diff?limit=500`)
    expect(res.statusCode, res.body).toBe(200)
    const body = res.json()
    expect(body).toMatchObject({ dataset: DATASET, from: v2024, to: v2021 })
    const expected = await storeDiff(f.store.store, v2024, v2021)
    expect(body.counts).toEqual({ added: expected.added.length, removed: expected.removed.length, changed: expected.changed.length })
    expect(body.counts.removed).toBeGreaterThan(500)
    expect(body.removed).toHaveLength(500)
    expect(body.truncated).toBe(true)
    for (const e of body.removed.slice(0, 20)) expect(expected.removed).toContain(e.id)
    expect(body.changed[0]).toMatchObject({ id: expect.any(String), caption: expect.any(String), schema: expect.any(String), properties: expect.any(Array) })
  })

  it('diffs named versions either way round, lists at most `limit`, and refuses a limit over 500', async () => {
    const back = (await f.app.inject(`/v1/datasets/${DATASET}/diff?from=${v2021}&to=${v2024}&limit=5`)).json()
    const forth = (await f.app.inject(`/v1/datasets/${DATASET}/diff?limit=5`)).json()
    expect(back.counts).toEqual({ added: forth.counts.removed, removed: forth.counts.added, changed: forth.counts.changed })
    expect(back.added).toHaveLength(5)
    expect((await f.app.inject(`/v1/datasets/${DATASET}/diff?limit=501`)).statusCode).toBe(400)
  })

  it('answers 404 naming the kept versions for an unknown version, 409 for a dataset with one version', async () => {
    const res = await f.app.inject(`/v1/datasets/${DATASET}/diff?from=20990101000000-9`)
    expect(res.statusCode).toBe(404)
    expect(res.json().detail).toContain(`Kept versions, newest first: ${v2021} (live`)
    const single = await f.app.inject('/v1/datasets/cers/diff')
    expect(single.statusCode, single.body).toBe(409)
    expect(single.json().detail).toMatch(/only one kept version/)
    const noRollback = await f.app.inject({ method: 'POST', url: '/v1/datasets/cers/rollback', payload: {} })
    expect(noRollback.statusCode, noRollback.body).toBe(409)
  })

  it('refuses a rollback to anyone but an admin', async () => {
    for (const role of ['analyst', 'reviewer', 'screener'] as const) {
      const key = await userWithKey(f.store.store, role)
      const res = await f.app.inject({ method: 'POST', url: `/v1/datasets/${DATASET}/rollback`, payload: {}, headers: bearer(key) })
      expect(res.statusCode, role).toBe(403)
    }
    expect((await f.store.store.listVersions(DATASET))[0]!.status).toBe('live')
  })

  it('rolls back to the version before the live one, audits it under the user, and serves it after the rebuild', async () => {
    const res = await f.app.inject({ method: 'POST', url: `/v1/datasets/${DATASET}/rollback`, payload: {} })
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json()).toEqual({ dataset: DATASET, version: v2024, previous: v2021 })
    const versions = await f.store.store.listVersions(DATASET)
    expect(versions.find((v) => v.status === 'live')?.version).toBe(v2024)
    const audit = (await f.app.inject('/v1/audit?action=dataset.rolled_back')).json() as { records: Array<{ actor: string; target: string }> }
    expect(audit.records).toHaveLength(1)
    expect(audit.records[0]).toMatchObject({ actor: expect.stringMatching(/^user:admin-/), target: `dataset:${DATASET}` })
    const served = await f.live.refresh()
    expect(served?.datasets.find((d) => d.dataset === DATASET)?.version).toBe(v2024)
  })

  it('has nothing to roll back to from the oldest version, and says so for the live one', async () => {
    const older = await f.app.inject({ method: 'POST', url: `/v1/datasets/${DATASET}/rollback`, payload: {} })
    expect(older.statusCode, older.body).toBe(409)
    const same = await f.app.inject({ method: 'POST', url: `/v1/datasets/${DATASET}/rollback`, payload: { version: v2024 } })
    expect(same.statusCode, same.body).toBe(409)
    const unknown = await f.app.inject({ method: 'POST', url: `/v1/datasets/${DATASET}/rollback`, payload: { version: '20990101000000-9' } })
    expect(unknown.statusCode).toBe(404)
  })
})
