// The scaling benchmark behind docs/scaling.md: the same real lists in SQLite and in PostgreSQL.
//   import: `vigil import` of every list, one process a list, total seconds;
//   build:  reading the store and building the data version a node serves (index, entities, risk);
//   batch:  the UN benchmark names screened in-process (`vigil screen`) and through the queue
//           (`vigil screen --queue`) with 1 and 2 `vigil worker` processes.
// Medians over BENCH_RUNS runs (default 3); ratios against the SQLite (import, build) or the
// in-process (batch) figure of the same run. A private PostgreSQL cluster is started on a temporary
// folder (scripts/postgres-cluster.sh) unless VIGIL_BENCH_DATABASE_URL names a server to use.
// Results: bench/results/scaling.json and bench/results/scaling.md.
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'csv-parse/sync'
import { BATCH_LISTS } from './batch-lists.mjs'
import { median } from './stats.mjs'

const ROOT = fileURLToPath(new URL('../', import.meta.url))
const DATA = join(ROOT, '..', 'shared', 'data')
const CLI = join(ROOT, 'dist', 'cli', 'main.js')
const RUNS = Number(process.env.BENCH_RUNS ?? 3)
const PORT = 55_471
const { openStore } = await import(join(ROOT, 'dist', 'store', 'open-store.js'))
const { loadDataVersion } = await import(join(ROOT, 'dist', 'screening', 'data-version', 'data-version.js'))

const LISTS = BATCH_LISTS

function run(args, env, options = {}) {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf-8', env: { ...process.env, ...env }, maxBuffer: 256 << 20, ...options })
  if (result.status !== 0) throw new Error(`vigil ${args.join(' ')} failed (exit ${result.status}):\n${result.stderr.slice(-3000)}`)
  return result.stdout
}

// ---- the PostgreSQL server ----

const clusterDir = process.env.VIGIL_BENCH_DATABASE_URL ? undefined : mkdtempSync(join(tmpdir(), 'vigil-bench-pg-'))
const serverUrl =
  process.env.VIGIL_BENCH_DATABASE_URL ??
  spawnSync(join(ROOT, 'scripts', 'postgres-cluster.sh'), ['start', clusterDir, String(PORT)], { encoding: 'utf-8' }).stdout.trim()
if (!serverUrl.startsWith('postgres')) throw new Error('could not start PostgreSQL (scripts/postgres-cluster.sh)')

function psql(sql) {
  const result = spawnSync('psql', [serverUrl, '-qAtc', sql], { encoding: 'utf-8' })
  if (result.status !== 0) throw new Error(`psql: ${result.stderr}`)
}

let databases = 0
/** A fresh database on the server, and the env that points `vigil` at it. */
function freshPostgres() {
  const name = `vigil_bench_${process.pid}_${++databases}`
  psql(`DROP DATABASE IF EXISTS ${name}`)
  psql(`CREATE DATABASE ${name}`)
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  const home = mkdtempSync(join(tmpdir(), 'vigil-bench-home-'))
  return { label: 'postgres', env: { VIGIL_HOME: home, VIGIL_DATABASE_URL: url.toString() }, drop: () => psql(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) }
}

function freshSqlite() {
  const home = mkdtempSync(join(tmpdir(), 'vigil-bench-home-'))
  return { label: 'sqlite', env: { VIGIL_HOME: home, VIGIL_DATABASE_URL: '' }, drop: () => rmSync(home, { recursive: true, force: true }) }
}

// ---- import and build ----

function importAll(target) {
  const started = performance.now()
  for (const [format, path] of LISTS) run(['import', format, path, '--no-warnings'], target.env)
  return (performance.now() - started) / 1000
}

async function buildSeconds(target) {
  const store = await openStore({ home: target.env.VIGIL_HOME, keepVersions: 3, databaseUrl: target.env.VIGIL_DATABASE_URL || undefined })
  try {
    const started = performance.now()
    const version = await loadDataVersion(store)
    return { seconds: (performance.now() - started) / 1000, entities: version.entities.size }
  } finally {
    await store.close()
  }
}

// ---- batch ----

/** The yente screening benchmark's UN positives and global negatives, as a CSV of persons. */
function writeBatchInput(dir) {
  const read = (file) =>
    /** @type {Record<string, string>[]} */ (parse(readFileSync(join(DATA, 'name-matching/yente-screening-benchmark', file)), { columns: true }))
  const rows = [...read('positives_un_untreated.csv'), ...read('validation_negatives_global_1k.csv')]
  const quote = (v) => `"${String(v ?? '').replaceAll('"', '""')}"`
  const lines = ['schema,name,birth_date,nationality', ...rows.map((r) => ['Person', r.full_name, r.date_of_birth, r.nationality].map(quote).join(','))]
  const file = join(dir, 'names.csv')
  writeFileSync(file, `${lines.join('\n')}\n`)
  return { file, rows: rows.length }
}

// One thread a worker process, so "1 and 2 workers" means 1 and 2 cores' worth of screening.
function startWorkers(count, env, dir) {
  return Array.from({ length: count }, (_, i) => {
    const log = openSync(join(dir, `worker-${i + 1}.log`), 'a')
    // `stopping` marks a worker stopped on purpose (stopWorkers).
    const worker = /** @type {import('node:child_process').ChildProcess & { stopping?: boolean }} */ (
      spawn(process.execPath, [CLI, 'worker', '--concurrency', '1'], { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', log] })
    )
    // A worker that dies would leave `vigil screen --queue` waiting: say so rather than hang.
    worker.once('exit', (code, signal) => {
      if (!worker.stopping)
        process.stderr.write(
          `vigil worker ${i + 1} exited (code ${code}, signal ${signal}); its log:\n${readFileSync(join(dir, `worker-${i + 1}.log`), 'utf-8').slice(-3000)}\n`,
        )
    })
    return worker
  })
}

async function stopWorkers(workers) {
  await Promise.all(
    workers.map(
      (w) =>
        new Promise((resolve) => {
          w.stopping = true
          if (w.exitCode !== null) return resolve()
          w.once('exit', resolve)
          w.kill('SIGTERM')
        }),
    ),
  )
}

/** Seconds `vigil screen` takes from start to its output written; the workers are started (and warmed) before. */
function screenSeconds(input, out, env, extra = []) {
  const started = performance.now()
  run(['screen', input.file, '--out', out, ...extra], env, { timeout: 600_000 })
  return (performance.now() - started) / 1000
}

async function batchFigures(target, input, dir) {
  const figures = { names: input.rows, inProcess: [], inProcess1: [], queue1: [], queue2: [] }
  for (let i = 0; i < RUNS; i++) {
    figures.inProcess1.push(screenSeconds(input, join(dir, `local1-${i}.csv`), target.env, ['--workers', '1']))
    figures.inProcess.push(screenSeconds(input, join(dir, `local-${i}.csv`), target.env, ['--workers', '2']))
  }
  for (const [key, count] of [
    ['queue1', 1],
    ['queue2', 2],
  ]) {
    const workers = startWorkers(count, target.env, dir)
    try {
      // The first queued batch includes each worker's index build; it is reported apart.
      const first = screenSeconds(input, join(dir, `${key}-warm.csv`), target.env, ['--queue'])
      for (let i = 0; i < RUNS; i++) figures[key].push(screenSeconds(input, join(dir, `${key}-${i}.csv`), target.env, ['--queue']))
      figures[`${key}First`] = first
    } finally {
      await stopWorkers(workers)
    }
  }
  return figures
}

// ---- the run ----

const load = loadavg()[0]
const imports = { sqlite: [], postgres: [] }
const builds = { sqlite: [], postgres: [] }
let entities = 0
let batch
const dir = mkdtempSync(join(tmpdir(), 'vigil-bench-scaling-'))
try {
  for (let i = 0; i < RUNS; i++) {
    for (const fresh of [freshSqlite, freshPostgres]) {
      const target = fresh()
      try {
        imports[target.label].push(importAll(target))
        const built = await buildSeconds(target)
        builds[target.label].push(built.seconds)
        entities = built.entities
        if (i === RUNS - 1 && target.label === 'postgres') batch = await batchFigures(target, writeBatchInput(dir), dir)
      } finally {
        target.drop()
      }
    }
    process.stderr.write(`run ${i + 1}/${RUNS}: import sqlite ${imports.sqlite.at(-1).toFixed(1)} s, postgres ${imports.postgres.at(-1).toFixed(1)} s\n`)
  }
} finally {
  rmSync(dir, { recursive: true, force: true })
  if (clusterDir) {
    spawnSync(join(ROOT, 'scripts', 'postgres-cluster.sh'), ['stop', clusterDir])
    rmSync(clusterDir, { recursive: true, force: true })
  }
}

const perSecond = (seconds) => (batch ? batch.names / seconds : undefined)
const result = {
  date: new Date().toISOString(),
  machine: { cores: availableParallelism(), load1: load },
  runs: RUNS,
  lists: LISTS.map(([format, path]) => `${format} ${path.replace(`${DATA}/`, '').replace(ROOT, '')}`),
  entities,
  import: { sqlite: median(imports.sqlite), postgres: median(imports.postgres), ratio: median(imports.postgres) / median(imports.sqlite) },
  build: { sqlite: median(builds.sqlite), postgres: median(builds.postgres), ratio: median(builds.postgres) / median(builds.sqlite) },
  batch: batch && {
    names: batch.names,
    inProcess1: {
      seconds: median(batch.inProcess1),
      namesPerSecond: perSecond(median(batch.inProcess1)),
      ratio: median(batch.inProcess) / median(batch.inProcess1),
    },
    inProcess: { seconds: median(batch.inProcess), namesPerSecond: perSecond(median(batch.inProcess)) },
    queue1: {
      seconds: median(batch.queue1),
      namesPerSecond: perSecond(median(batch.queue1)),
      ratio: median(batch.inProcess) / median(batch.queue1),
      firstSeconds: batch.queue1First,
    },
    queue2: {
      seconds: median(batch.queue2),
      namesPerSecond: perSecond(median(batch.queue2)),
      ratio: median(batch.inProcess) / median(batch.queue2),
      firstSeconds: batch.queue2First,
    },
  },
}

const f = (x, digits = 1) => x.toFixed(digits)
const md = [
  '# Scaling: SQLite and PostgreSQL, in-process and queued batches',
  '',
  `${result.date.slice(0, 10)}, ${result.machine.cores} cores (shared; 1-minute load ${f(load, 2)} at the start), medians of ${RUNS} runs.`,
  `Reproduce: \`npm run build && node bench/scaling.mjs\` (BENCH_RUNS=${RUNS}). Lists: ${result.lists.join('; ')}; ${entities} merged entities.`,
  '',
  '| step | SQLite, s | PostgreSQL, s | PostgreSQL / SQLite |',
  '|---|---:|---:|---:|',
  `| import every list (one \`vigil import\` a list) | ${f(result.import.sqlite)} | ${f(result.import.postgres)} | ${f(result.import.ratio, 2)}× |`,
  `| build a node's data version from the store | ${f(result.build.sqlite)} | ${f(result.build.postgres)} | ${f(result.build.ratio, 2)}× |`,
  '',
]
if (result.batch) {
  const b = result.batch
  md.push(
    `Batch: ${b.names} names (UN positives and 1,000 global negatives of the yente screening benchmark) screened against the PostgreSQL store.`,
    'Times are the whole `vigil screen` command, from start to output written, index build included for in-process runs; queued is `vigil screen --queue` with `vigil worker` processes already running and warm (the first queued batch, which includes their index builds, is shown apart).',
    '',
    '| run | seconds | names/s | speed vs in-process |',
    '|---|---:|---:|---:|',
    `| in-process, 1 thread (\`vigil screen --workers 1\`) | ${f(b.inProcess1.seconds)} | ${f(b.inProcess1.namesPerSecond, 0)} | ${f(b.inProcess1.ratio, 2)}× |`,
    `| in-process, 2 threads (\`vigil screen --workers 2\`) | ${f(b.inProcess.seconds)} | ${f(b.inProcess.namesPerSecond, 0)} | 1.00× |`,
    `| queued, 1 \`vigil worker --concurrency 1\` | ${f(b.queue1.seconds)} | ${f(b.queue1.namesPerSecond, 0)} | ${f(b.queue1.ratio, 2)}× (first batch ${f(b.queue1.firstSeconds)} s) |`,
    `| queued, 2 \`vigil worker --concurrency 1\` | ${f(b.queue2.seconds)} | ${f(b.queue2.namesPerSecond, 0)} | ${f(b.queue2.ratio, 2)}× (first batch ${f(b.queue2.firstSeconds)} s) |`,
    '',
  )
}
writeFileSync(join(ROOT, 'bench', 'results', 'scaling.json'), `${JSON.stringify(result, null, 2)}\n`)
writeFileSync(join(ROOT, 'bench', 'results', 'scaling.md'), `${md.join('\n')}\n`)
process.stdout.write(`${md.join('\n')}\n`)
