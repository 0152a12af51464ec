import { describe, expect, it } from 'vitest'
import { readNationalities } from './nationality.js'

describe('readNationalities', () => {
  it.each([
    ['Syrian', ['sy']],
    ['Belarussian', ['by']],
    ['DPRK.', ['kp']],
    ['(a) German, (b) Moroccan', ['de', 'ma']],
    ['Russian and Ukrainian', ['ru', 'ua']],
    ['Syrian/Iranian', ['sy', 'ir']],
    ['Italian since 1990', ['it']],
    ['Indonesian (as at December 2003)', ['id']],
    ['Trinidad and Tobago', ['tt']],
    ['Iran (Islamic Republic of)', ['ir']],
  ])('%s', (value, expected) => {
    expect(readNationalities(value)).toEqual(expected)
  })

  it('returns what names no country as written, for the cleaning to warn about', () => {
    expect(readNationalities('Saudi citizenship withdrawn')).toEqual(['Saudi citizenship withdrawn'])
  })
})
