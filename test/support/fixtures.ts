/**
 * The real lists most tests screen against, imported once per run by the global setup
 * (global-setup.ts) into fixture stores. Each test file opens a copy of its own (fixture-store.ts),
 * so it may import more on top: SQLite copies the file, PostgreSQL the database, as a template.
 */
import { copyFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { sharedData } from './shared-data.js'
import { locationOf, tempDir, type StoreLocation } from './store-location.js'
import { createTestDatabase } from './test-database.js'

const CERS = ['yaml', 'datasets/cers']
const OFAC_2024 = ['ofac-csv', sharedData('ofac-sdn/2024-05-03/sdn.csv')]
const UN = ['un-xml', sharedData('un-sc-consolidated/2026-02-27/UN_consolidated.xml')]

/** Each fixture: the fixture it starts from, and the `vigil import` arguments it adds, in order. */
export const FIXTURES = {
  cers: { from: undefined, imports: [CERS] },
  'cers+ofac': { from: 'cers', imports: [OFAC_2024] },
  'cers+ofac+un': { from: 'cers+ofac', imports: [UN] },
  'cers+un': { from: 'cers', imports: [UN] },
} as const satisfies Record<string, { from: string | undefined; imports: string[][] }>

export type FixtureName = keyof typeof FIXTURES

/** Where the global setup left a fixture: its home, and on PostgreSQL its database's name. */
export interface FixturePlace {
  home: string
  database?: string
}

// The store's file in its home (src/store/sqlite.ts), and the write-ahead log beside it.
const SQLITE_FILES = ['vigil.sqlite', 'vigil.sqlite-wal']

/** A new store location holding a copy of the store at `place`. */
export async function copyOf(place: FixturePlace): Promise<StoreLocation> {
  const home = tempDir()
  if (place.database) return locationOf(home, await createTestDatabase(place.database))
  for (const file of SQLITE_FILES) {
    if (existsSync(join(place.home, file))) copyFileSync(join(place.home, file), join(home, file))
  }
  return locationOf(home)
}
