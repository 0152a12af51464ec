import { describe, expect, it } from 'vitest'
import { parseDate, parseDates } from './dates.js'

describe('parseDate', () => {
  it.each([
    ['07 Feb 1944', '1944-02-07'],
    ['1944', '1944'],
    ['circa 1955', '1955'],
    ['Feb 1944', '1944-02'],
    ['13/04/2018', '2018-04-13'],
    ['2018-04-13', '2018-04-13'],
    ['2026-02-27T00:00:09.554Z', '2026-02-27'],
    ['February 7, 1944', '1944-02-07'],
    ['2015-04-07-04:00', '2015-04-07'],
  ])('reads %s as %s', (raw, iso) => expect(parseDate(raw)).toBe(iso))

  it.each(['31 Feb 1944', 'sometime', '00/00/1970', '13/13/2001', '3033-09-30x'])('rejects %s', (raw) => {
    expect(parseDate(raw)).toBeUndefined()
  })
})

describe('parseDates', () => {
  it('keeps both ends of a range', () => expect(parseDates('1958 to 1960')).toEqual(['1958', '1960']))
  it('fails when one end does not parse', () => expect(parseDates('1958 to never')).toBeUndefined())
})
