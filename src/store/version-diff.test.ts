import { describe, expect, it } from 'vitest'
import { assembleEntity } from '../model/entity.js'
import type { StoredStatement } from '../model/statement.js'
import type { EntityWithProvenance } from './store.js'
import { diffEntities } from './version-diff.js'

function e(id: string, schema: string, props: Record<string, string[]>, line = 1): EntityWithProvenance {
  const statements: StoredStatement[] = Object.entries(props).flatMap(([prop, values]) =>
    values.map((value) => ({
      entityId: id,
      schema,
      prop,
      propType: 'string',
      value,
      source: { file: 'sdn.csv', locator: `line ${line}` },
      dataset: 'us_ofac_sdn',
      version: 'v',
      firstSeen: '',
      lastSeen: '',
    })),
  )
  return { entity: assembleEntity(id, statements), statements }
}

async function* stream(items: EntityWithProvenance[]) {
  yield* items
}

describe('diffEntities', () => {
  it('finds added, removed and changed entities in two id-ordered streams; moved lines are no change', async () => {
    const before = [e('ofac-1', 'Person', { name: ['Amr Armanazi'] }), e('ofac-2', 'Organization', { name: ['SSRC'] }), e('ofac-3', 'Person', { name: ['A'] })]
    const after = [
      e('ofac-1', 'Person', { name: ['Amr Armanazi'] }, 99),
      e('ofac-3', 'Person', { name: ['A'], alias: ['B'] }),
      e('ofac-4', 'Company', { name: ['HIAST'] }),
    ]
    const diff = await diffEntities(stream(before), stream(after))
    expect(diff.counts).toEqual({ added: 1, removed: 1, changed: 1, unchanged: 1 })
    expect(diff.added).toEqual([{ id: 'ofac-4', schema: 'Company', caption: 'HIAST' }])
    expect(diff.removed).toEqual([{ id: 'ofac-2', schema: 'Organization', caption: 'SSRC' }])
    expect(diff.changed).toEqual([{ id: 'ofac-3', schema: 'Person', caption: 'A', props: ['alias'] }])
  })

  it('reports a schema change, and value order does not count', async () => {
    const diff = await diffEntities(
      stream([e('x', 'LegalEntity', { name: ['B', 'A'] }), e('y', 'Person', { name: ['C', 'D'] })]),
      stream([e('x', 'Company', { name: ['B', 'A'] }), e('y', 'Person', { name: ['D', 'C'] })]),
    )
    expect(diff.changed.map((c) => [c.id, c.props])).toEqual([['x', ['schema']]])
    expect(diff.counts.unchanged).toBe(1)
  })
})
