/**
 * The store suite: every behaviour of the Store interface, run against SQLite and a real PostgreSQL
 * database in the same run (as Hono runs one router suite against every router).
 */
import { spawn } from 'node:child_process'
import type { Kysely } from 'kysely'
import { afterEach, describe, expect, it } from 'vitest'
import { CLI, runCli } from '../../test/support/run-cli.js'
import { sharedData } from '../../test/support/shared-data.js'
import { STORE_BACKENDS, type StoreBackend } from '../../test/support/store-backends.js'
import type { StoreLocation } from '../../test/support/store-location.js'
import { AppError } from '../errors.js'
import { REFERENT_PROP, type Statement } from '../model/statement.js'
import { up as createFirstTables } from './migrations/0001-statements.js'
import { columnTypes } from './migrations/column-types.js'
import { openStore } from './open-store.js'
import { toRow } from './rows.js'
import type { Store, VersionInfo } from './store.js'
import type { Tables } from './tables.js'

const statement = (entityId: string, prop: string, value: string, more: Partial<Statement> = {}): Statement => ({
  entityId,
  schema: 'Person',
  prop,
  propType: prop === 'birthDate' ? 'date' : 'name',
  value,
  source: { file: 'test.csv', locator: 'line 1' },
  ...more,
})

async function importVersion(store: Store, values: Statement[], dataset = 'people'): Promise<VersionInfo> {
  return store.importVersion({ dataset, format: 'test', sourcePath: 'test.csv' }, async (writer) => {
    await writer.write(values)
    return { entities: new Set(values.map((v) => v.entityId)).size, statements: values.length, warnings: [], warningCount: 0 }
  })
}

async function entitiesOf(iterable: AsyncIterable<{ entity: { id: string } }>): Promise<string[]> {
  const ids: string[] = []
  for await (const { entity } of iterable) ids.push(entity.id)
  return ids
}

async function until(check: () => boolean | Promise<boolean>, timeoutMs: number): Promise<boolean> {
  for (const end = Date.now() + timeoutMs; Date.now() < end; await new Promise((r) => setTimeout(r, 20))) {
    if (await check()) return true
  }
  return false
}

/** A store as Vigil wrote it before versioned migrations: the first tables, one live version, no migration records. */
async function writeOldStore(db: Kysely<Tables>, backend: StoreBackend): Promise<void> {
  const at = '2025-01-01T00:00:00.000Z'
  try {
    await createFirstTables(db as Kysely<unknown>, columnTypes(backend.name))
    const { id } = await db
      .insertInto('versions')
      .values({
        dataset: 'people',
        label: '20250101000000-1',
        status: 'live',
        format: 'test',
        source_path: 'test.csv',
        source_url: null,
        source_date: null,
        started_at: at,
        finished_at: at,
        entity_count: 1,
        statement_count: 1,
        warning_count: 0,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    await db.insertInto('datasets').values({ name: 'people', live_version: id, updated_at: at }).execute()
    // A store of that time has no ordinal column (migration 0002).
    const { ordinal: _, ...row } = toRow(statement('p1', 'name', 'Amr Armanazi'), id, at, 0)
    await db.insertInto('statements').values(row).execute()
  } finally {
    await db.destroy()
  }
}

describe.each(STORE_BACKENDS)('the store on $name', (backend: StoreBackend) => {
  const opened: Store[] = []
  const locations: StoreLocation[] = []
  const fresh = async (keepVersions = 3) => {
    const location = await backend.location(keepVersions)
    locations.push(location)
    return location
  }
  const open = async (location: StoreLocation) => {
    const store = await openStore(location.storeOptions)
    opened.push(store)
    return store
  }
  const freshStore = async (keepVersions = 3) => open(await fresh(keepVersions))
  afterEach(async () => {
    for (const store of opened.splice(0)) await store.close()
    for (const location of locations.splice(0)) await location.remove()
  })

  it('has no datasets when empty: nothing listed, nothing iterated, no entity', async () => {
    const store = await freshStore()
    expect(await store.listDatasets()).toEqual([])
    expect(await store.listVersions('people')).toEqual([])
    expect(await entitiesOf(store.iterateEntities('people'))).toEqual([])
    expect(await store.getEntity('p1')).toBeUndefined()
  })

  it('keeps the newest versions and prunes the rest', async () => {
    const store = await freshStore(2)
    const labels = []
    for (let i = 0; i < 4; i++) labels.push((await importVersion(store, [statement(`p${i}`, 'name', `Person ${i}`)])).version)
    const kept = await store.listVersions('people')
    expect(kept.map((v) => v.version)).toEqual([labels[3], labels[2]])
    expect(kept.map((v) => v.status)).toEqual(['live', 'retired'])
    expect(await store.getEntity('p3')).toBeDefined()
    expect(await store.getEntity('p1')).toBeUndefined()
    expect(await entitiesOf(store.iterateVersionEntities('people', labels[2]!))).toEqual(['p2'])
    await expect(entitiesOf(store.iterateVersionEntities('people', labels[1]!))).rejects.toThrow(AppError)
  })

  it('carries first_seen over for values seen in the previous version', async () => {
    const store = await freshStore()
    await importVersion(store, [statement('p1', 'name', 'Amr Armanazi')])
    const first = (await store.getEntity('p1'))!.statements[0]!
    await new Promise((r) => setTimeout(r, 5))
    await importVersion(store, [statement('p1', 'name', 'Amr Armanazi'), statement('p1', 'birthDate', '1944-02-07')])
    const again = (await store.getEntity('p1'))!
    const name = again.statements.find((s) => s.prop === 'name')!
    const birth = again.statements.find((s) => s.prop === 'birthDate')!
    expect(name.firstSeen).toBe(first.firstSeen)
    expect(name.lastSeen > first.lastSeen).toBe(true)
    expect(birth.firstSeen).toBe(birth.lastSeen)
    expect(birth.firstSeen > first.firstSeen).toBe(true)
  })

  it('gives every value its dataset, version and source', async () => {
    const store = await freshStore()
    const version = await importVersion(store, [
      statement('p1', 'name', 'Amr Armanazi', { source: { file: 'sdn.csv', locator: 'line 944, ent_num 15488' } }),
      statement('p1', 'nationality', 'sy', { propType: 'country', originalValue: 'Syria', source: { file: 'sdn.csv', locator: 'line 944' } }),
      statement('p1', 'name', 'عمرو أرمنازي', { lang: 'ara', source: { section: 'Leadership' } }),
    ])
    const { entity, statements } = (await store.getEntity('p1'))!
    expect(entity.properties.name?.sort()).toEqual(['Amr Armanazi', 'عمرو أرمنازي'])
    expect(statements.every((s) => s.dataset === 'people' && s.version === version.version)).toBe(true)
    expect(statements.find((s) => s.prop === 'nationality')).toMatchObject({
      value: 'sy',
      originalValue: 'Syria',
      source: { file: 'sdn.csv', locator: 'line 944' },
    })
    expect(statements.find((s) => s.lang === 'ara')?.source).toEqual({ section: 'Leadership' })
  })

  it('merges entities of two datasets that refer to each other, under the curated id', async () => {
    const store = await freshStore()
    await importVersion(store, [statement('ofac-1', 'name', 'ARMANAZI, Amr'), statement('ofac-2', 'name', 'Someone Else')], 'list')
    await importVersion(
      store,
      [statement('cers-amr', 'name', 'Amr Armanazi'), statement('cers-amr', REFERENT_PROP, 'ofac-1', { propType: 'entity' })],
      'curated',
    )
    for (const id of ['ofac-1', 'cers-amr']) {
      const merged = (await store.getEntity(id))!.entity
      expect(merged.id, id).toBe('cers-amr')
      expect(merged.datasets.sort()).toEqual(['curated', 'list'])
      expect(merged.referents).toContain('ofac-1')
      expect(merged.properties.name?.sort()).toEqual(['ARMANAZI, Amr', 'Amr Armanazi'])
    }
    expect((await store.getEntity('ofac-2'))!.entity.datasets).toEqual(['list'])
    expect((await store.listDatasets()).map((d) => d.dataset)).toEqual(['curated', 'list'])
  })

  it('makes a kept version live again, and back, retiring rather than deleting', async () => {
    const store = await freshStore()
    const v1 = await importVersion(store, [statement('p1', 'name', 'First')])
    const v2 = await importVersion(store, [statement('p1', 'name', 'Second')])
    expect((await store.activateVersion('people', v1.version)).status).toBe('live')
    expect((await store.listDatasets()).map((d) => d.version)).toEqual([v1.version])
    expect((await store.listVersions('people')).map((v) => [v.version, v.status])).toEqual([
      [v2.version, 'retired'],
      [v1.version, 'live'],
    ])
    expect((await store.getEntity('p1'))!.entity.properties.name).toEqual(['First'])
    await store.activateVersion('people', v2.version)
    expect((await store.getEntity('p1'))!.entity.properties.name).toEqual(['Second'])
    await expect(store.activateVersion('people', '20990101000000-9')).rejects.toThrow(/No version 20990101000000-9 of 'people'/)
  })

  it('leaves the live version untouched when an import fails midway', async () => {
    const store = await freshStore()
    const live = await importVersion(store, [statement('p1', 'name', 'Amr Armanazi')])
    await expect(
      store.importVersion({ dataset: 'people', format: 'test', sourcePath: 'x' }, async (writer) => {
        await writer.write(Array.from({ length: 12_000 }, (_, i) => statement(`q${i}`, 'name', `Q ${i}`)))
        throw new Error('the file broke')
      }),
    ).rejects.toThrow('the file broke')
    expect((await store.listDatasets()).map((d) => d.version)).toEqual([live.version])
    expect(await store.listVersions('people')).toHaveLength(1)
    expect(await store.getEntity('q1')).toBeUndefined()
  })

  it('tells a watcher on another handle of an import, which it then reads', async () => {
    const location = await fresh()
    const [watching, importing] = [await open(location), await open(location)]
    let calls = 0
    const stop = await watching.watchVersions(() => calls++, 50)
    try {
      const before = calls
      const version = await importVersion(importing, [statement('p1', 'name', 'Amr Armanazi')])
      expect(await until(() => calls > before, 10_000)).toBe(true)
      expect((await watching.listDatasets()).map((d) => d.version)).toEqual([version.version])
    } finally {
      await stop()
    }
  })

  it('migrates a new store once, however often it is opened', async () => {
    const location = await fresh()
    const { migration } = await open(location)
    expect(migration.applied[0]).toBe('0001-statements')
    expect(migration).toMatchObject({ current: migration.latest, applied: expect.arrayContaining([migration.latest]) })
    expect((await open(location)).migration).toEqual({ applied: [], current: migration.latest, latest: migration.latest })
  })

  it('adopts a store written before versioned migrations, keeping its data, and migrates it once', async () => {
    const location = await fresh()
    await writeOldStore(backend.connect(location), backend)
    const first = await open(location)
    expect(first.migration.applied[0]).toBe('0001-statements')
    expect(first.migration.applied.at(-1)).toBe(first.migration.latest)
    for (const store of [first, await open(location)]) {
      expect((await store.listDatasets()).map((d) => d.version)).toEqual(['20250101000000-1'])
      expect((await store.getEntity('p1'))?.entity.properties.name).toEqual(['Amr Armanazi'])
    }
    expect(opened[1]!.migration.applied).toEqual([])
  })

  it('refuses a store migrated by a newer Vigil, saying so', async () => {
    const location = await fresh()
    await (await open(location)).close()
    opened.splice(0)
    await backend.execute(location, `INSERT INTO vigil_migrations (name, "timestamp") VALUES ('9999-from-a-newer-vigil', '2099-01-01T00:00:00.000Z')`)
    await expect(openStore(location.storeOptions)).rejects.toThrow(
      /migrated by a newer Vigil \(migration 9999-from-a-newer-vigil; this version knows up to \S+\)\. Upgrade Vigil/,
    )
    const cli = runCli(['datasets'], location.env)
    expect(cli.status).not.toBe(0)
    expect(cli.stderr).toMatch(/migrated by a newer Vigil/)
  })

  it('keeps the previous version live when `vigil import` is killed midway, and imports again after', async () => {
    const location = await fresh()
    const tiny = sharedData('ofac-sdn/tiny-fixture/sdn.csv')
    const datasets = () => JSON.parse(runCli(['datasets', '--json'], location.env).stdout) as Array<{ version: string; entities: number }>
    expect(runCli(['import', 'ofac-csv', tiny], location.env).status).toBe(0)
    const before = datasets()
    const start = await backend.bytesWritten(location)
    const child = spawn(process.execPath, [CLI, 'import', 'ofac-csv', sharedData('ofac-sdn/2024-05-03/sdn.csv')], {
      stdio: 'ignore',
      env: { ...process.env, ...location.env },
    })
    const exited = new Promise((resolve) => child.on('exit', (_code, signal) => resolve(signal)))
    // Kill once the new version's statements are being written: 8 MB past where the store was.
    expect(await until(async () => (await backend.bytesWritten(location)) > start + 8_000_000, 60_000)).toBe(true)
    child.kill('SIGKILL')
    expect(await exited).toBe('SIGKILL')

    expect(datasets()).toEqual(before)
    expect(await backend.integrity(location)).toBe('ok')
    const store = await open(location)
    expect((await store.listVersions('us_ofac_sdn')).map((v) => v.status)).toEqual(['live'])
    await store.close()
    opened.splice(0)
    const again = runCli(['import', 'ofac-csv', tiny], location.env)
    expect(again.status, again.stderr).toBe(0)
    expect(datasets()[0]!.version).not.toBe(before[0]!.version)
  }, 120_000)
})
