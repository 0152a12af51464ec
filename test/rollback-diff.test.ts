/**
 * `vigil diff` and `vigil rollback` on the real OFAC files: the 2021 set, then the 2024 sdn.csv.
 * The diff's counts are checked against the ent_num and name columns of the two sdn.csv files.
 */
import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openStore } from '../src/store/open-store.js'
import { runCli } from './support/run-cli.js'
import { sharedData } from './support/shared-data.js'
import { tempLocation, type StoreLocation } from './support/temp-store.js'

const OFAC_2021 = sharedData('ofac-sdn/2021-07-07/')
const OFAC_2024 = sharedData('ofac-sdn/2024-05-03/sdn.csv')

interface Version {
  version: string
  entities: number
  status: string
}

interface Summary {
  id: string
  schema: string
  caption: string
}

interface DiffJson {
  from: Version
  to: Version
  counts: { added: number; removed: number; changed: number; unchanged: number }
  added: Summary[]
  removed: Summary[]
  changed: Array<Summary & { props: string[] }>
}

/** ent_num → name, straight from the CSV text: each record starts a line with its ent_num. */
function namesByEntNum(path: string): Map<string, string> {
  const rows = readFileSync(path, 'utf-8').split(/\r?\n/)
  return new Map(
    rows.flatMap((row) => {
      const m = row.match(/^(\d+),"([^"]*)"/)
      return m ? [[m[1]!, m[2]!] as [string, string]] : []
    }),
  )
}

const mainIds = (items: Summary[]) => new Set(items.map((e) => e.id).filter((id) => /^ofac-\d+$/.test(id)))
const ids = (nums: Iterable<string>) => new Set([...nums].map((n) => `ofac-${n}`))

describe('vigil diff and vigil rollback on OFAC 2021 and 2024', () => {
  let location: StoreLocation
  const vigil = (...args: string[]) => runCli(args, location.env)
  const live = () => (JSON.parse(vigil('datasets', '--json').stdout) as Version[])[0]!
  const old = namesByEntNum(sharedData('ofac-sdn/2021-07-07/sdn.csv'))
  const now = namesByEntNum(OFAC_2024)
  let v2021: Version
  let v2024: Version
  let diff: DiffJson
  // What the API serves: the store's live versions, read as `vigil serve` reads them.
  const served = async (id: string) => {
    const store = await openStore(location.storeOptions)
    try {
      return (await store.getEntity(id)) !== undefined
    } finally {
      await store.close()
    }
  }

  beforeAll(async () => {
    location = await tempLocation()
    expect(vigil('import', 'ofac-csv', OFAC_2021, '--no-warnings').status).toBe(0)
    v2021 = live()
    const second = vigil('import', 'ofac-csv', OFAC_2024, '--no-warnings')
    expect(second.status, second.stderr).toBe(0)
    v2024 = live()
    const out = vigil('diff', 'us_ofac_sdn', '--json')
    expect(out.status, out.stderr).toBe(0)
    diff = JSON.parse(out.stdout) as DiffJson
  })
  afterAll(() => location?.remove())

  it('compares the previous version with the live one by default', () => {
    expect([diff.from.version, diff.to.version]).toEqual([v2021.version, v2024.version])
    expect(diff.counts.added + diff.counts.changed + diff.counts.unchanged).toBe(v2024.entities)
    expect(diff.counts.removed + diff.counts.changed + diff.counts.unchanged).toBe(v2021.entities)
    expect(diff.counts.added).toBe(diff.added.length)
  })

  it('lists as added and removed exactly the entries whose ent_num is in one sdn.csv only', () => {
    const added = [...now.keys()].filter((n) => !old.has(n))
    const removed = [...old.keys()].filter((n) => !now.has(n))
    expect(added.length).toBeGreaterThan(5000)
    expect(mainIds(diff.added)).toEqual(ids(added))
    expect(mainIds(diff.removed)).toEqual(ids(removed))
  })

  it('lists every entry whose name changed as changed, with name among its properties', () => {
    const renamed = [...old].filter(([n, name]) => now.has(n) && now.get(n) !== name).map(([n]) => `ofac-${n}`)
    expect(renamed.length).toBeGreaterThan(0)
    const changed = new Map(diff.changed.map((e) => [e.id, e.props]))
    for (const id of renamed) expect(changed.get(id), id).toContain('name')
    const kept = ids([...old.keys()].filter((n) => now.has(n)))
    for (const id of mainIds(diff.changed)) expect(kept.has(id), id).toBe(true)
  })

  it('prints counts first, then ids with captions', () => {
    const out = vigil('diff', 'us_ofac_sdn', '--limit', '3')
    const lines = out.stdout.split('\n')
    expect(lines[1]).toBe(`${diff.counts.added} added, ${diff.counts.removed} removed, ${diff.counts.changed} changed, ${diff.counts.unchanged} unchanged`)
    const first = diff.added[0]!
    expect(out.stdout).toContain(`  ${first.id}  ${first.schema}  ${first.caption}`)
    expect(out.stdout).toContain(`… and ${diff.counts.added - 3} more`)
  })

  it('rolls back to 2021 by default, so a 2024-only entity is gone, and forward again by label', async () => {
    const only2024 = `ofac-${[...now.keys()].find((n) => !old.has(n))!}`
    expect(await served(only2024)).toBe(true)
    const out = vigil('rollback', 'us_ofac_sdn')
    expect(out.status, out.stderr).toBe(0)
    expect(out.stdout).toContain(`version ${v2021.version}`)
    expect(live()).toMatchObject({ version: v2021.version, entities: v2021.entities, status: 'live' })
    expect(await served(only2024)).toBe(false)
    expect(vigil('rollback', 'us_ofac_sdn', v2024.version).status).toBe(0)
    expect(live()).toMatchObject({ version: v2024.version, entities: v2024.entities })
  })

  it('diffs two named versions either way round', () => {
    const out = vigil('diff', 'us_ofac_sdn', v2024.version, v2021.version, '--json')
    const back = JSON.parse(out.stdout) as DiffJson
    expect(back.counts).toEqual({ ...diff.counts, added: diff.counts.removed, removed: diff.counts.added })
  })

  it('refuses an unknown version or dataset, listing what is kept', () => {
    const version = vigil('rollback', 'us_ofac_sdn', '20990101000000-9')
    expect(version.status).toBe(3)
    expect(version.stderr).toContain(`Kept versions, newest first: ${v2024.version} (live`)
    expect(version.stderr).toContain(`${v2021.version} (retired`)
    const dataset = vigil('diff', 'us_ofac_sdm')
    expect(dataset.status).toBe(2)
    expect(dataset.stderr).toContain("No dataset 'us_ofac_sdm' in the store. Datasets: us_ofac_sdn.")
  })
})
