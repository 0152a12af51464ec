import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Entity } from '../../model/entity.js'
import { mergeClusters } from './merge-clusters.js'

const e = (id: string, dataset: string, referents: string[] = [], name = id): Entity => ({
  id,
  schema: 'Person',
  caption: name,
  properties: { name: [name] },
  datasets: [dataset],
  referents,
  first_seen: '2024-01-01',
  last_seen: '2024-01-02',
})

// SSRC as the fixtures hold it: two curated entities naming the same OFAC entry, and one unlinked party.
const ENTITIES = [
  e('ofac-9352', 'us_ofac_sdn', [], 'SCIENTIFIC STUDIES AND RESEARCH CENTER'),
  e('cers-ssrc', 'cers', ['ofac-9352'], 'Syrian Scientific Studies and Research Center'),
  e('cers-centre', 'cers_fr', ['ofac-9352'], "Centre d'études et de recherches scientifiques"),
  e('ofac-20089', 'us_ofac_sdn', [], 'MAHROUS TRADING FZE'),
]

/** The merged entities in id order (the list's order follows the input's; nothing inside them may). */
function byId(entities: Entity[]): Entity[] {
  return [...entities].sort((a, b) => (a.id < b.id ? -1 : 1))
}

describe('mergeClusters', () => {
  it('merges a cluster under its canonical id, with every other id as a referent', () => {
    const merged = mergeClusters(ENTITIES)
    expect(merged.map((m) => m.id)).toEqual(['ofac-20089', 'cers-centre'])
    expect(merged[1]).toMatchObject({
      caption: "Centre d'études et de recherches scientifiques",
      referents: ['cers-ssrc', 'ofac-9352'],
      datasets: ['cers', 'cers_fr', 'us_ofac_sdn'],
    })
  })

  it('merges one id seen in two datasets, as the store reads it', () => {
    const merged = mergeClusters([e('ofac-1', 'us_ofac_sdn', [], 'Iyad Mahrous'), e('ofac-1', 'us_trade_csl', [], 'MAHROUS, Iyad')])
    expect(merged).toHaveLength(1)
    expect(merged[0]).toMatchObject({ id: 'ofac-1', datasets: ['us_ofac_sdn', 'us_trade_csl'], properties: { name: ['Iyad Mahrous', 'MAHROUS, Iyad'] } })
  })

  it('gives the same entities whatever the order of its input', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(ENTITIES, { minLength: ENTITIES.length }), (shuffled) => {
        expect(byId(mergeClusters(shuffled))).toEqual(byId(mergeClusters(ENTITIES)))
      }),
    )
  })
})
