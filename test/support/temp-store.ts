/** A real SQLite store in a fresh temporary data directory, for tests. */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { getImporter } from '../../src/importers/registry.js'
import type { GatePolicy } from '../../src/store/import-gates.js'
import { importList, type ImportResult } from '../../src/store/import-list.js'
import { openStore } from '../../src/store/open-store.js'
import type { Store } from '../../src/store/store.js'

export interface TempStore {
  home: string
  store: Store
  /** Import a file with the named format, as `vigil import` does (the sanity gates apply unless `gates` relaxes them). */
  importFile(format: string, path: string, dataset?: string, gates?: Partial<GatePolicy>): Promise<ImportResult>
  cleanup(): Promise<void>
}

export function tempHome(): string {
  return mkdtempSync(join(tmpdir(), 'vigil-test-'))
}

export async function openTempStore(home = tempHome()): Promise<TempStore> {
  const store = await openStore({ home, keepVersions: 3 })
  return {
    home,
    store,
    importFile: (format, path, dataset, gates) => importList(store, { importer: getImporter(format), path, dataset, gates }),
    async cleanup() {
      await store.close()
      rmSync(home, { recursive: true, force: true })
    },
  }
}
