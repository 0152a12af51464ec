import { describe, expect, it } from 'vitest'
import { isLostToEncoding, languageOf, readAddressOther, readIdentification } from './fsf-values.js'

describe('readIdentification', () => {
  it('reads number, kind and type', () => {
    expect(readIdentification('AD001095 (passport-National passport) ((passport))')).toEqual({
      number: 'AD001095',
      kind: 'passport',
      type: 'National passport',
      remark: undefined,
    })
    expect(readIdentification('63-646650 Q70 (id-National identification card) ((id))')).toEqual({
      number: '63-646650 Q70',
      kind: 'id',
      type: 'National identification card',
      remark: undefined,
    })
  })

  it('keeps what follows as a remark', () => {
    expect(readIdentification('33301/862 (other-Other identification number) (issued: 17 october 1997 expires: 1 october 2005)').remark).toBe(
      'issued: 17 october 1997 expires: 1 october 2005',
    )
  })

  it('takes a bare number as it is', () => {
    expect(readIdentification('H0100009')).toEqual({ number: 'H0100009', kind: 'other' })
  })
})

describe('readAddressOther', () => {
  it('reads phones and keeps the rest', () => {
    expect(readAddressOther('PHONE[668 33 01\t 0300-820 91 99] FAX[662 38 14]')).toEqual({
      phones: ['668 33 01', '0300-820 91 99'],
      remarks: ['Fax: 662 38 14'],
    })
  })
})

describe('names and languages', () => {
  it('maps EU language codes to ISO 639-3', () => {
    expect(languageOf('FR')).toBe('fra')
    expect(languageOf('el')).toBe('ell')
    expect(languageOf('XX')).toBeUndefined()
  })

  it('spots names whose letters became question marks', () => {
    expect(isLostToEncoding('???????? Abu Nidal')).toBe(true)
    expect(isLostToEncoding('Revolu?ní rada Fatáhu')).toBe(true)
    expect(isLostToEncoding('Conseil révolutionnaire du Fatah')).toBe(false)
  })
})
