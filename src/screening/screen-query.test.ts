import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openFixtureStore } from '../../test/support/fixture-store.js'
import type { TempStore } from '../../test/support/temp-store.js'
import { VIGIL_V1 } from '../scoring/algorithms.js'
import { loadDataVersion, type DataVersion } from './data-version/data-version.js'
import { parseQuery } from './query.js'
import { screenQuery } from './screen-query.js'

describe('screenQuery on the curated network', () => {
  let t: TempStore
  let data: DataVersion
  // An exact name scores name_match 1, so its weight is the whole score: a score chosen to the digit.
  const armanaziAt = (weight: number) => {
    const query = parseQuery({ schema: 'Person', properties: { name: ['Amr Armanazi'] } })
    return screenQuery({ query, data, algorithm: VIGIL_V1, limit: 1, weights: { name_match: weight } }).results[0]!
  }

  beforeAll(async () => {
    t = await openFixtureStore('cers')
    data = await loadDataVersion(t.store)
  })
  afterAll(() => t.cleanup())

  it('calls a score shown as the threshold a match, though it was a hair below before rounding', () => {
    const result = armanaziAt(0.69996)
    expect(result.entity.id).toBe('cers-amr-armanazi')
    expect(result).toMatchObject({ score: 0.7, match: true })
    expect(VIGIL_V1.threshold).toBe(0.7)
  })

  it('does not call a score shown below the threshold a match', () => {
    expect(armanaziAt(0.6994)).toMatchObject({ score: 0.699, match: false })
  })
})
