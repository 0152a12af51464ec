import { describe, expect, it } from 'vitest'
import { knownDatePart, readDocuments, splitNumbered } from './cell-text.js'

describe('splitNumbered', () => {
  it.each([
    ['1) Saudi Arabia 2) Qatar', ['Saudi Arabia', 'Qatar']],
    ['(1)-(2) Tunisia (3) Libya (4) Algeria', ['Tunisia', 'Libya', 'Algeria']],
    ['(1) to (6) Algeria (7) Morocco', ['Algeria', 'Morocco']],
    ['a) General b)Major General', ['General', 'Major General']],
    ['Syria', ['Syria']],
    ['Afghanistan (since 2009)', ['Afghanistan (since 2009)']],
  ])('%s', (cell, items) => {
    expect(splitNumbered(cell)).toEqual(items)
  })
})

describe('knownDatePart', () => {
  it.each([
    ['00/00/1980', '1980'],
    ['00/05/1980', '05/1980'],
    ['07/02/1944', '07/02/1944'],
    ['', ''],
  ])('%s → %s', (dob, known) => {
    expect(knownDatePart(dob)).toBe(known)
  })
})

describe('readDocuments', () => {
  it('takes the number and its bracketed qualifier', () => {
    expect(readDocuments('G827238 (Tunisian). Issued on 1 June 1996. Expired on 31 May 2001')).toEqual([
      { number: 'G827238', qualifier: 'Tunisian', text: 'G827238 (Tunisian). Issued on 1 June 1996. Expired on 31 May 2001' },
    ])
  })

  it('reads each document of a numbered list', () => {
    const docs = readDocuments('(1) A-333602 (Indian) issued on 4 June 1985 in Bombay (2) M110522 (Indian) issued on 13 Nov 1978')
    expect(docs.map((d) => [d.number, d.qualifier])).toEqual([
      ['A-333602', 'Indian'],
      ['M110522', 'Indian'],
    ])
  })

  it('skips the words before the number', () => {
    expect(readDocuments('Passport No: 592667 (Qatari passport issued on 3 May 2007).')[0]?.number).toBe('592667')
    expect(readDocuments('Tunisia number G557170 issued on 16 Nov 1989.')[0]?.number).toBe('G557170')
  })

  it('finds no number where there is none, and never takes a year for one', () => {
    expect(readDocuments('Uganda Passport.')[0]?.number).toBeUndefined()
    expect(readDocuments('Issued in 1999')[0]?.number).toBeUndefined()
  })
})

describe('splitNumbered with numbers that share a value', () => {
  it('reads "(1) (2) Egypt" as one country', () => {
    expect(splitNumbered('(1) (2) Egypt')).toEqual(['Egypt'])
  })
})
