/**
 * Token rarity for scoring pairs of names outside screening (`vigil compare`, the accuracy
 * benchmark): a pair's score must depend on the pair, the algorithm and the lists only, never on
 * the other rows of its file. Two sources, both log((N + 1) / df) as the candidate index gives it:
 *
 * - the store's live lists: one document-frequency pass over their entities, merged and analyzed
 *   exactly as a data version builds its candidate index (src/screening/data-version), so every
 *   name token gets the very number `CandidateIndex.rarity` would give it, without building the
 *   index, the network or its risk;
 * - the bundled table, resources/token-frequencies.tsv (scripts/token-frequencies.mjs), for when
 *   the store holds no list: the same counts over the real lists, kept only for tokens on two
 *   entities or more; a token missing from it is on one entity at most, and counts as the rarest.
 */
import { readFileSync } from 'node:fs'
import { AppError } from '../errors.js'
import { toMatchable } from '../index/matchable.js'
import type { Entity } from '../model/entity.js'
import { model } from '../model/ftm.js'
import { resourcePath } from '../resources.js'
import { mergeClusters } from '../screening/data-version/merge-clusters.js'
import type { Store, VersionInfo } from '../store/store.js'

/** Document frequencies of name tokens: over how many of `entities` (matchable, merged) each token appears. */
export interface TokenFrequencies {
  /** The number of documents: matchable entities after merging clusters, as the index counts them. */
  entities: number
  /** Token → number of entities naming it (every token, or only those at or above `minCount`). */
  counts: ReadonlyMap<string, number>
  /** The smallest count kept: 1 when every token is there, more for a trimmed table. */
  minCount: number
}

export type RaritySource = 'lists' | 'bundled'

export interface PairRarity {
  /** log((N + 1) / df); 0 (unknown) for a token no list names. */
  rarity: (token: string) => number
  source: RaritySource
  /** One line for the user: where the rarity comes from. */
  description: string
  /** The live dataset versions counted, for `lists`. */
  datasets?: VersionInfo[]
}

/** The bundled table's file under resources/. */
export const BUNDLED_TABLE = 'token-frequencies.tsv'

/**
 * Count name tokens over entities as `buildDataVersion` indexes them: clusters merged, only
 * matchable schemata, strong and weak names analyzed by `toMatchable`. A form's acronym is an index
 * key in the same space as tokens, so it counts too ("ssrc" is as rare here as in the index).
 */
export function countTokens(all: Iterable<Entity>): TokenFrequencies {
  const counts = new Map<string, number>()
  let entities = 0
  for (const entity of mergeClusters(all)) {
    if (!model.schemata[entity.schema]?.matchable) continue
    entities++
    const m = toMatchable(entity)
    const keys = new Set<string>()
    for (const form of [...m.names, ...m.weakNames]) {
      for (const token of form.tokens) keys.add(token)
      if (form.acronym) keys.add(form.acronym)
    }
    for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return { entities, counts, minCount: 1 }
}

/** Token frequencies over the store's live lists (each dataset at the version listed), and those versions. */
export async function listTokenFrequencies(store: Store): Promise<TokenFrequencies & { datasets: VersionInfo[] }> {
  const datasets = await store.listDatasets()
  const all: Entity[] = []
  for (const d of datasets) for await (const { entity } of store.iterateVersionEntities(d.dataset, d.version)) all.push(entity)
  return { ...countTokens(all), datasets }
}

/**
 * Rarity from token frequencies: log((N + 1) / df) as `CandidateIndex.rarity`. In a trimmed table a
 * missing token had a count below `minCount`: it counts as on one entity, the rarest a listed token
 * can be. With every token kept (minCount 1), a missing token is unknown: 0, as in the index.
 */
export function rarityFrom(freq: TokenFrequencies): (token: string) => number {
  const n = freq.entities + 1
  const missing = freq.minCount > 1 ? Math.log(n) : 0
  return (token) => {
    const count = freq.counts.get(token)
    return count === undefined ? missing : Math.log(n / count)
  }
}

/** Serialize token frequencies as the bundled table: a comment header, the entity count, then token and count per line, by token. */
export function formatTokenTable(freq: TokenFrequencies, minCount: number, header: string[] = []): string {
  const rows = [...freq.counts].filter(([, c]) => c >= minCount).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return [...header.map((h) => `# ${h}`), `entities\t${freq.entities}`, `min_count\t${minCount}`, ...rows.map(([t, c]) => `${t}\t${c}`), ''].join('\n')
}

/** Parse a table written by `formatTokenTable`. */
export function parseTokenTable(text: string): TokenFrequencies {
  const counts = new Map<string, number>()
  let entities = Number.NaN
  let minCount = 1
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue
    const tab = line.lastIndexOf('\t')
    const key = line.slice(0, tab)
    const value = Number(line.slice(tab + 1))
    if (tab < 0 || !Number.isInteger(value)) throw new Error(`Bad line in the token frequency table: '${line}'`)
    if (key === 'entities') entities = value
    else if (key === 'min_count') minCount = value
    else counts.set(key, value)
  }
  if (!Number.isInteger(entities)) throw new Error('The token frequency table has no entities line.')
  return { entities, counts, minCount }
}

let bundled: TokenFrequencies | undefined

/** The bundled table (resources/token-frequencies.tsv), read once. */
export function bundledTokenFrequencies(): TokenFrequencies {
  bundled ??= parseTokenTable(readFileSync(resourcePath(BUNDLED_TABLE), 'utf-8'))
  return bundled
}

/** Rarity from the bundled table: what the benchmark and a store without lists score with. */
export function bundledRarity(): PairRarity {
  const freq = bundledTokenFrequencies()
  return {
    rarity: rarityFrom(freq),
    source: 'bundled',
    description: `Token rarity from the bundled frequency table (${freq.entities.toLocaleString('en-US')} entities of the real lists, ${freq.counts.size.toLocaleString('en-US')} tokens)`,
  }
}

/** Rarity from the store's live lists, exactly as screening's candidate index gives it. */
export async function listRarity(store: Store): Promise<PairRarity> {
  const freq = await listTokenFrequencies(store)
  if (freq.datasets.length === 0) {
    throw new AppError(
      'not_ready',
      `The store at ${store.location} holds no lists to take token rarity from: import some (\`vigil import\`, \`vigil update\`) or use the bundled table.`,
    )
  }
  return {
    rarity: rarityFrom(freq),
    source: 'lists',
    datasets: freq.datasets,
    description: `Token rarity from the loaded lists (${freq.datasets.length} datasets, ${freq.entities.toLocaleString('en-US')} named entities)`,
  }
}

/**
 * The rarity a pair is scored with: the store's live lists when it has any (or when `source` says
 * `lists`), else the bundled table. Nothing in it depends on the pairs scored.
 */
export async function pairRarity(store: Store | undefined, source?: RaritySource): Promise<PairRarity> {
  if (source === 'bundled' || store === undefined) return bundledRarity()
  if (source === undefined && (await store.listDatasets()).length === 0) return bundledRarity()
  return listRarity(store)
}
