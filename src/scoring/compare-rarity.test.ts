import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openFixtureStore } from '../../test/support/fixture-store.js'
import { openTempStore, tempDir, type TempStore } from '../../test/support/temp-store.js'
import { comparePairs, readPairs, type Row } from '../cli/commands/compare.js'
import type { Matchable } from '../index/matchable.js'
import { loadDataVersion, type DataVersion } from '../screening/data-version/data-version.js'
import { parseQuery } from '../screening/query.js'
import { VIGIL_V1 } from './algorithms.js'
import {
  bundledRarity,
  bundledTokenFrequencies,
  formatTokenTable,
  listRarity,
  listTokenFrequencies,
  pairRarity,
  parseTokenTable,
  rarityFrom,
  type TokenFrequencies,
} from './compare-rarity.js'
import { corpusRarity } from './corpus-rarity.js'

const dir = tempDir()

// One pair, "Vladimir Ivanov" vs "Vladimir Petrov", in two files whose other rows make either word
// common: rarity taken from the file scores the pair apart; from the lists or the table, alike.
const PAIR = 'Person,Vladimir Ivanov,Vladimir Petrov'
function pairsFile(name: string, filler: (i: number) => string): string {
  const path = join(dir, name)
  const rows = Array.from({ length: 60 }, (_, i) => filler(i))
  writeFileSync(path, ['schema,name1,name2', PAIR, ...rows].join('\n'))
  return path
}
const SURNAMES = ['Sokolov', 'Popov', 'Lebedev', 'Kozlov', 'Novikov', 'Morozov', 'Volkov', 'Solovyov', 'Vasiliev', 'Zaitsev']
const GIVEN = ['Sergei', 'Andrei', 'Dmitri', 'Alexei', 'Mikhail', 'Nikolai', 'Pavel', 'Yuri', 'Oleg', 'Boris']
// Vladimir on every row: a common word of this file.
const MANY_VLADIMIRS = pairsFile('vladimirs.csv', (i) => `Person,Vladimir ${SURNAMES[i % 10]},Vladimir ${SURNAMES[(i + 3) % 10]}`)
// Ivanov and Petrov on every row, Vladimir nowhere else.
const MANY_SURNAMES = pairsFile('surnames.csv', (i) => `Person,${GIVEN[i % 10]} Ivanov,${GIVEN[(i + 3) % 10]} Petrov`)

const scoreOfPair = (file: string, rarity: (token: string) => number) => comparePairs(readPairs(file), VIGIL_V1, VIGIL_V1.threshold, file, rarity)[0]!.score

/** The old rarity, over the file's own names. */
function fileRarity(file: string): (token: string) => number {
  const sides = readPairs(file).flatMap((row: Row) => [row.name1!, row.name2!].map((name) => parseQuery({ schema: 'Person', properties: { name: [name] } })))
  return corpusRarity(sides as Matchable[])
}

describe('pair rarity on the real lists (CERS, OFAC SDN, UN)', () => {
  let t: TempStore
  let data: DataVersion
  beforeAll(async () => {
    t = await openFixtureStore('cers+ofac+un')
    data = await loadDataVersion(t.store)
  })
  afterAll(() => t.cleanup())

  it("gives every name token the candidate index's own rarity, to the last digit", async () => {
    const freq = await listTokenFrequencies(t.store)
    expect(freq.datasets.map((d) => d.dataset)).toEqual(['cers', 'un_sc_sanctions', 'us_ofac_sdn'])
    expect(freq.entities).toBe(data.candidates.size)
    const rarity = rarityFrom(freq)
    const tokens = [...freq.counts.keys()]
    expect(tokens.length).toBeGreaterThan(10_000)
    for (const token of tokens) expect(rarity(token), token).toBe(data.candidates.rarity(token))
    // A token no list names is unknown to both: 0.
    expect(rarity('korhonen')).toBe(0)
    expect(data.candidates.rarity('korhonen')).toBe(0)
  })

  it('is what compare scores with when the store has lists, and says so', async () => {
    const rarity = await pairRarity(t.store)
    expect(rarity.source).toBe('lists')
    expect(rarity.description).toMatch(/^Token rarity from the loaded lists \(3 datasets, [\d,]+ named entities\)$/)
    for (const token of ['armanazi', 'mohammad', 'ssrc', 'korhonen']) expect(rarity.rarity(token)).toBe(data.candidates.rarity(token))
    // Asked for, the bundled table is used even so.
    expect((await pairRarity(t.store, 'bundled')).source).toBe('bundled')
  })

  it('scores a pair alike in two files whose other rows differ, where the file rarity did not', async () => {
    const lists = await listRarity(t.store)
    const bundled = bundledRarity()
    // The failing case before: the pair's score moved with its file.
    const before = [scoreOfPair(MANY_VLADIMIRS, fileRarity(MANY_VLADIMIRS)), scoreOfPair(MANY_SURNAMES, fileRarity(MANY_SURNAMES))]
    expect(Math.abs(Number(before[0]) - Number(before[1]))).toBeGreaterThan(0.05)
    for (const { rarity } of [lists, bundled]) expect(scoreOfPair(MANY_VLADIMIRS, rarity)).toBe(scoreOfPair(MANY_SURNAMES, rarity))
  })

  it('bundles a table no staler than these lists: every token on two of their entities is in it, at least as often', async () => {
    // The table counts more lists (UK HMT, EU, BIS DPL too): a token here cannot be on fewer of its
    // entities. A change to tokenization fails this until scripts/token-frequencies.mjs runs again.
    const freq = await listTokenFrequencies(t.store)
    const table = bundledTokenFrequencies()
    expect(table.entities).toBeGreaterThan(freq.entities)
    const missing = [...freq.counts].filter(([token, count]) => count >= table.minCount && (table.counts.get(token) ?? 0) < count)
    expect(missing).toEqual([])
  })
})

describe('pair rarity without lists', () => {
  let t: TempStore
  beforeAll(async () => {
    t = await openTempStore()
  })
  afterAll(() => t.cleanup())

  it('falls back on the bundled table when the store is empty, and says so', async () => {
    const rarity = await pairRarity(t.store)
    expect(rarity.source).toBe('bundled')
    expect(rarity.description).toMatch(/^Token rarity from the bundled frequency table \([\d,]+ entities of the real lists, [\d,]+ tokens\)$/)
    expect(scoreOfPair(MANY_VLADIMIRS, rarity.rarity)).toBe(scoreOfPair(MANY_SURNAMES, rarity.rarity))
  })

  it('refuses to take rarity from an empty store when asked to', async () => {
    await expect(pairRarity(t.store, 'lists')).rejects.toThrow(/holds no lists/)
  })
})

describe('the bundled table', () => {
  const table = bundledTokenFrequencies()
  const rarity = rarityFrom(table)

  it('holds the tokens of two entities or more of the six real lists, in a small file', () => {
    expect(table.minCount).toBe(2)
    expect(table.entities).toBeGreaterThan(20_000)
    expect(table.counts.size).toBeGreaterThan(10_000)
    expect(Math.min(...table.counts.values())).toBe(2)
  })

  it('weighs common tokens low and a token it left out (named once at most) as the rarest', () => {
    const max = Math.log(table.entities + 1)
    // Tokens in their comparison spelling, as the index keys them: "Mohammad" is "muhamad".
    const [mohammad, hassan, armanazi] = parseQuery({ schema: 'Person', properties: { name: ['Mohammad Hassan Armanazi'] } }).names[0]!.tokens
    expect(rarity(mohammad!)).toBeLessThan(3.5)
    expect(rarity(mohammad!)).toBeLessThan(rarity(hassan!))
    expect(rarity(hassan!)).toBeLessThan(rarity(armanazi!))
    expect(rarity(armanazi!)).toBe(max)
    expect(rarity('zzqxv')).toBe(max)
    for (const count of table.counts.values()) expect(Math.log((table.entities + 1) / count)).toBeLessThan(max)
  })

  it('reads back what it writes, trimmed to the minimum count', () => {
    const freq: TokenFrequencies = {
      entities: 5,
      minCount: 1,
      counts: new Map([
        ['b', 1],
        ['a', 3],
        ['al-x', 2],
      ]),
    }
    const back = parseTokenTable(formatTokenTable(freq, 2, ['a comment']))
    expect(back).toEqual({
      entities: 5,
      minCount: 2,
      counts: new Map([
        ['a', 3],
        ['al-x', 2],
      ]),
    })
    expect(rarityFrom(back)('b')).toBe(Math.log(6))
    expect(rarityFrom(freq)('c')).toBe(0)
  })
})
