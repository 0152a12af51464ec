/**
 * The import sanity gates through the real `vigil` binary on the real lists: a refused import exits 2
 * with a message that says what to do, prints no stack trace, and leaves the previous version live.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { runCli, type CliResult } from './support/run-cli.js'
import { sharedData } from './support/shared-data.js'
import { tempDir, tempLocation, type StoreLocation } from './support/temp-store.js'

const OFAC_2024 = sharedData('ofac-sdn/2024-05-03/sdn.csv')
const UN = sharedData('un-sc-consolidated/2026-02-27/UN_consolidated.xml')
// A stack trace line ("    at fn (file.js:1:2)") or an absolute path of the code.
const STACK = /^\s+at |\/dist\/|\/src\//m

interface Live {
  dataset: string
  version: string
  entities: number
  format: string
}

function expectRefusal(out: CliResult, ...phrases: string[]): void {
  expect(out.status, out.stderr).toBe(2)
  for (const phrase of phrases) expect(out.stderr).toContain(phrase)
  expect(out.stderr).not.toMatch(STACK)
}

/** The first `count` CRLF lines of OFAC's 2024 sdn.csv, cut cleanly at a line boundary. */
function ofacLines(count: number): string[] {
  return readFileSync(OFAC_2024, 'utf-8').split('\r\n').slice(0, count)
}

describe('import sanity gates, through the CLI on OFAC 2024 and the UN list', () => {
  const dir = tempDir()
  let store: StoreLocation
  const vigil = (...args: string[]) => runCli(args, store.env)
  const live = () => JSON.parse(vigil('datasets', '--json').stdout) as Live[]
  const ofacLive = () => live().find((d) => d.dataset === 'us_ofac_sdn')!
  let first: Live
  const half = join(dir, 'half', 'sdn.csv')
  const halfLines = Math.floor(ofacLines(Infinity).length / 2)

  beforeAll(async () => {
    store = await tempLocation()
    mkdirSync(join(dir, 'half'), { recursive: true })
    writeFileSync(half, `${ofacLines(halfLines).join('\r\n')}\r\n`)
    const out = vigil('import', 'ofac-csv', OFAC_2024, '--no-warnings')
    expect(out.status, out.stderr).toBe(0)
    first = ofacLive()
  })

  it('refuses sdn.csv cut halfway at a line boundary, and keeps the full version live', () => {
    expect(first.entities).toBe(48007)
    const out = vigil('import', 'ofac-csv', half, '--no-warnings')
    expectRefusal(out, '[import_refused]', 'fewer than the 48007', '--allow-shrink')
    const cut = Number(out.stderr.match(/has (\d+) entities/)?.[1])
    expect(cut).toBeGreaterThan(15000)
    expect(cut).toBeLessThan(48007 * 0.6)
    expect(ofacLive()).toEqual(first)
  })

  it('refuses the cut file in `vigil update` too, reporting it for its dataset', () => {
    const mirror = join(dir, 'mirror')
    mkdirSync(join(mirror, 'ofac'), { recursive: true })
    writeFileSync(join(mirror, 'ofac', 'sdn.csv'), readFileSync(half))
    const manifest = join(dir, 'manifest.yaml')
    writeFileSync(
      manifest,
      [
        'datasets:',
        '  - { name: us_ofac_sdn, title: OFAC SDN, publisher: OFAC, format: ofac-csv,',
        '      files: [{ name: sdn.csv, url: "https://example.org/sdn.csv", mirror: ofac/sdn.csv }] }',
        '',
      ].join('\n'),
    )
    const out = vigil('update', '--manifest', manifest, '--mirror', mirror)
    expectRefusal(out, 'The previous versions stay live')
    expect(out.stdout).toMatch(/^us_ofac_sdn: REFUSED: sdn\.csv: Refused: the new version of 'us_ofac_sdn' has \d+ entities/m)
    expect(ofacLive()).toEqual(first)
  })

  it('refuses UN XML into the OFAC dataset; --force lets the format through but not the shrink', () => {
    expectRefusal(vigil('import', 'un-xml', UN, '--dataset', 'us_ofac_sdn'), "un-xml into 'us_ofac_sdn'", 'came from ofac-csv', '--force')
    expect(ofacLive()).toEqual(first)
    expectRefusal(vigil('import', 'un-xml', UN, '--dataset', 'us_ofac_sdn', '--force', '--no-warnings'), 'has 2454 entities')
    expect(ofacLive()).toEqual(first)
  })

  it('refuses a format the source manifest does not name for a dataset, even with nothing live', () => {
    const out = vigil('import', 'un-xml', UN, '--dataset', 'us_bis_denied')
    expectRefusal(out, 'the source manifest names bis-dpl for it', '--force')
    expect(live().map((d) => d.dataset)).toEqual(['us_ofac_sdn'])
  })

  it('accepts the cut file knowingly with --allow-shrink, or a --max-shrink above its loss', () => {
    const out = vigil('import', 'ofac-csv', half, '--max-shrink', '40', '--no-warnings')
    expectRefusal(out, 'the limit is 40%')
    const allowed = vigil('import', 'ofac-csv', half, '--allow-shrink', '--no-warnings')
    expect(allowed.status, allowed.stderr).toBe(0)
    expect(ofacLive().entities).toBeLessThan(first.entities * 0.6)
    expect(ofacLive().version).not.toBe(first.version)
  })

  it('reads --max-shrink as a percentage and refuses anything else', () => {
    expectRefusal(vigil('import', 'ofac-csv', half, '--max-shrink', 'half'), "--max-shrink 'half' is not a percentage")
  })
})

describe('broken files are refused with file:line and what was expected', () => {
  const dir = tempDir()
  let store: StoreLocation
  const vigil = (...args: string[]) => runCli(args, store.env)
  beforeAll(async () => {
    store = await tempLocation()
  })
  const write = (name: string, text: string | Buffer) => {
    const path = join(dir, name)
    writeFileSync(path, text)
    return path
  }

  it('names the line of a NUL byte in the middle of the UN XML, and imports nothing', () => {
    const bytes = readFileSync(UN)
    const at = bytes.indexOf('<FIRST_NAME>', Math.floor(bytes.length / 2)) + 13
    const line = bytes.subarray(0, at).filter((b) => b === 0x0a).length + 1
    const path = write('UN_consolidated.xml', Buffer.concat([bytes.subarray(0, at), Buffer.from([0]), bytes.subarray(at)]))
    expectRefusal(vigil('import', 'un-xml', path), `UN_consolidated.xml:${line}: NUL byte`)
    expect(vigil('datasets', '--json').stdout.trim()).toBe('[]')
  })

  it('names the line of a stray quote inside an OFAC field, in either place csv-parse finds it', () => {
    const lines = ofacLines(400)
    // A quote in an unquoted field (csv-parse's "Invalid Opening Quote", a raw throw before).
    lines[99] = lines[99]!.replace(/,-0- ,/, ',-0- "x,')
    const opening = write('sdn.csv', `${lines.join('\r\n')}\r\n`)
    expectRefusal(vigil('import', 'ofac-csv', opening, '--dataset', 'quotes'), 'sdn.csv:100: Malformed CSV', 'has a quote in the middle')
    const closing = ofacLines(400)
    closing[199] = closing[199]!.replace(/^(\d+,"[^"]{3})/, '$1"')
    const closingPath = write('sdn.csv', `${closing.join('\r\n')}\r\n`)
    expectRefusal(vigil('import', 'ofac-csv', closingPath, '--dataset', 'quotes'), 'sdn.csv:200: Malformed CSV', 'must be doubled')
  })

  it('warns about two records giving one id different values, naming both lines; identical repeats stay silent', () => {
    const lines = ofacLines(300)
    const entNum = lines[9]!.split(',')[0]!
    const renamed = lines[9]!.replace(/^(\d+,")([^"]+)"/, '$1$2 RENAMED"')
    const path = write('sdn.csv', `${[...lines, lines[19], renamed].join('\r\n')}\r\n`)
    const out = vigil('import', 'ofac-csv', path, '--dataset', 'dups')
    expect(out.status, out.stderr).toBe(0)
    const warnings = out.stderr.split('\n').filter((l) => l.includes('comes from two records'))
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toContain(`id ofac-${entNum} `)
    expect(warnings[0]).toContain(`line 10, ent_num ${entNum}`)
    expect(warnings[0]).toContain(`line 302, ent_num ${entNum}`)
  })
})
