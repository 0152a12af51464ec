import { describe, expect, it } from 'vitest'
import { readListed, readQuery } from './ofac-text.js'
import { describeOfac, ofacPoints, scoreOfac } from './ofac-score.js'

describe('ofac text', () => {
  it('keeps the written order in the whole string and joins hyphens there', () => {
    expect(readListed('PUTIN, Vladimir').whole).toBe('putin vladimir')
    expect(readQuery('BASHIR-UD-DIN').whole).toBe('bashiruddin')
  })

  it('offers a hyphenated listed name both split and joined', () => {
    expect(readListed('MAHMOOD, Sultan Bashir-Ud-Din').parts).toEqual(['mahmood', 'sultan', 'bashir', 'ud', 'din', 'bashiruddin'])
  })

  it('leaves out short query parts unless nothing else is left', () => {
    expect(readQuery('KIM JONG UN').parts).toEqual(['kim', 'jong'])
    expect(readQuery('Z').parts).toEqual(['z'])
  })
})

describe('ofac score', () => {
  // Query, listed name, OFAC's score, ours.
  it.each([
    ['VLADIMR PUTIN', 'PUTIN, Vladimir', 99, 99],
    ['PUTIN', 'PUTINA, Maria', 97, 97],
    ['PUTIN', 'PUNTI, Pere', 90, 89],
    ['KIM JONG UN', 'KIM, Jong Man', 100, 100],
    ['GEORGE BUSH', 'GEORGIOU, Georgios', 86, 85],
    ['GEORGE BUSH', 'HASWANI, George', 50, 50],
    ['AL-QAEDA', 'AL QAIDA', 90, 90],
    ['ESCOBAR', 'ESSABAR, Zakariya', 82, 81],
    ['OBAMA', 'OBAID, Maher Ribhi Nimr', 83, 82],
  ])('%s vs %s: OFAC %d, ours %d', (query, listed, _ofac, ours) => {
    expect(ofacPoints(scoreOfac(query, listed).score)).toBe(ours)
  })

  it('explains a score by parts, naming the pairs and the shared sound', () => {
    const detail = describeOfac(scoreOfac('VLADIMR PUTIN', 'PUTIN, Vladimir'))
    expect(detail).toBe(
      "by parts 0.99 (vladimr ≈ vladimir 0.97, same sound V435: 0.98; putin = putin), over whole string 'vladimr putin' vs 'putin vladimir' 0.56",
    )
  })

  it('explains a score by the whole string, and the parts that found nothing', () => {
    const detail = describeOfac(scoreOfac('GEORGE BUSH', 'GEORGY MASLOV'))
    expect(detail).toBe(
      "whole string 'george bush' vs 'georgy maslov' 0.83, over by parts 0.47 (george ≈ georgy 0.93, same sound G620: 0.94; bush: no part reaches 0.5)",
    )
  })

  it('scores nothing for a name with no letters', () => {
    expect(scoreOfac('', 'PUTIN, Vladimir').score).toBe(0)
  })
})
