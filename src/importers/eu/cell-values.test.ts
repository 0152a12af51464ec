import { describe, expect, it } from 'vitest'
import { splitCell, splitDateAlternatives } from './cell-values.js'

describe('splitCell', () => {
  it('splits on semicolons', () => {
    expect(
      splitCell('Centre d’Etude et de Recherche Scientifique (CERS); Scientific Studies and Research Centre (SSRC); Centre de Recherche de Kaboun'),
    ).toEqual(['Centre d’Etude et de Recherche Scientifique (CERS)', 'Scientific Studies and Research Centre (SSRC)', 'Centre de Recherche de Kaboun'])
  })

  it('keeps a semicolon inside parentheses', () => {
    expect(splitCell('"أبو دعاء ((Abu Du’a; Abu Duaa’) prominently known by this nom de guerre)"; Dr Ibrahim')).toEqual([
      'أبو دعاء ((Abu Du’a; Abu Duaa’) prominently known by this nom de guerre)',
      'Dr Ibrahim',
    ])
  })

  it('drops enumerators and splits on later ones', () => {
    expect(splitCell('"(a) 1.1.1958; (b) 1958"')).toEqual(['1.1.1958', '1958'])
    expect(splitCell('(a) 3.3.1965, (b) 1.1.1965, (c) 11.1.1965')).toEqual(['3.3.1965', '1.1.1965', '11.1.1965'])
    expect(splitCell('Syrian b) Palestinian')).toEqual(['Syrian', 'Palestinian'])
  })

  it('drops a leading "and" or "or"', () => {
    expect(splitCell('"ryonha@silibank.com; sjc117@hotmail.com; and millim@silibank.com"')).toEqual([
      'ryonha@silibank.com',
      'sjc117@hotmail.com',
      'millim@silibank.com',
    ])
    expect(splitCell('Ain al-Tinah, Syria; or Lattakia, Syria')).toEqual(['Ain al-Tinah, Syria', 'Lattakia, Syria'])
  })

  it('keeps commas inside one value', () => {
    expect(splitCell('Barzeh Street, P.O. Box 4470, Damascus, Syria')).toEqual(['Barzeh Street, P.O. Box 4470, Damascus, Syria'])
  })
})

describe('splitDateAlternatives', () => {
  it.each([
    ['18.1.1970 or 29.3.1965', ['18.1.1970', '29.3.1965']],
    ['21.11.1964 / 1965', ['21.11.1964', '1965']],
    ['10.2.1983 (or 10.3.1983)', ['10.2.1983', '10.3.1983']],
    ['26.12.2016/3.4.2017', ['26.12.2016', '3.4.2017']],
    ['15.4.1957, 22.2.1958', ['15.4.1957', '22.2.1958']],
    ['on or around 3.4.1973', ['about 3.4.1973']],
    ['23.5.2011', ['23.5.2011']],
  ])('%s', (value, expected) => {
    expect(splitDateAlternatives(value)).toEqual(expected)
  })
})
