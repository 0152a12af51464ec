import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Statement } from '../model/statement.js'
import { openSqliteStore } from './sqlite.js'

const tempHome = () => mkdtempSync(join(tmpdir(), 'vigil-store-'))

const statement = (entityId: string, prop: string, value: string): Statement => ({
  entityId, schema: 'Person', prop, propType: prop === 'birthDate' ? 'date' : 'name', value, source: { file: 'test.csv', locator: 'line 1' },
})

async function importVersion(store: Awaited<ReturnType<typeof openSqliteStore>>, values: Statement[]) {
  return store.importVersion({ dataset: 'people', format: 'test', sourcePath: 'test.csv' }, async (writer) => {
    await writer.write(values)
    return { entities: new Set(values.map((v) => v.entityId)).size, statements: values.length, warnings: [], warningCount: 0 }
  })
}

describe('versioned datasets in the SQLite store', () => {
  it('keeps the newest versions and prunes the rest', async () => {
    const store = await openSqliteStore({ home: tempHome(), keepVersions: 2 })
    const labels = []
    for (let i = 0; i < 4; i++) labels.push((await importVersion(store, [statement(`p${i}`, 'name', `Person ${i}`)])).version)
    const kept = await store.listVersions('people')
    expect(kept.map((v) => v.version)).toEqual([labels[3], labels[2]])
    expect(kept.map((v) => v.status)).toEqual(['live', 'retired'])
    expect(await store.getEntity('p3')).toBeDefined()
    expect(await store.getEntity('p1')).toBeUndefined()
    await store.close()
  })

  it('carries first_seen over for values seen in the previous version', async () => {
    const store = await openSqliteStore({ home: tempHome(), keepVersions: 3 })
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
    await store.close()
  })

  it('leaves the live version untouched when an import fails midway', async () => {
    const store = await openSqliteStore({ home: tempHome(), keepVersions: 3 })
    const live = await importVersion(store, [statement('p1', 'name', 'Amr Armanazi')])
    await expect(store.importVersion({ dataset: 'people', format: 'test', sourcePath: 'x' }, async (writer) => {
      await writer.write(Array.from({ length: 2000 }, (_, i) => statement(`q${i}`, 'name', `Q ${i}`)))
      throw new Error('the file broke')
    })).rejects.toThrow('the file broke')
    expect((await store.listDatasets()).map((d) => d.version)).toEqual([live.version])
    expect(await store.listVersions('people')).toHaveLength(1)
    expect(await store.getEntity('q1')).toBeUndefined()
    await store.close()
  })
})
