import { describe, expect, it } from 'vitest'
import type { VersionInfo } from '../store/store.js'
import { collectionVersion } from './collection-version.js'

const v = (dataset: string, version: string) => ({ dataset, version }) as VersionInfo

describe('collectionVersion', () => {
  it("has OpenSanctions' form, the newest dataset's time first, as yente clients parse it", () => {
    const version = collectionVersion([v('cers', '20261201190944-1'), v('us_ofac_sdn', '20261201191201-12')])!
    expect(version).toMatch(/^20261201191201-[a-z]{3}$/)
    // marble: the time is the version without its last four characters.
    expect(version.slice(0, -4)).toBe('20261201191201')
  })

  it('changes when any dataset version changes, and is null with no dataset', () => {
    const a = collectionVersion([v('cers', '20261201190944-1'), v('us_ofac_sdn', '20261201191201-2')])
    const b = collectionVersion([v('cers', '20261201190944-3'), v('us_ofac_sdn', '20261201191201-2')])
    expect(a).not.toBe(b)
    expect(collectionVersion([v('us_ofac_sdn', '20261201191201-2'), v('cers', '20261201190944-1')])).toBe(a)
    expect(collectionVersion([])).toBeNull()
  })
})
