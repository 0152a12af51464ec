import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from './support/run-cli.js'
import { sharedData } from './support/shared-data.js'
import { fixtureLocation } from './support/fixture-store.js'
import type { StoreLocation } from './support/temp-store.js'

interface Nested {
  id: string
  schema: string
  caption: string
  datasets: string[]
  properties: Record<string, string[]>
}

/** `vigil entity` prints GET /entities/{id}'s shape: related entities nested in the properties. */
interface Described {
  id: string
  datasets: string[]
  referents: string[]
  properties: Record<string, string[]> & { subsidiaries?: Nested[]; addressEntity?: Nested[]; sanctions?: Nested[] }
  provenance: Array<{ prop: string; value: string; dataset: string; source: { file?: string; locator?: string; section?: string } }>
  paths: unknown[]
}

const ARABIC = /\p{Script=Arabic}/u

describe('the vigil binary on the curated and official data', () => {
  let store: StoreLocation
  const vigil = (...args: string[]) => runCli(args, store.env)
  // `vigil entity` builds the screening index (for nesting and derived risk): run it once for SSRC.
  let ssrcOut: ReturnType<typeof runCli> | undefined
  const ssrcEntity = () => (ssrcOut ??= vigil('entity', 'cers-ssrc'))

  // The fixture holds cers and OFAC SDN; the UK and EU lists are imported here, through the CLI.
  beforeAll(async () => {
    store = await fixtureLocation('cers+ofac')
    for (const args of [
      ['hmt-csv', sharedData('uk-hmt-ofsi-conlist/2018-04-13/sanctionsconlist.csv')],
      ['eu-csv', sharedData('eu-journal-annexes-opensanctions/32012R0036-syria.csv')],
    ]) {
      const out = vigil('import', ...args, '--no-warnings')
      expect(out.status, out.stderr).toBe(0)
      expect(out.stdout).toMatch(/^Imported \w+ version \d{14}-\d+: \d+ entities, \d+ statements, \d+ warnings in [\d.]+ s$/m)
    }
  }, 180_000)
  afterAll(() => store?.remove())

  it('shows SSRC as one entity from the curated and the official sources, each value with its source', () => {
    const out = ssrcEntity()
    expect(out.status, out.stderr).toBe(0)
    const ssrc = JSON.parse(out.stdout) as Described
    expect(ssrc.datasets).toEqual(expect.arrayContaining(['cers', 'us_ofac_sdn', 'gb_hmt_sanctions', 'eu_fsf']))
    expect(ssrc.referents).toContain('ofac-9352')
    const names = ssrc.properties.name ?? []
    expect(names).toContain('Scientific Studies and Research Center')
    expect(names.some((n) => /^Centre d'études/.test(n))).toBe(true)
    expect(names.some((n) => ARABIC.test(n))).toBe(true)
    for (const record of ssrc.provenance) {
      expect(record.dataset).toBeTruthy()
      expect(record.source.file).toBeTruthy()
      expect(record.source.locator ?? record.source.section).toBeTruthy()
    }
    const arabic = ssrc.provenance.find((p) => p.prop === 'name' && ARABIC.test(p.value))
    expect(arabic?.source.section).toBeTruthy()
    const ofacName = ssrc.provenance.find((p) => p.dataset === 'us_ofac_sdn' && p.prop === 'name')
    expect(ofacName?.source.locator).toMatch(/ent_num 9352/)
  })

  it('shows its units, places and sanctions', () => {
    const ssrc = JSON.parse(ssrcEntity().stdout) as Described
    const units = (ssrc.properties.subsidiaries ?? []).map((u) => u.caption)
    expect(units).toEqual(expect.arrayContaining(['Institute 1000', 'Institute 4000', 'Branch 550']))
    const places = (ssrc.properties.addressEntity ?? []).filter((a) => a.schema === 'Address')
    expect(places.length).toBeGreaterThan(0)
    expect(places.every((p) => (p.properties.latitude ?? []).length > 0)).toBe(true)
    const sanctions = ssrc.properties.sanctions ?? []
    const sanctionDatasets = new Set(sanctions.flatMap((s) => s.datasets))
    expect([...sanctionDatasets]).toEqual(expect.arrayContaining(['cers', 'us_ofac_sdn', 'gb_hmt_sanctions', 'eu_fsf']))
  })

  it('finds the same merged entity by its OFAC id', () => {
    const byOfac = JSON.parse(vigil('entity', 'ofac-9352').stdout) as Described
    expect(byOfac.id).toBe('cers-ssrc')
  })

  it('lists the datasets with version, count and source', () => {
    const out = vigil('datasets')
    expect(out.status).toBe(0)
    const lines = out.stdout.trim().split('\n')
    expect(lines[0]).toMatch(/^name\s+version\s+entities\s+imported at\s+source\s+source date\s+age$/)
    expect(lines.find((l) => l.startsWith('gb_hmt_sanctions'))).toMatch(/sanctionsconlist\.csv\s+2018-04-13\s+\d+ days, STALE$/)
    expect(out.stderr).toMatch(/^warning: .*gb_hmt_sanctions \(2018-04-13, \d+ days\)/)
  })

  it('exports a dataset as FtM JSON lines, one per entity', () => {
    const out = vigil('export', 'cers', '--format', 'ftm')
    expect(out.status, out.stderr).toBe(0)
    const entities = out.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; schema: string; datasets: string[] })
    const info = (JSON.parse(vigil('datasets', '--json').stdout) as Array<{ dataset: string; entities: number }>).find((d) => d.dataset === 'cers')
    expect(entities.length).toBe(info?.entities)
    expect(entities.every((e) => e.id.startsWith('cers-') && e.schema && e.datasets.includes('cers'))).toBe(true)
    const unknown = vigil('export', 'nope', '--format', 'ftm')
    expect(unknown.status).not.toBe(0)
    expect(unknown.stderr).toMatch(/No dataset 'nope'\. Known: .*cers/)
  })

  it('says clearly when an entity does not exist', () => {
    const out = vigil('entity', 'no-such-entity')
    expect(out.status).toBe(3)
    expect(out.stderr).toMatch(/No entity 'no-such-entity'/)
  })

  it('shows examples in the help of vigil and of each command', () => {
    expect(vigil('--help').stdout).toMatch(/Examples:/)
    for (const command of ['import', 'update', 'datasets', 'entity', 'export', 'serve', 'up']) {
      expect(vigil(command, '--help').stdout, command).toMatch(/Examples:\n\s+(VIGIL_\w+=\S+ )?vigil /)
    }
  })
})
