import { describe, expect, it } from 'vitest'
import type { AppError } from '../errors.js'
import { checkFormat, checkShrink, DEFAULT_POLICY, parseMaxShrink } from './import-gates.js'
import type { VersionInfo } from './store.js'

const live = (entities: number, format = 'ofac-csv'): VersionInfo => ({
  dataset: 'us_ofac_sdn',
  version: '20260101000000-1',
  status: 'live',
  format,
  sourcePath: '/x/sdn.csv',
  sourceUrl: null,
  sourceDate: null,
  importedAt: null,
  entities,
  statements: 0,
  warnings: 0,
})
const incoming = { dataset: 'us_ofac_sdn', format: 'ofac-csv', file: 'sdn.csv' }
const refusal = (work: () => void) => {
  try {
    work()
  } catch (err) {
    return err as AppError
  }
  return undefined
}

describe('checkShrink', () => {
  it('lets through a loss up to the limit, and refuses one past it with both counts and the file', () => {
    expect(refusal(() => checkShrink(incoming, live(48007), 43207, DEFAULT_POLICY))).toBeUndefined()
    const err = refusal(() => checkShrink(incoming, live(48007), 23307, DEFAULT_POLICY))
    expect(err?.code).toBe('import_refused')
    expect(err?.message).toMatch(/^sdn\.csv: Refused: .* 23307 entities, 51% fewer than the 48007 .*limit is 10%/)
  })

  it('accepts any loss with allowShrink, a first import, and growth', () => {
    expect(refusal(() => checkShrink(incoming, live(48007), 10, { ...DEFAULT_POLICY, allowShrink: true }))).toBeUndefined()
    expect(refusal(() => checkShrink(incoming, undefined, 10, DEFAULT_POLICY))).toBeUndefined()
    expect(refusal(() => checkShrink(incoming, live(100), 1000, DEFAULT_POLICY))).toBeUndefined()
  })
})

describe('checkFormat', () => {
  it("refuses another format than the live version's or the manifest's, unless forced", () => {
    const un = { ...incoming, format: 'un-xml' }
    expect(refusal(() => checkFormat(un, live(1), DEFAULT_POLICY))?.message).toContain('came from ofac-csv')
    expect(refusal(() => checkFormat(un, undefined, { ...DEFAULT_POLICY, manifestFormat: 'ofac-csv' }))?.message).toContain('manifest names ofac-csv')
    expect(refusal(() => checkFormat(un, live(1), { ...DEFAULT_POLICY, force: true }))).toBeUndefined()
    expect(refusal(() => checkFormat(incoming, live(1), { ...DEFAULT_POLICY, manifestFormat: 'ofac-csv' }))).toBeUndefined()
  })

  it('treats an FtM delta as the format of the export it patches', () => {
    expect(refusal(() => checkFormat({ ...incoming, format: 'ftm-delta' }, live(1, 'ftm'), DEFAULT_POLICY))).toBeUndefined()
  })
})

describe('parseMaxShrink', () => {
  it('reads percentages, with or without the sign, and refuses the rest', () => {
    expect([parseMaxShrink('25'), parseMaxShrink('2.5%'), parseMaxShrink('100')]).toEqual([0.25, 0.025, 1])
    for (const bad of ['abc', '-5', '101', '0.25x']) expect(() => parseMaxShrink(bad)).toThrow(/not a percentage/)
  })
})
