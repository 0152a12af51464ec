/**
 * The one way to open a store: callers pass the configuration, never a dialect. A postgres:// URL
 * selects PostgreSQL; otherwise the store is one SQLite file in the data directory.
 */
import type { Store } from './store.js'

export interface StoreOptions {
  /** The data directory (VIGIL_HOME): the SQLite file lives here when no database URL is set. */
  home: string
  /** Versions kept per dataset after an import (VIGIL_KEEP_VERSIONS); readers may pass 1. */
  keepVersions: number
  /** VIGIL_DATABASE_URL: postgres://user:password@host:port/database selects PostgreSQL. */
  databaseUrl?: string
}

/** Only the options (plain data, so they cross to worker threads and processes) of a wider config. */
export function storeOptionsOf(config: StoreOptions): StoreOptions {
  return { home: config.home, keepVersions: config.keepVersions, ...(config.databaseUrl ? { databaseUrl: config.databaseUrl } : {}) }
}

export async function openStore(options: StoreOptions): Promise<Store> {
  // Each backend's driver loads only when it is chosen: a SQLite install never loads pg, and back.
  if (options.databaseUrl) {
    const { openPostgresStore } = await import('./postgres.js')
    return openPostgresStore({ url: options.databaseUrl, keepVersions: options.keepVersions })
  }
  const { openSqliteStore } = await import('./sqlite.js')
  return openSqliteStore(options)
}
