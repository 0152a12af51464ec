import { describe, expect, it } from 'vitest'
import { parseQuery } from '../../screening/query.js'
import { scoreCandidate } from '../algorithm.js'
import { ALGORITHMS, getAlgorithm, OFAC } from '../algorithms.js'
import { ofacNameMatch } from './ofac-name.js'

const ctx = { rarity: () => 0 }
const e = (schema: string, properties: Record<string, string[]>) => parseQuery({ schema, properties })

describe('ofac_name', () => {
  it('takes the best of the candidate’s names and aliases', () => {
    const q = e('Person', { name: ['Vladimr Putin'] })
    const c = e('Person', { name: ['PUTINA, Maria'], alias: ['PUTIN, Vladimir'] })
    const result = ofacNameMatch.compare(q, c, ctx)
    expect(result).toMatchObject({ query: 'Vladimr Putin', candidate: 'PUTIN, Vladimir' })
    expect(result.score).toBeCloseTo(0.99, 2)
    expect(result.detail).toBe(
      "'Vladimr Putin' vs 'PUTIN, Vladimir': by parts 0.99 (vladimr ≈ vladimir 0.97, same sound V435: 0.98; putin = putin), over whole string 'vladimr putin' vs 'putin vladimir' 0.56",
    )
  })

  it('reads a name in another script by its romanization', () => {
    const result = ofacNameMatch.compare(e('Person', { name: ['Vladimir Putin'] }), e('Person', { name: ['Владимир Путин'] }), ctx)
    expect(result.score).toBe(1)
  })

  it('is 0 with a detail when a side has no name', () => {
    expect(ofacNameMatch.compare(e('Person', { name: ['Putin'] }), e('Person', { weakAlias: ['Vova'] }), ctx)).toEqual({
      score: 0,
      detail: 'The candidate has no name.',
    })
  })
})

describe('the ofac algorithm', () => {
  it('is offered by name', () => {
    expect(getAlgorithm('ofac')).toBe(OFAC)
    expect(ALGORITHMS.map((a) => a.name)).toContain('ofac')
  })

  it('scores a candidate by OFAC’s score alone, matched at 85', () => {
    const q = e('Person', { name: ['Usama bin Ladin'] })
    const { score, explanations } = scoreCandidate(OFAC, q, e('Person', { name: ['BIN LADEN, Usama'] }), ctx)
    expect(Math.round(score * 100)).toBe(97)
    expect(score).toBeGreaterThanOrEqual(OFAC.threshold)
    expect(Object.keys(explanations)).toEqual(['ofac_name'])
  })
})
