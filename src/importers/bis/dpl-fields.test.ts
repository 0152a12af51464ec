import { describe, expect, it } from 'vitest'
import { splitAliases, usDate } from './dpl-fields.js'

describe('usDate', () => {
  it('reads month first', () => {
    expect(usDate('06/19/2003')).toBe('2003-06-19')
    expect(usDate('9/4/2002')).toBe('2002-09-04')
  })

  it('leaves what is not a US date as written, for the date cleaning to warn about', () => {
    expect(usDate('19/06/2003')).toBe('19/06/2003')
    expect(usDate('')).toBe('')
  })
})

describe('splitAliases', () => {
  it('splits a/k/a and d/b/a names', () => {
    expect(splitAliases('FUYI SUN A/K/A FRANK SUN')).toEqual({ name: 'FUYI SUN', aliases: ['FRANK SUN'] })
    expect(splitAliases('SIBERIAN AIRLINES D/B/A S7 AIRLINES')).toEqual({ name: 'SIBERIAN AIRLINES', aliases: ['S7 AIRLINES'] })
    expect(splitAliases('UTAIR AVIATION JSC,')).toEqual({ name: 'UTAIR AVIATION JSC', aliases: [] })
  })
})
