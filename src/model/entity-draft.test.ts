import { describe, expect, it } from 'vitest'
import { AppError } from '../errors.js'
import { EntityDraft, makeId } from './entity-draft.js'
import type { SourceRef } from './statement.js'

const source = { file: 'list.csv', locator: 'line 7' }

function draft(schema = 'Person') {
  const warnings: Array<{ message: string; source: SourceRef }> = []
  const entity = new EntityDraft(schema, 'x-1', source, (message, at) => warnings.push({ message, source: at }))
  return { entity, warnings }
}

describe('EntityDraft', () => {
  it('cleans values by their type and keeps the source', () => {
    const { entity, warnings } = draft()
    entity.add('name', '  Amr   Armanazi ').add('birthDate', '07 Feb 1944').add('nationality', 'Syria')
    expect(entity.statements().map((s) => [s.prop, s.value, s.originalValue])).toEqual([
      ['name', 'Amr Armanazi', undefined],
      ['birthDate', '1944-02-07', '07 Feb 1944'],
      ['nationality', 'sy', 'Syria'],
    ])
    expect(entity.statements().every((s) => s.source === source)).toBe(true)
    expect(warnings).toEqual([])
  })

  it('turns a value that does not clean into a warning and keeps the rest', () => {
    const { entity, warnings } = draft()
    entity.add('name', 'Ivan Testov').add('birthDate', '31 Feb 1961').add('country', 'Atlantis')
    expect(entity.statements().map((s) => s.prop)).toEqual(['name'])
    expect(warnings.map((w) => w.message)).toEqual(["Person.birthDate: date '31 Feb 1961' does not parse", "Person.country: unknown country 'Atlantis'"])
    expect(warnings[0]!.source).toEqual(source)
  })

  it('refuses an unknown schema or property with a clear error', () => {
    expect(() => draft('Persona')).toThrow(/list\.csv \(record line 7\): Unknown FtM schema 'Persona'/)
    const { entity } = draft()
    expect(() => entity.add('shoeSize', '44')).toThrow(AppError)
    expect(() => entity.add('shoeSize', '44')).toThrow(/Schema 'Person' has no property 'shoeSize'/)
  })

  it('records cross-references and makes safe ids', () => {
    const { entity } = draft('Organization')
    entity.addReferent('ofac-9352')
    expect(entity.statements()[0]).toMatchObject({ prop: '$referent', value: 'ofac-9352', propType: 'entity' })
    expect(makeId('gb-hmt', 'Group 12426')).toBe('gb-hmt-group-12426')
  })
})
