import { describe, expect, it } from 'vitest'
import { parseQuery } from '../../screening/query.js'
import { compareDates, birthDateMatch, birthDateMismatch } from './birth-date.js'
import { numberMismatch } from './number-mismatch.js'
import { countryMismatch } from './country.js'

const ctx = { rarity: () => 0 }
const e = (schema: string, properties: Record<string, string[]>) => parseQuery({ schema, properties })

describe('birth dates', () => {
  it.each([
    ['1944-02-07', '1944-02-07', 'exact'],
    ['1944-07-02', '1944-02-07', 'swapped'],
    ['1944', '1944-02-07', 'year'],
    ['1961', '1958', 'disjoint'],
  ])('%s vs %s: %s', (a, b, agreement) => {
    expect(compareDates(a, b)).toBe(agreement)
  })

  it('scores Amr Armanazi’s birth date for and against', () => {
    const q = e('Person', { name: ['Amro Armanazi'], birthDate: ['1944-02-07'] })
    expect(birthDateMatch.compare(q, e('Person', { name: ['Amr Armanazi'], birthDate: ['1944'] }), ctx)).toMatchObject({
      score: 0.3,
      detail: '1944-02-07 vs 1944: year',
    })
    expect(birthDateMismatch.compare(q, e('Person', { name: ['Amr Armanazi'], birthDate: ['1958'] }), ctx).score).toBe(1)
    expect(birthDateMismatch.compare(q, e('Person', { name: ['Amr Armanazi'] }), ctx)).toMatchObject({ score: 0, detail: 'Birth date missing on one side.' })
  })
})

describe('numbers in names', () => {
  it.each([
    ['KKR Asian Fund III L.P.', 'KKR Asian Fund IV L.P.', 1],
    ['Bain Capital Fund X L.P.', 'Bain Capital Fund 10 LP', 0],
    ['ООО "АЯС 2000"', 'OOO AYAS 2000', 0],
    ['Management Company 23', 'Management Company', 0],
  ])('%s vs %s: %d', (a, b, score) => {
    expect(numberMismatch.compare(e('Company', { name: [a] }), e('Company', { name: [b] }), ctx).score).toBe(score)
  })
})

describe('countries', () => {
  it('counts nationality and country alike', () => {
    const q = e('Person', { name: ['Amr Armanazi'], nationality: ['Syria'] })
    expect(countryMismatch.compare(q, e('Person', { name: ['Amr Armanazi'], country: ['sy'] }), ctx).score).toBe(0)
    expect(countryMismatch.compare(q, e('Person', { name: ['Amr Armanazi'], country: ['fr'] }), ctx)).toMatchObject({
      score: 1,
      detail: 'sy vs fr: none shared (different countries: below the threshold unless the name is near exact)',
    })
  })
})
