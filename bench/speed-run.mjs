// The measured process of the speed benchmark (started by bench/speed.mjs under /usr/bin/time -v):
// loads the real lists from a store, adds synthetic entities, builds the data version, and
// measures in-process match latency and recall, then the brute-force Jaro-Winkler baseline on the
// same queries. Writes its figures as JSON, and the names and queries the PostgreSQL baseline needs.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { openStore } from '../dist/store/open-store.js'
import { DEFAULT_ALGORITHM } from '../dist/scoring/algorithms.js'
import { buildDataVersion } from '../dist/screening/data-version/data-version.js'
import { parseQuery } from '../dist/screening/query.js'
import { screenQuery } from '../dist/screening/screen-query.js'
import { foldText } from '../dist/text/normalize.js'
import { jaroWinkler } from '../dist/text/distance.js'
import { generateSynthetic, listedQueries, unlistedQueries } from './speed-data.mjs'
import { median, percentile } from './stats.mjs'

const HOME = process.env.SPEED_HOME
const OUT = process.env.SPEED_OUT
const SYNTHETIC = Number(process.env.SPEED_SYNTHETIC ?? 1_000_000)
const PASSES = Number(process.env.SPEED_PASSES ?? 3)
const LISTED = Number(process.env.SPEED_LISTED ?? 400)
const UNLISTED = Number(process.env.SPEED_UNLISTED ?? 200)
const JW_SECONDS = Number(process.env.SPEED_JW_SECONDS ?? 60)
export const TOP_K = 10

const mb = (bytes) => Math.round(bytes / 2 ** 20)
const seconds = (start) => (performance.now() - start) / 1000
const log = (line) => process.stderr.write(`speed: ${line}\n`)

async function loadReal() {
  const start = performance.now()
  const store = await openStore({ home: HOME, keepVersions: 1 })
  const datasets = await store.listDatasets()
  const entities = []
  for (const d of datasets) for await (const { entity } of store.iterateEntities(d.dataset)) entities.push(entity)
  await store.close()
  return { datasets, entities, seconds: seconds(start) }
}

function buildIndex(real, synthetic, datasets) {
  global.gc?.()
  const rssBefore = process.memoryUsage().rss
  const start = performance.now()
  const index = buildDataVersion([...real, ...synthetic], datasets)
  const buildSeconds = seconds(start)
  global.gc?.()
  const memory = process.memoryUsage()
  return { index, buildSeconds, rssAfterMb: mb(memory.rss), heapUsedMb: mb(memory.heapUsed), rssGrowthMb: mb(memory.rss - rssBefore) }
}

/** Screen every query `PASSES` times; latency per pass (ms), and whether the listed entity came in the top k. */
function measureVigil(index, queries) {
  const screen = (q) =>
    screenQuery({ query: parseQuery({ schema: q.schema, properties: { name: [q.name] } }), data: index, algorithm: DEFAULT_ALGORITHM, limit: TOP_K })
  for (const q of queries.slice(0, 50)) screen(q)
  const passes = []
  let found
  for (let pass = 0; pass < PASSES; pass++) {
    const times = []
    found = queries.map((q) => {
      const start = performance.now()
      const { results } = screen(q)
      times.push(performance.now() - start)
      return { rank: results.findIndex((r) => r.entity.id === q.expected), match: results.some((r) => r.match) }
    })
    times.sort((a, b) => a - b)
    passes.push({ p50: percentile(times, 50), p99: percentile(times, 99), mean: times.reduce((a, b) => a + b, 0) / times.length })
  }
  return { latency: summarize(passes), found }
}

const summarize = (passes) => ({
  p50: median(passes.map((p) => p.p50)),
  p99: median(passes.map((p) => p.p99)),
  mean: median(passes.map((p) => p.mean)),
  passes,
})

/** Every strong name of every matchable entity, folded: what a brute-force scan compares against. */
function allNames(matchables) {
  const owners = []
  const names = []
  for (const m of matchables) {
    const props = m.entity.properties
    for (const name of new Set([...(props.name ?? []), ...(props.alias ?? [])])) {
      owners.push(m.id)
      names.push(name)
    }
  }
  return { owners, names }
}

/** The brute-force baseline: Jaro-Winkler of the folded query against every folded name, top k entities. */
function measureJaroWinkler({ owners, names }, queries) {
  const folded = names.map(foldText)
  const results = []
  const deadline = performance.now() + JW_SECONDS * 1000
  for (const q of queries) {
    if (performance.now() > deadline) break
    const start = performance.now()
    const text = foldText(q.name)
    const best = new Map()
    let floor = 0
    for (let i = 0; i < folded.length; i++) {
      const s = jaroWinkler(text, folded[i])
      if (s <= floor) continue
      const owner = owners[i]
      if ((best.get(owner) ?? -1) >= s) continue
      best.set(owner, s)
      if (best.size > TOP_K * 4) floor = trim(best)
    }
    const ms = performance.now() - start
    const top = [...best]
      .sort((a, b) => b[1] - a[1])
      .slice(0, TOP_K)
      .map(([id]) => id)
    results.push({ n: q.n, ms, rank: q.expected ? top.indexOf(q.expected) : -1, kind: q.kind })
  }
  return results
}

/** Keep the best TOP_K entries; the new floor is the lowest kept score. */
function trim(best) {
  const kept = [...best].sort((a, b) => b[1] - a[1]).slice(0, TOP_K)
  best.clear()
  for (const [id, s] of kept) best.set(id, s)
  return kept.at(-1)[1]
}

async function main() {
  const real = await loadReal()
  log(`store: ${real.entities.length} entities of ${real.datasets.length} datasets in ${real.seconds.toFixed(1)} s`)
  let start = performance.now()
  const synthetic = [...generateSynthetic(SYNTHETIC)]
  const generateSeconds = seconds(start)
  log(`synthetic: ${synthetic.length} entities generated in ${generateSeconds.toFixed(1)} s`)
  const built = buildIndex(real.entities, synthetic, real.datasets)
  const { index } = built
  log(`index: ${index.candidates.size} matchable entities in ${built.buildSeconds.toFixed(1)} s, RSS ${built.rssAfterMb} MB`)
  const queries = [...listedQueries(index.candidates.entities, LISTED), ...unlistedQueries(UNLISTED)].map((q, n) => ({ ...q, n }))
  const vigil = measureVigil(index, queries)
  log(`vigil: p50 ${vigil.latency.p50.toFixed(2)} ms, p99 ${vigil.latency.p99.toFixed(2)} ms`)
  const queriesFile = join(OUT, 'queries.json')
  writeFileSync(queriesFile, JSON.stringify(queries))
  const names = allNames(index.candidates.entities)
  start = performance.now()
  const interleaved = queries.filter((q) => q.expected).flatMap((q, i) => [q, queries[LISTED + i]].filter(Boolean))
  const jw = measureJaroWinkler(names, interleaved)
  log(`jaro-winkler: ${jw.length} queries in ${seconds(start).toFixed(1)} s`)
  writeFileSync(join(OUT, 'names.tsv'), `${names.names.map((n, i) => `${names.owners[i]}\t${n.replace(/[\t\n\\]/g, ' ')}`).join('\n')}\n`)
  const memory = process.memoryUsage()
  const result = {
    entities: {
      real: real.entities.length,
      synthetic: synthetic.length,
      matchable: index.candidates.size,
      names: names.names.length,
      datasets: real.datasets.map((d) => d.dataset),
    },
    storeLoadSeconds: real.seconds,
    generateSeconds,
    build: { seconds: built.buildSeconds, rssAfterMb: built.rssAfterMb, heapUsedMb: built.heapUsedMb, rssGrowthMb: built.rssGrowthMb },
    vigil: { latency: vigil.latency, queries: queries.map((q, i) => ({ n: q.n, kind: q.kind, ...vigil.found[i] })) },
    jaroWinkler: jw,
    rssEndMb: mb(memory.rss),
  }

  writeFileSync(join(OUT, 'run.json'), JSON.stringify(result))
}

await main()
