import { describe, expect, it } from 'vitest'
import { countryCode } from './countries.js'

describe('countryCode', () => {
  it.each([
    ['Syria', 'sy'],
    ['SY', 'sy'],
    ['Korea, North', 'kp'],
    ['Iran', 'ir'],
    ['Burma', 'mm'],
    ['Liban', 'lb'],
    ['Syrian Arab Republic', 'sy'],
    ['Russia', 'ru'],
    ['DEU', 'de'],
  ])('%s is %s', (name, code) => expect(countryCode(name)).toBe(code))

  it('returns undefined for what is not a country', () => expect(countryCode('Atlantis')).toBeUndefined())
})
