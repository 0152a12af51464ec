/** A test file's own copy of a fixture store of real lists (fixtures.ts), made by the global setup. */
import { inject } from 'vitest'
import { copyOf, type FixtureName, type FixturePlace } from './fixtures.js'
import type { StoreLocation } from './store-location.js'
import { openTempStore, type TempStore } from './temp-store.js'

export type { FixtureName } from './fixtures.js'

declare module 'vitest' {
  export interface ProvidedContext {
    vigilFixtures: Record<FixtureName, FixturePlace>
  }
}

/** A copy of fixture `name`, for tests that only run `vigil` on it. */
export function fixtureLocation(name: FixtureName): Promise<StoreLocation> {
  return copyOf(inject('vigilFixtures')[name])
}

/** An open store over a copy of fixture `name`. */
export async function openFixtureStore(name: FixtureName): Promise<TempStore> {
  return openTempStore(await fixtureLocation(name))
}
