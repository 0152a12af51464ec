/**
 * The one way to open a store: callers name where the data is, never which database holds it, so
 * another backend can stand behind the same options without any caller changing.
 */
import { openSqliteStore } from './sqlite.js'
import type { Store } from './store.js'

export interface StoreOptions {
  /** The data directory (VIGIL_HOME). */
  home: string
  /** Versions kept per dataset after an import (VIGIL_KEEP_VERSIONS); readers may pass 1. */
  keepVersions: number
}

export function openStore(options: StoreOptions): Promise<Store> {
  return openSqliteStore(options)
}
