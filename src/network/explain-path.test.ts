import { describe, expect, it } from 'vitest'
import { describeRiskPath } from './explain-path.js'
import type { PathEntity, PathLink, RiskPath } from './risk-types.js'

type Path = Pick<RiskPath, 'entities' | 'links' | 'listed'>

const org = (id: string, caption: string): PathEntity => ({ id, caption, schema: 'Organization' })
const HIAST = org('cers-hiast', 'Higher Institute of Applied Sciences and Technology')
const INSTITUTE = org('cers-institute-3000', 'Institute 3000/6000')
const SSRC = org('cers-ssrc', 'Syrian Scientific Studies and Research Center')
const MAHROUS = org('ofac-20089', 'MAHROUS TRADING FZE')
const unitOf: PathLink = { kind: 'unit_of', via: 'cers-hiast', source: 'parent' }

const path = (entities: PathEntity[], links: PathLink[], datasets: string[]): Path => ({ entities, links, listed: { ...entities.at(-1)!, datasets } })

describe('describeRiskPath', () => {
  it('names each entity after the party with its id, and the lists of the last', () => {
    expect(describeRiskPath(path([HIAST, SSRC], [unitOf], ['cers', 'us_ofac_sdn']))).toBe(
      'A unit, branch or subsidiary of Syrian Scientific Studies and Research Center (cers-ssrc), listed on cers, us_ofac_sdn',
    )
  })

  it('reads a chain of several links in order (Branch 450, through Institute 3000/6000, to SSRC)', () => {
    const branch = org('cers-branch-450', 'Branch 450')
    expect(describeRiskPath(path([branch, INSTITUTE, SSRC], [unitOf, unitOf], ['cers']))).toBe(
      'A unit, branch or subsidiary of Institute 3000/6000 (cers-institute-3000), a unit, branch or subsidiary of Syrian Scientific Studies and Research Center (cers-ssrc), listed on cers',
    )
  })

  it('gives an ownership its share, and says when the share is unknown', () => {
    const cedar = org('test-cedar-lab-supply', 'Cedar Lab Supply SAL')
    const owned = (percentage?: number): PathLink => ({
      kind: 'owned_by',
      via: 'test-ownership',
      source: 'Ownership',
      ...(percentage === undefined ? {} : { percentage }),
    })
    expect(describeRiskPath(path([cedar, MAHROUS], [owned(60)], ['us_ofac_sdn']))).toBe('Owned 60% by MAHROUS TRADING FZE (ofac-20089), listed on us_ofac_sdn')
    expect(describeRiskPath(path([cedar, MAHROUS], [owned()], ['us_ofac_sdn']))).toBe(
      'Owned (share unknown) by MAHROUS TRADING FZE (ofac-20089), listed on us_ofac_sdn',
    )
  })

  it('keeps the role a list gives a link', () => {
    const linked: PathLink = { kind: 'linked_to', role: 'Linked To', via: 'ofac-1', source: 'remarks' }
    expect(describeRiskPath(path([MAHROUS, SSRC], [linked], ['us_ofac_sdn']))).toBe(
      'Linked to (Linked To) Syrian Scientific Studies and Research Center (cers-ssrc), listed on us_ofac_sdn',
    )
  })
})
