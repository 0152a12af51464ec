// Speed benchmark at scale: every real list of the shared data imported with `vigil import` into a
// temporary store, plus seeded synthetic persons and companies (bench/speed-data.mjs) to reach
// 1,000,000 entities; index build time, peak RSS, match latency in process, and the baselines of the
// same run on the same queries (brute-force Jaro-Winkler, PostgreSQL pg_trgm): latency and recall.
// Run with `npm run bench` or `node bench/speed.mjs` after `npm run build`.
// SPEED_SYNTHETIC sets the synthetic count (default 1,000,000 less the real lists), SPEED_PASSES the
// passes over the query set (default 3). Results go to bench/results/speed.md and speed.json.
import { spawnSync } from 'node:child_process'
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { loadNames, queryNames, startCluster } from './speed-postgres.mjs'
import { writeReport } from './speed-report.mjs'

const ROOT = fileURLToPath(new URL('../', import.meta.url))
const DATA = join(ROOT, '..', 'shared', 'data')
const CLI = join(ROOT, 'dist', 'cli', 'main.js')
const TARGET = Number(process.env.SPEED_ENTITIES ?? 1_000_000)
const PG_QUERIES = Number(process.env.SPEED_PG_QUERIES ?? 200)
const TOP_K = 10

// Every real list in the shared data, once each (older copies of the same list are left out).
const LISTS = [
  ['yaml', join(ROOT, 'datasets', 'cers')],
  ['ofac-csv', join(DATA, 'ofac-sdn/2024-05-03/sdn.csv')],
  ['ofac-cons-csv', join(DATA, 'ofac-consolidated-non-sdn/2025-12-19')],
  ['un-xml', join(DATA, 'un-sc-consolidated/2026-02-27/UN_consolidated.xml')],
  ['eu-csv', join(DATA, 'eu-journal-annexes-opensanctions')],
  ['eu-csv', join(DATA, 'eu-fsf/2018-07-04-first-999-rows/EUSanctionsShort.csv'), 'eu_fsf_2018'],
  ['hmt-csv', join(DATA, 'uk-hmt-ofsi-conlist/2018-04-13/sanctionsconlist.csv')],
  // The shared copy ends inside its last record: imported without that cut-off line.
  ['csl-csv', join(DATA, 'us-csl/2023-11-30-subset/csl.csv'), undefined, 'whole-lines'],
  ['bis-dpl', join(DATA, 'us-bis-dpl/2023-11-30/dpl.txt')],
  ['ftm', join(DATA, 'opensanctions-ftm/sa_wiki_peps-20240311/entities.ftm.json'), 'sa_wiki_peps'],
  ['ftm', join(DATA, 'opensanctions-ftm/wd_persons-zavod-export-20240309/entities.ftm.json'), 'wd_peps'],
]

const log = (line) => process.stderr.write(`speed: ${line}\n`)

/** Import every real list; wall seconds in all and the entity count. */
function importLists(home, work) {
  const start = performance.now()
  let entities = 0
  for (const [format, original, dataset, prepare] of LISTS) {
    const path = prepare === 'whole-lines' ? wholeLines(original, work) : original
    const args = [CLI, '--home', home, 'import', format, path, '--no-warnings', ...(dataset ? ['--dataset', dataset] : [])]
    const run = spawnSync(process.execPath, args, { encoding: 'utf-8', env: { ...process.env, VIGIL_LOG_LEVEL: 'warn' } })
    if (run.status !== 0) throw new Error(`vigil import ${format} failed:\n${run.stderr}`)
    entities += Number(run.stdout.match(/: (\d+) entities/)?.[1] ?? 0)
  }
  return { seconds: (performance.now() - start) / 1000, entities, lists: LISTS.length }
}

/** A copy of a file without its last, unterminated line. */
function wholeLines(path, work) {
  const bytes = readFileSync(path)
  const copy = join(work, basename(path))
  writeFileSync(copy, bytes.subarray(0, bytes.lastIndexOf(10) + 1))
  return copy
}

/** Run the measured process under /usr/bin/time -v: its JSON figures and its peak RSS. */
function measuredRun(env) {
  const script = join(ROOT, 'bench', 'speed-run.mjs')
  const run = spawnSync('/usr/bin/time', ['-v', process.execPath, '--expose-gc', '--max-old-space-size=4096', script], {
    encoding: 'utf-8',
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'pipe'],
    maxBuffer: 64 << 20,
  })
  process.stderr.write(
    `${run.stderr
      .split('\n')
      .filter((l) => l.startsWith('speed:'))
      .join('\n')}\n`,
  )
  if (run.status !== 0) throw new Error(`speed-run failed:\n${run.stderr.slice(-4000)}`)
  const peak = Number(run.stderr.match(/Maximum resident set size \(kbytes\): (\d+)/)[1]) / 1024
  return { ...JSON.parse(readFileSync(join(env.SPEED_OUT, 'run.json'), 'utf-8')), peakRssMb: Math.round(peak) }
}

/** Batch screening with 1 and 2 workers, in a process of its own. */
function batchRun(env) {
  const run = spawnSync(process.execPath, ['--max-old-space-size=4096', join(ROOT, 'bench', 'speed-batch.mjs')], {
    encoding: 'utf-8',
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 << 20,
  })
  if (run.status !== 0) throw new Error('speed-batch failed')
  return JSON.parse(run.stdout)
}

/** The HTTP phase: a real `vigil serve` over the same entities, with 1 and 2 workers. */
function serveRun(env) {
  const run = spawnSync(process.execPath, [join(ROOT, 'bench', 'speed-serve.mjs')], {
    encoding: 'utf-8',
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 << 20,
  })
  if (run.status !== 0) throw new Error('speed-serve failed')
  const { importSeconds, runs } = JSON.parse(run.stdout)
  // The figure against the target is the server as configured on this machine: a worker per core.
  const configured = runs.find((r) => r.workers === availableParallelism()) ?? runs.at(-1)
  return { ...configured, importSeconds, runs }
}

function postgresBaseline(work, queries) {
  const cluster = startCluster(join(work, 'pg'), 55000 + (process.pid % 1000))
  try {
    const load = loadNames(cluster.psql, join(work, 'names.tsv'))
    log(`pg_trgm: loaded in ${load.loadSeconds.toFixed(1)} s, GIN index in ${load.indexSeconds.toFixed(1)} s`)
    queryNames(cluster.psql, queries.slice(0, 20), TOP_K)
    const answers = queryNames(cluster.psql, queries, TOP_K)
    return {
      ...load,
      results: answers.map((a, i) => ({
        n: queries[i].n,
        ms: a.ms,
        rank: queries[i].expected ? a.ids.indexOf(queries[i].expected) : -1,
        kind: queries[i].kind,
      })),
    }
  } finally {
    cluster.stop()
  }
}

/** Listed and unlisted queries alternating, so a bounded subset has both. */
function interleave(queries) {
  const listed = queries.filter((q) => q.expected)
  const unlisted = queries.filter((q) => !q.expected)
  return listed.flatMap((q, i) => [q, unlisted[i]].filter(Boolean))
}

async function main() {
  const home = mkdtempSync(join(tmpdir(), 'vigil-speed-'))
  const work = mkdtempSync(join(tmpdir(), 'vigil-speed-work-'))
  chmodSync(work, 0o755)
  try {
    const imported = importLists(home, work)
    log(`imported ${imported.entities} entities of ${imported.lists} lists in ${imported.seconds.toFixed(1)} s`)
    const synthetic = Math.max(0, TARGET - imported.entities)
    const run = measuredRun({ SPEED_HOME: home, SPEED_OUT: work, SPEED_SYNTHETIC: String(synthetic) })
    log(`peak RSS ${run.peakRssMb} MB`)
    chmodSync(join(work, 'names.tsv'), 0o644)
    const queries = interleave(JSON.parse(readFileSync(join(work, 'queries.json'), 'utf-8'))).slice(0, PG_QUERIES)
    const postgres = postgresBaseline(work, queries)
    const batch =
      process.env.SPEED_BATCH === '0'
        ? undefined
        : batchRun({ SPEED_HOME: home, SPEED_SYNTHETIC: String(synthetic), SPEED_QUERIES: join(work, 'queries.json') })
    const http =
      process.env.SPEED_HTTP === '0'
        ? undefined
        : serveRun({ SPEED_HOME: home, SPEED_OUT: work, SPEED_SYNTHETIC: String(synthetic), SPEED_QUERIES: join(work, 'queries.json') })
    const results = { machine: machine(), imported, run, http, batch, postgres, topK: TOP_K }
    writeFileSync(join(ROOT, 'bench', 'results', 'speed.json'), `${JSON.stringify(results, null, 1)}\n`)
    writeReport(results, join(ROOT, 'bench', 'results', 'speed.md'))
  } finally {
    rmSync(home, { recursive: true, force: true })
    rmSync(work, { recursive: true, force: true })
  }
}

function machine() {
  return { arch: process.arch, node: process.version, cpus: availableParallelism(), date: new Date().toISOString().slice(0, 10) }
}

await main()
