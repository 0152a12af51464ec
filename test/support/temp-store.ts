/** An open store at a test store location (store-location.ts): a fresh empty one unless given one. */
import { getImporter } from '../../src/importers/registry.js'
import type { GatePolicy } from '../../src/store/import-gates.js'
import { importList, type ImportResult } from '../../src/store/import-list.js'
import { openStore } from '../../src/store/open-store.js'
import type { Store } from '../../src/store/store.js'
import { tempLocation, type StoreLocation } from './store-location.js'

export { tempDir, tempLocation, type StoreLocation } from './store-location.js'

export interface TempStore extends StoreLocation {
  store: Store
  /** Import a file with the named format, as `vigil import` does (the sanity gates apply unless `gates` relaxes them). */
  importFile(format: string, path: string, dataset?: string, gates?: Partial<GatePolicy>): Promise<ImportResult>
  cleanup(): Promise<void>
}

export async function openTempStore(location?: StoreLocation): Promise<TempStore> {
  const loc = location ?? (await tempLocation())
  const store = await openStore(loc.storeOptions)
  return {
    ...loc,
    store,
    importFile: (format, path, dataset, gates) => importList(store, { importer: getImporter(format), path, dataset, gates }),
    async cleanup() {
      await store.close()
      await loc.remove()
    },
  }
}
