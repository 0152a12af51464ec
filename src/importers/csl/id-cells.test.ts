import { describe, expect, it } from 'vitest'
import { parseIdCell } from './id-cells.js'

describe('parseIdCell', () => {
  it('reads a passport with its issuing country, and a gender', () => {
    expect(parseIdCell('Passport, 836238033, KP; Gender, Male')).toEqual([
      { kind: 'document', type: 'Passport', number: '836238033', country: 'KP', passport: true, prop: 'passportNumber' },
      { kind: 'property', prop: 'gender', value: 'Male' },
    ])
  })

  it('keeps sanction terms as provisions, with their commas', () => {
    expect(parseIdCell('Secondary sanctions risk:, Ukraine-/Russia-Related Sanctions Regulations, 31 CFR 589.201 and/or 589.209')).toEqual([
      { kind: 'provision', value: 'Secondary sanctions risk: Ukraine-/Russia-Related Sanctions Regulations, 31 CFR 589.201 and/or 589.209' },
    ])
  })

  it('maps registration and tax numbers to their holder properties', () => {
    const [reg, tax] = parseIdCell('Registration ID, 1027739609391, RU; Tax ID No., 7702070139, RU')
    expect(reg).toMatchObject({ kind: 'document', number: '1027739609391', country: 'RU', prop: 'registrationNumber' })
    expect(tax).toMatchObject({ kind: 'document', number: '7702070139', prop: 'taxNumber' })
  })

  it('reads an IMO number from a vessel registration', () => {
    expect(parseIdCell('Vessel Registration Identification, IMO 9187629')).toEqual([{ kind: 'property', prop: 'imoNumber', value: '9187629' }])
  })

  it('keeps an unknown type as a document when it holds a digit, else as a note', () => {
    expect(parseIdCell('BIK (RU), 044030707; Target Type, Financial Institution')).toEqual([
      { kind: 'document', type: 'BIK (RU)', number: '044030707', country: undefined, passport: false, prop: undefined },
      { kind: 'note', value: 'Target Type: Financial Institution' },
    ])
  })
})
