import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serveFolder, type FileServer } from './support/file-server.js'
import { runCli } from './support/run-cli.js'
import { runCliAsync } from './support/run-cli-async.js'
import { sharedData } from './support/shared-data.js'
import { tempLocation, type StoreLocation } from './support/temp-store.js'

interface DatasetRow {
  dataset: string
  version: string
  entities: number
  sourceUrl: string | null
  sourceDate: string | null
}

const datasets = (store: StoreLocation) => JSON.parse(runCli(['datasets', '--json'], store.env).stdout) as DatasetRow[]

describe('vigil update against a local HTTP server serving the shared files', () => {
  let server: FileServer

  beforeAll(async () => {
    server = await serveFolder(sharedData(''))
  })
  afterAll(() => server.close())

  it("fetches through --mirror with the manifest's mirror paths and imports each list", async () => {
    const store = await tempLocation()
    const out = await runCliAsync(['update', 'us_ofac_sdn', 'us_ofac_cons', '--mirror', server.url], store.env)
    expect(out.status, out.stderr).toBe(0)
    expect(server.requests).toContain('/ofac-sdn/2024-05-03/sdn.csv')
    // The newest alias and address files beside the newest complete sdn.csv (datasets/manifest.yaml).
    expect(server.requests).toContain('/ofac-sdn/2025-12-24-no-sdn-csv/alt.csv')
    expect(server.requests).toContain('/ofac-sdn/2025-12-24-no-sdn-csv/add.csv')
    expect(server.requests).toContain('/ofac-consolidated-non-sdn/2025-12-19/cons_alt.csv')
    const rows = datasets(store)
    expect(rows.map((r) => r.dataset)).toEqual(['us_ofac_cons', 'us_ofac_sdn'])
    expect(rows.find((r) => r.dataset === 'us_ofac_sdn')?.sourceUrl).toBe(`${server.url}/ofac-sdn/2024-05-03/sdn.csv`)
    expect(rows.every((r) => r.entities > 0)).toBe(true)
    // Neither OFAC file states its date: the manifest's mirror_date is the source date.
    expect(rows.map((r) => r.sourceDate)).toEqual(['2025-12-19', '2024-05-03'])
    await store.remove()
  })

  it('fetches from the URLs of a manifest, and keeps the previous version when a file is missing', async () => {
    const store = await tempLocation()
    const manifest = join(store.home, 'manifest.yaml')
    const write = (sdnPath: string) =>
      writeFileSync(
        manifest,
        [
          'datasets:',
          '  - name: us_ofac_sdn',
          '    title: OFAC SDN',
          '    publisher: OFAC',
          '    format: ofac-csv',
          '    files:',
          `      - { name: sdn.csv, url: "${server.url}/${sdnPath}" }`,
          `      - { name: alt.csv, url: "${server.url}/ofac-sdn/2021-07-07/alt.csv" }`,
          `      - { name: add.csv, url: "${server.url}/ofac-sdn/2021-07-07/add.csv" }`,
          '',
        ].join('\n'),
      )
    write('ofac-sdn/2021-07-07/sdn.csv')
    const first = await runCliAsync(['update', '--manifest', manifest], store.env)
    expect(first.status, first.stderr).toBe(0)
    const before = datasets(store)

    write('ofac-sdn/gone/sdn.csv')
    const second = await runCliAsync(['update', '--manifest', manifest], store.env)
    expect(second.status).not.toBe(0)
    expect(second.stdout).toMatch(/us_ofac_sdn: FAILED: Cannot download .*gone\/sdn\.csv: HTTP 404/)
    expect(datasets(store)).toEqual(before)
    await store.remove()
  })

  it('names the unknown dataset and the known ones', async () => {
    const store = await tempLocation()
    const out = await runCliAsync(['update', 'nope'], store.env)
    await store.remove()
    expect(out.status).not.toBe(0)
    expect(out.stderr).toMatch(/No dataset 'nope' in the manifest\. Known: cers, us_ofac_sdn/)
  })
})
