// Batch screening benchmark on the real lists: how batch workers best get their index, and names/s
// with 1 and 2 workers. Object graphs cannot be shared between threads, so each worker builds its own
// index; the question is where its entities come from:
//   store:    each worker opens the SQLite store and reads the entities itself (in parallel);
//   entities: the main thread reads them once and each worker receives a structured-clone copy.
// Run with `npm run bench` (it builds first); BENCH_RUNS sets the runs (default 3).
// Results go to bench/results/batch.json and bench/results/batch.md.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'csv-parse/sync'
import { BATCH_LISTS } from './batch-lists.mjs'
import { median } from './stats.mjs'

const ROOT = fileURLToPath(new URL('../', import.meta.url))
const DATA = join(ROOT, '..', 'shared', 'data')
const CLI = join(ROOT, 'dist', 'cli', 'main.js')
const RUNS = Number(process.env.BENCH_RUNS ?? 3)
const { readIndexSource, screenBatch } = await import(join(ROOT, 'dist', 'screening', 'screen-batch.js'))
const { openStore } = await import(join(ROOT, 'dist', 'store', 'open-store.js'))

const LISTS = BATCH_LISTS

function importLists(home) {
  for (const [format, path] of LISTS) {
    const run = spawnSync(process.execPath, [CLI, '--home', home, 'import', format, path, '--no-warnings'], { encoding: 'utf-8' })
    if (run.status !== 0) throw new Error(`import ${format} ${path} failed:\n${run.stderr}`)
  }
}

/** The yente screening benchmark's UN positives and global negatives, as person queries. */
function benchmarkRows() {
  const read = (file) =>
    /** @type {Record<string, string>[]} */ (parse(readFileSync(join(DATA, 'name-matching/yente-screening-benchmark', file)), { columns: true }))
  return [...read('positives_un_untreated.csv'), ...read('validation_negatives_global_1k.csv')].map((r) => {
    const properties = { name: [r.full_name] }
    if (r.date_of_birth) properties.birthDate = [r.date_of_birth]
    if (r.nationality) properties.nationality = [r.nationality]
    return { query: { schema: 'Person', properties } }
  })
}

/** What `vigil screen` does: read the store once in the main thread, for the workers to copy. */
async function readEntities(home) {
  const store = await openStore({ home, keepVersions: 3 })
  try {
    return await readIndexSource(store)
  } finally {
    await store.close()
  }
}

/** One batch; `indexSeconds` counts the main thread's reading too when it hands entities over. */
async function runOnce(home, rows, mode, workers) {
  const started = performance.now()
  const source = mode === 'store' ? { store: { home, keepVersions: 1 } } : await readEntities(home)
  const result = await screenBatch({ rows, source, workers, limit: 3 })
  const indexSeconds = (performance.now() - started) / 1000 - result.stats.screenSeconds
  return { indexSeconds, screenSeconds: result.stats.screenSeconds, rate: result.stats.rate, matches: result.stats.matches, outcomes: result.outcomes }
}

async function measure(home, rows, mode, workers) {
  const runs = []
  for (let i = 0; i < RUNS; i++) runs.push(await runOnce(home, rows, mode, workers))
  const row = {
    mode,
    workers,
    runs: RUNS,
    indexSeconds: median(runs.map((r) => r.indexSeconds)),
    screenSeconds: median(runs.map((r) => r.screenSeconds)),
    rate: median(runs.map((r) => r.rate)),
    matches: runs[0].matches,
  }
  process.stderr.write(`${mode}, ${workers} worker(s): index ${row.indexSeconds.toFixed(1)} s, ${Math.round(row.rate)} names/s\n`)
  return { row, outcomes: runs[0].outcomes }
}

const home = mkdtempSync(join(tmpdir(), 'vigil-bench-batch-'))
try {
  importLists(home)
  const { entities } = await readEntities(home)
  const rows = benchmarkRows()
  const load = loadavg()[0]
  const one = await measure(home, rows, 'store', 1)
  const two = await measure(home, rows, 'store', 2)
  const copied = await measure(home, rows, 'entities', 2)
  const same = JSON.stringify(one.outcomes) === JSON.stringify(two.outcomes) && JSON.stringify(two.outcomes) === JSON.stringify(copied.outcomes)
  const results = [one.row, two.row, copied.row]
  const summary = {
    date: new Date().toISOString(),
    entities: entities.length,
    names: rows.length,
    loadAverageAtStart: load,
    sameResults: same,
    results,
    speedup2Workers: two.row.rate / one.row.rate,
    entitiesVsStoreIndex: copied.row.indexSeconds / two.row.indexSeconds,
  }
  writeFileSync(join(ROOT, 'bench', 'results', 'batch.json'), `${JSON.stringify(summary, null, 2)}\n`)
  writeFileSync(join(ROOT, 'bench', 'results', 'batch.md'), report(summary))
  process.stdout.write(report(summary))
} finally {
  rmSync(home, { recursive: true, force: true })
}

function report(s) {
  return [
    '# Batch screening benchmark',
    '',
    `${s.names} names (the yente screening benchmark's UN positives and global negatives, as person queries with birth date`,
    `and nationality) screened against ${s.entities} entities of the real lists (cers, OFAC SDN 2024, UN, UK HMT 2018, EU annexes,`,
    `BIS DPL) with \`screenBatch\`, ${s.runs ?? RUNS} runs each, medians. Load average at start: ${s.loadAverageAtStart.toFixed(2)}`,
    "(the machine has 2 cores, shared). Index time is until every worker has its index, including the main thread's",
    'reading when it hands the entities over. Produced by `node bench/batch.mjs` after `npm run build`.',
    '',
    '| index source | workers | index, s | screening, s | names/s | rows with a match |',
    '|---|---:|---:|---:|---:|---:|',
    ...s.results.map(
      (r) => `| ${r.mode} | ${r.workers} | ${r.indexSeconds.toFixed(1)} | ${r.screenSeconds.toFixed(1)} | ${Math.round(r.rate)} | ${r.matches} |`,
    ),
    '',
    `- 2 workers vs 1: ${s.speedup2Workers.toFixed(2)}× the names/s.`,
    `- Entities copied from the main thread vs each worker reading the store: ${s.entitiesVsStoreIndex.toFixed(2)}× the index time.`,
    `- Identical results with 1 and 2 workers and with either index source: ${s.sameResults ? 'yes' : 'NO'}.`,
    '',
  ].join('\n')
}
