import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_ALGORITHM } from '../src/scoring/algorithms.js'
import { loadDataVersion, type DataVersion } from '../src/screening/data-version/data-version.js'
import { parseQuery } from '../src/screening/query.js'
import { screenQuery } from '../src/screening/screen-query.js'
import { openFixtureStore } from './support/fixture-store.js'
import type { TempStore } from './support/temp-store.js'

describe('screening against the curated network and the official lists', () => {
  let t: TempStore
  let data: DataVersion

  beforeAll(async () => {
    t = await openFixtureStore('cers+ofac+un')
    data = await loadDataVersion(t.store)
  }, 120_000)
  afterAll(() => t.cleanup())

  const screen = (schema: string, properties: Record<string, string[]>) =>
    screenQuery({ query: parseQuery({ schema, properties }), data, algorithm: DEFAULT_ALGORITHM, limit: 5 })

  it('finds Amr Armanazi from a variant spelling, with his birth date as evidence', () => {
    const { results } = screen('Person', { name: ['Amro Armanazi'], birthDate: ['1944-02-07'] })
    expect(results[0]?.entity.id).toBe('cers-amr-armanazi')
    expect(results[0]?.match).toBe(true)
    expect(results[0]?.explanations.dob_match?.score).toBe(1)
    // "Amro" and "Amr" are one name in resources/name-variants.yaml: compared, they are equal.
    expect(results[0]?.explanations.name_match?.detail).toMatch(/'amr' = 'amr'/)
  })

  it('finds SSRC from its Arabic name and from its acronym-free English name', () => {
    const arabic = screen('Organization', { name: ['مركز الدراسات والبحوث العلمية'] })
    expect(arabic.results[0]?.entity.id).toBe('cers-ssrc')
    expect(arabic.results[0]?.match).toBe(true)
    const english = screen('Organization', { name: ['Scientific Studies & Research Centre'] })
    expect(english.results[0]?.entity.id).toBe('cers-ssrc')
    expect(english.results[0]?.match).toBe(true)
  })

  it('does not match an unrelated person', () => {
    const { results } = screen('Person', { name: ['Ingrid Bergström'], birthDate: ['1980-05-05'] })
    expect(results.filter((r) => r.match)).toEqual([])
  })

  it('never returns a company for a person query', () => {
    const { results } = screen('Person', { name: ['Mahrous Trading'] })
    expect(results.every((r) => r.entity.schema !== 'Organization' && r.entity.schema !== 'Company')).toBe(true)
  })
})
