import { describe, expect, it } from 'vitest'
import type { Statement } from '../model/statement.js'
import { describeConflict, DuplicateIds } from './duplicate-ids.js'

const values = (name: string, line: number): Statement[] => [
  { entityId: 'ofac-1', schema: 'Person', prop: 'name', propType: 'name', value: name, source: { file: 'sdn.csv', locator: `line ${line}` } },
]
const at = (line: number) => ({ file: 'sdn.csv', locator: `line ${line}, ent_num 1` })

describe('DuplicateIds', () => {
  it('flags a second record with other values, naming both lines', () => {
    const ids = new DuplicateIds()
    expect(ids.add('ofac-1', at(10), values('Amr Armanazi', 10))).toBeUndefined()
    const conflict = ids.add('ofac-1', at(302), values('Amr ARMANAZI', 302))
    expect(describeConflict(conflict!)).toContain(
      'id ofac-1 comes from two records with different values (sdn.csv, line 10, ent_num 1, and sdn.csv, line 302, ent_num 1)',
    )
    expect(ids.size).toBe(1)
  })

  it('stays silent for an identical record on another line, and for one record stating an id twice', () => {
    const ids = new DuplicateIds()
    ids.add('ofac-1', at(10), values('Amr Armanazi', 10))
    expect(ids.add('ofac-1', at(11), values('Amr Armanazi', 11))).toBeUndefined()
    expect(ids.add('ofac-1', at(10), values('Other', 10))).toBeUndefined()
  })
})
