import { describe, expect, it } from 'vitest'
import { describeStale, freshnessOf, staleDatasets } from './staleness.js'
import type { VersionInfo } from './store.js'

const NOW = new Date('2026-12-01T12:00:00Z')

function version(dataset: string, sourceDate: string | null): VersionInfo {
  return {
    dataset,
    version: '20261201000000-1',
    status: 'live',
    format: 'x',
    sourcePath: '/x',
    sourceUrl: null,
    sourceDate,
    importedAt: '2026-12-01T00:00:00Z',
    entities: 1,
    statements: 1,
    warnings: 0,
  }
}

describe('freshnessOf', () => {
  it('counts whole days from the source date and flags a list past the limit', () => {
    expect(freshnessOf('2026-11-01', NOW, 30)).toEqual({ sourceDate: '2026-11-01', ageDays: 30, stale: false })
    expect(freshnessOf('2026-10-31', NOW, 30)).toEqual({ sourceDate: '2026-10-31', ageDays: 31, stale: true })
  })

  it('reads the timestamps importers store and keeps only the day', () => {
    expect(freshnessOf('2026-02-27T00:00:09.554Z', NOW, 30)).toEqual({ sourceDate: '2026-02-27', ageDays: 277, stale: true })
  })

  it('calls a list without a date undated, not fresh and not stale', () => {
    expect(freshnessOf(null, NOW, 30)).toEqual({ sourceDate: null, ageDays: null, stale: false })
    expect(freshnessOf('not a date', NOW, 30)).toEqual({ sourceDate: null, ageDays: null, stale: false })
  })
})

describe('staleDatasets', () => {
  it('lists the stale ones, oldest first, and says what to do', () => {
    const stale = staleDatasets([version('a', '2026-11-20'), version('uk', '2018-04-13'), version('un', '2026-02-27'), version('c', null)], NOW, 30)
    expect(stale.map((s) => s.dataset)).toEqual(['uk', 'un'])
    expect(describeStale(stale, 30)).toMatch(
      /^2 datasets are older than 30 days \(VIGIL_STALE_DAYS\): uk \(2018-04-13, 3154 days\), un \(2026-02-27, 277 days\)\. .*vigil update/,
    )
    expect(describeStale([], 30)).toBeUndefined()
  })
})
