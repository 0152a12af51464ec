import { describe, expect, it } from 'vitest'
import type { Entity } from '../model/entity.js'
import { remarkRelations, resolvePrincipal } from './principal-remarks.js'

function e(schema: string, id: string, properties: Record<string, string[]>): Entity {
  return { id, schema, caption: properties.name?.[0] ?? id, properties, datasets: ['test'], referents: [], first_seen: '', last_seen: '' }
}
const ssrc = e('Organization', 'ssrc', { name: ['Scientific Studies and Research Centre'], abbreviation: ['SSRC'], topics: ['sanction'] })

describe('principals named in remarks', () => {
  const names = new Map<string, string | null>([
    ['scientific studies and research centre', 'ssrc'],
    ['ssrc', 'ssrc'],
    ['acme', null],
  ])

  it('cuts the name at the clause break, drops "the" and tries the abbreviation in parentheses', () => {
    expect(resolvePrincipal('the Scientific Studies and Research Centre (SSRC), which is listed', names)).toBe('ssrc')
    expect(resolvePrincipal('the Syrian Scientific Studies and Research Centre (SSRC) which is', names)).toBe('ssrc')
  })

  it('resolves no name that is unknown or borne by several listed entities', () => {
    expect(resolvePrincipal('Scientific Studies Centre', names)).toBeUndefined()
    expect(resolvePrincipal('ACME', names)).toBeUndefined()
  })

  it('reads a front from a company and a Sanction reason, but no "subsidiary of" from a person', () => {
    const entities = new Map(
      [
        ssrc,
        e('Company', 'front', { notes: ['Acts as a proxy for the Scientific Studies and Research Centre (SSRC), which is listed.'] }),
        e('Company', 'sub', {}),
        e('Sanction', 's1', { entity: ['sub'], reason: ['A subsidiary of SSRC.'] }),
        e('Person', 'director', { notes: ['Director of a subsidiary of the Scientific Studies and Research Centre.'] }),
      ].map((x) => [x.id, x]),
    )
    const relations = remarkRelations(entities)
    expect(relations.map((r) => [r.from, r.kind, r.to])).toEqual([
      ['front', 'front_for', 'ssrc'],
      ['sub', 'controlled_by', 'ssrc'],
    ])
  })
})
