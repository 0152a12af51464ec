/**
 * Importers against damaged copies of the real lists: truncations (at random offsets and at line
 * boundaries), byte flips, NULs, byte-order marks, mixed line ends. Each import must be a clean
 * refusal (an AppError naming the file, no stack trace, the previous version still live) or a
 * clean import, and never a silent shrink. The PRNG is seeded: a failing case name reproduces it.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AppError } from '../src/errors.js'
import { getImporter } from '../src/importers/registry.js'
import { importList } from '../src/store/import-list.js'
import type { Store, VersionInfo } from '../src/store/store.js'
import { runCli } from './support/run-cli.js'
import { sharedData } from './support/shared-data.js'
import { openTempStore, tempDir, tempLocation, type StoreLocation, type TempStore } from './support/temp-store.js'

const SEED = 20261201

/** mulberry32: small, fast and the same on every machine. */
function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

type Damage = (bytes: Buffer, random: () => number) => Buffer

function lineEnds(b: Buffer): number[] {
  const ends: number[] = []
  for (const [i, byte] of b.entries()) if (byte === 0x0a) ends.push(i + 1)
  return ends
}
const at = (b: Buffer, random: () => number) => Math.floor(random() * b.length)

// Each damage, and how many cases of it per format.
const DAMAGES: Array<{ name: string; cases: number; damage: Damage }> = [
  { name: 'truncated at a random byte', cases: 2, damage: (b, r) => b.subarray(0, at(b, r)) },
  {
    name: 'truncated at a line end',
    cases: 2,
    damage: (b, r) => {
      const ends = lineEnds(b)
      return b.subarray(0, ends[Math.floor(r() * ends.length)])
    },
  },
  {
    name: 'three bytes flipped',
    cases: 3,
    damage: (b, r) => {
      const c = Buffer.from(b)
      for (let i = 0; i < 3; i++) c[at(c, r)] = Math.floor(r() * 256)
      return c
    },
  },
  {
    name: 'a NUL inserted',
    cases: 1,
    damage: (b, r) => {
      const i = at(b, r)
      return Buffer.concat([b.subarray(0, i), Buffer.from([0]), b.subarray(i)])
    },
  },
  { name: 'a UTF-8 byte-order mark added', cases: 1, damage: (b) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), b]) },
  {
    name: 'mixed line ends',
    cases: 1,
    damage: (b, r) =>
      Buffer.from(
        b.toString('latin1').replace(/\r?\n/g, () => (r() < 0.5 ? '\r\n' : '\n')),
        'latin1',
      ),
  },
]

/** The first `lines` lines of a file, and optionally a closing text, as a smaller list to damage. */
function head(path: string, lines: number, close = ''): Buffer {
  const bytes = readFileSync(path)
  return Buffer.concat([bytes.subarray(0, lineEnds(bytes)[lines - 1]), Buffer.from(close)])
}

/** The UN list cut after its `n`th individual, closed again so the cut copy is a whole file. */
function unHead(n: number): Buffer {
  const text = readFileSync(sharedData('un-sc-consolidated/2026-02-27/UN_consolidated.xml'), 'utf-8')
  let end = 0
  for (let i = 0; i < n; i++) end = text.indexOf('</INDIVIDUAL>', end) + '</INDIVIDUAL>'.length
  return Buffer.from(`${text.slice(0, end)}\n  </INDIVIDUALS>\n</CONSOLIDATED_LIST>\n`)
}

// Small copies keep the file fast: a whole OFAC 2024 import takes seconds; these take a fraction.
const FORMATS = [
  { format: 'ofac-csv', file: 'sdn.csv', base: () => head(sharedData('ofac-sdn/2024-05-03/sdn.csv'), 1500) },
  { format: 'un-xml', file: 'UN_consolidated.xml', base: () => unHead(120) },
  { format: 'hmt-csv', file: 'ConList.csv', base: () => head(sharedData('uk-hmt-ofsi-conlist/2018-04-13/sanctionsconlist.csv'), 1500) },
  { format: 'bis-dpl', file: 'dpl.txt', base: () => readFileSync(sharedData('us-bis-dpl/2023-11-30/dpl.txt')) },
  { format: 'csl-csv', file: 'consolidated.csv', base: () => readFileSync(sharedData('us-csl/2025-06-tiny/consolidated.csv')) },
  { format: 'ftm', file: 'entities.ftm.json', base: () => head(sharedData('opensanctions-ftm/sa_wiki_peps-20240311/entities.ftm.json'), 600) },
]

interface Case {
  format: string
  damage: string
  bytes: Buffer
  base: Buffer
}

function casesOf(spec: (typeof FORMATS)[number], random: () => number): Case[] {
  const base = spec.base()
  return DAMAGES.flatMap((d) => Array.from({ length: d.cases }, () => ({ format: spec.format, damage: d.name, bytes: d.damage(base, random), base })))
}

describe(`importers on damaged copies of the real lists (seed ${SEED})`, () => {
  const home = tempDir()
  const random = prng(SEED)
  let t: TempStore
  let store: Store

  beforeAll(async () => {
    // Every version kept: a clean import is rolled back so each case meets the undamaged base.
    t = await openTempStore(await tempLocation(1000))
    store = t.store
  })
  afterAll(() => t.cleanup())

  describe.each(FORMATS)('$format', (spec) => {
    const dir = join(home, spec.format)
    const path = join(dir, spec.file)
    const dataset = `fuzz_${spec.format.replace(/-/g, '_')}`
    const run = (bytes: Buffer) => {
      writeFileSync(path, bytes)
      return importList(store, { importer: getImporter(spec.format), path, dataset })
    }
    let base: VersionInfo
    const cases = casesOf(spec, random)

    beforeAll(async () => {
      mkdirSync(dir, { recursive: true })
      base = (await run(cases[0]!.base)).version
      expect(base.entities).toBeGreaterThan(20)
    })

    it.each(cases.map((c, i) => ({ ...c, name: `${c.damage} #${i}` })))('$name', async (c) => {
      const outcome = await run(c.bytes).then(
        (r) => r.version,
        (err: unknown) => err,
      )
      const live = (await store.listDatasets()).find((d) => d.dataset === dataset)!
      if (outcome instanceof Error) {
        expect(outcome, String(outcome.stack)).toBeInstanceOf(AppError)
        expect(outcome.message).toContain(basename(path))
        expect(outcome.message).not.toMatch(/\n\s+at /)
        expect(live.version).toBe(base.version)
        if (c.damage === 'a NUL inserted') expect(outcome.message).toContain('NUL')
      } else {
        const { version, entities } = outcome as VersionInfo
        expect(c.damage).not.toBe('a NUL inserted')
        expect(entities, 'a silent shrink').toBeGreaterThanOrEqual(base.entities * 0.9)
        expect(live.version).toBe(version)
        await store.activateVersion(dataset, base.version)
      }
      // A cut that loses over half the file cannot slip through as a smaller list.
      if (c.damage.startsWith('truncated') && c.bytes.length < c.base.length / 2) expect(outcome).toBeInstanceOf(AppError)
      if (c.damage === 'mixed line ends') expect(outcome).toMatchObject({ entities: base.entities })
    })
  })
})

describe('damaged files through the CLI: no stack trace reaches the operator', () => {
  const home = tempDir()
  let store: StoreLocation
  beforeAll(async () => {
    store = await tempLocation()
  })
  afterAll(() => store.remove())
  const write = (name: string, bytes: Buffer) => {
    const path = join(home, name)
    writeFileSync(path, bytes)
    return path
  }
  const sdn = head(sharedData('ofac-sdn/2024-05-03/sdn.csv'), 1000)
  const un = unHead(60)

  it.each([
    // Mid-line: eight bytes into line 700.
    { format: 'ofac-csv', path: () => write('sdn.csv', sdn.subarray(0, lineEnds(sdn)[698]! + 8)), expected: 'sdn.csv:700: ' },
    {
      format: 'un-xml',
      path: () => write('UN_consolidated.xml', Buffer.from(un.toString().replace('<FIRST_NAME>', '<FIRST_NAME>"<X/>'))),
      expected: 'UN_consolidated.xml:',
    },
    {
      format: 'ftm',
      path: () => write('entities.ftm.json', head(sharedData('opensanctions-ftm/sa_wiki_peps-20240311/entities.ftm.json'), 40).subarray(0, -30)),
      expected: 'entities.ftm.json:40: ',
    },
  ])('$format', ({ format, path, expected }) => {
    const out = runCli(['import', format, path()], store.env)
    expect(out.status, out.stderr).toBe(2)
    expect(out.stderr).toContain(expected)
    expect(out.stderr).not.toMatch(/^\s+at |unexpected error/m)
  })
})
