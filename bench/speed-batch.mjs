// Batch throughput of the speed benchmark, in its own process (worker threads count in a process's
// RSS): the same entities as bench/speed-run.mjs (the store's real lists and the same seeded
// synthetic ones), the query set's names repeated to SPEED_BATCH_ROWS rows, screened by
// `screenBatch` with 1 and then 2 workers. Each worker builds its own index first; the rate counts
// screening only. Prints the figures as JSON.
import { readFileSync } from 'node:fs'
import { openStore } from '../dist/store/open-store.js'
import { screenBatch } from '../dist/screening/screen-batch.js'
import { generateSynthetic } from './speed-data.mjs'

const HOME = process.env.SPEED_HOME
const SYNTHETIC = Number(process.env.SPEED_SYNTHETIC ?? 1_000_000)
const ROWS = Number(process.env.SPEED_BATCH_ROWS ?? 3000)
const queries = JSON.parse(readFileSync(process.env.SPEED_QUERIES, 'utf-8'))

const store = await openStore({ home: HOME, keepVersions: 1 })
const datasets = await store.listDatasets()
const entities = []
for (const d of datasets) for await (const { entity } of store.iterateEntities(d.dataset)) entities.push(entity)
await store.close()
for (const e of generateSynthetic(SYNTHETIC)) entities.push(e)

const rows = Array.from({ length: ROWS }, (_, i) => {
  const q = queries[i % queries.length]
  return { query: { schema: q.schema, properties: { name: [q.name] } } }
})
const runs = []
for (const workers of [1, 2]) {
  const { stats } = await screenBatch({ rows, source: { entities, datasets }, workers, limit: 10 })
  process.stderr.write(`speed: batch, ${workers} worker(s): index ${stats.indexSeconds.toFixed(1)} s, ${stats.rate.toFixed(0)} rows/s\n`)
  runs.push({ workers, rows: stats.rows, rate: stats.rate, indexSeconds: stats.indexSeconds, screenSeconds: stats.screenSeconds })
}
process.stdout.write(JSON.stringify(runs))
