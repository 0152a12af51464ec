import { describe, expect, it } from 'vitest'
import { soundex } from './soundex.js'

describe('soundex', () => {
  it.each([
    ['Robert', 'R163'],
    ['Rupert', 'R163'],
    ['Rubin', 'R150'],
    ['Ashcraft', 'A261'],
    ['Tymczak', 'T522'],
    ['Pfister', 'P236'],
    ['Honeyman', 'H555'],
    ['Lee', 'L000'],
    ['Müller', 'M460'],
    ['Bashir-ud-Din', 'B263'],
  ])('%s is %s', (word, code) => {
    expect(soundex(word)).toBe(code)
  })

  it('gives no code to a word without Latin letters', () => {
    expect(soundex('1984')).toBeUndefined()
    expect(soundex('Путин')).toBeUndefined()
  })
})
