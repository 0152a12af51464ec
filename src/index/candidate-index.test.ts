import { describe, expect, it } from 'vitest'
import type { Entity } from '../model/entity.js'
import { CandidateIndex } from './candidate-index.js'
import { toMatchable } from './matchable.js'
import { selectTopK } from './top-k.js'

const e = (id: string, schema: string, properties: Record<string, string[]>): Entity => ({
  id,
  schema,
  caption: properties.name?.[0] ?? id,
  properties,
  datasets: ['test'],
  referents: [],
  first_seen: '',
  last_seen: '',
})

const listed = [
  e('arnica', 'Company', { name: ['ARNICA'] }),
  e('teriberka', 'Vessel', { name: ['TERIBERKA'] }),
  e('armanazi', 'Person', { name: ['Amr Armanazi'] }),
  e('kovalenko', 'Person', { name: ['Andrey Kovalenko'] }),
  e('andrey', 'Person', { name: ['Andrey Petrov'] }),
  e('passport', 'Person', { name: ['Ivan Sidorov'], passportNumber: ['N 006-478882'] }),
]
const index = new CandidateIndex(listed.map(toMatchable))
const ids = (schema: string, properties: Record<string, string[]>, limit = 5, accept?: (id: string) => boolean) =>
  index.candidates(toMatchable(e('query', schema, properties)), limit, accept && ((m) => accept(m.id))).map((c) => c.entity.id)

describe('candidate index', () => {
  it('finds a name whose only token is misspelled beyond its phonetic key and skeleton', () => {
    expect(ids('Company', { name: ['ARNCIA'] })).toContain('arnica')
    expect(ids('Vessel', { name: ['TEIBERKA'] })).toContain('teriberka')
  })

  it('ranks the entity sharing the rare misspelled token above one sharing only the common token', () => {
    expect(ids('Person', { name: ['Andrey Kovaleko'] })[0]).toBe('kovalenko')
  })

  it('finds by a folded identifier alone', () => {
    expect(ids('Person', { name: ['Someone Else'], passportNumber: ['N006478882'] })).toEqual(['passport'])
  })

  it('keeps to the limit and to what accept lets through, and is repeatable (its scratch space is reset)', () => {
    expect(ids('Person', { name: ['Andrey Kovalenko'] }, 1)).toEqual(['kovalenko'])
    expect(ids('Person', { name: ['Andrey Kovalenko'] }, 5, (id) => id !== 'kovalenko')).toEqual(['andrey'])
    const first = index.candidates(toMatchable(e('q', 'Person', { name: ['Andrey Kovalenko'] })), 5)
    const again = index.candidates(toMatchable(e('q', 'Person', { name: ['Andrey Kovalenko'] })), 5)
    expect(again.map((c) => c.keyScore)).toEqual(first.map((c) => c.keyScore))
  })

  it('knows how often a token occurs and how rare it is', () => {
    expect(index.frequency('andrei')).toBe(2)
    expect(index.rarity('andrei')).toBeLessThan(index.rarity('armanazi'))
    expect(index.rarity('nosuchtoken')).toBe(0)
  })
})

describe('selectTopK', () => {
  it('returns the best k accepted items, best first, ties to the lower item', () => {
    const items = Int32Array.from([0, 1, 2, 3, 4, 5, 6])
    const scores = [5, 9, 1, 9, 7, 3, 8]
    expect(
      selectTopK(
        items,
        7,
        (i) => scores[i]!,
        3,
        () => true,
      ),
    ).toEqual([1, 3, 6])
    expect(
      selectTopK(
        items,
        7,
        (i) => scores[i]!,
        3,
        (i) => i !== 3,
      ),
    ).toEqual([1, 6, 4])
    expect(
      selectTopK(
        items,
        2,
        (i) => scores[i]!,
        5,
        () => true,
      ),
    ).toEqual([1, 0])
  })
})
