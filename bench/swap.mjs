// How soon every `vigil serve` node serves an import, on one PostgreSQL store (docs/scaling.md,
// issue 8: "served by both within 5 s of the import's end"). Two nodes serve cers and UN; each run
// imports the UN list again through the CLI and times, from the import's exit, until both nodes'
// /readyz names the new version. The baseline, measured in the same run, is one in-process build of
// the same data version (loadDataVersion): a swap costs that build plus hearing the NOTIFY, starting
// a worker thread and opening the store. Medians over BENCH_RUNS runs (default 5).
// A private PostgreSQL cluster is started on a temporary folder (scripts/postgres-cluster.sh) unless
// VIGIL_BENCH_DATABASE_URL names a server to use. Results: bench/results/swap.json and swap.md.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { startServer } from './serve-process.mjs'
import { median } from './stats.mjs'

const ROOT = fileURLToPath(new URL('../', import.meta.url))
const DATA = join(ROOT, '..', 'shared', 'data')
const CLI = join(ROOT, 'dist', 'cli', 'main.js')
const RUNS = Number(process.env.BENCH_RUNS ?? 5)
const PORT = 55_472
const UN_XML = join(DATA, 'un-sc-consolidated', '2026-02-27', 'UN_consolidated.xml')
const NODES = 2
// A node that has not swapped by then has failed, not merely been slow.
const GIVE_UP_MS = 60_000
const { openStore } = await import(join(ROOT, 'dist', 'store', 'open-store.js'))
const { loadDataVersion } = await import(join(ROOT, 'dist', 'screening', 'data-version', 'data-version.js'))

function vigil(args, env) {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf-8', env: { ...process.env, ...env } })
  if (result.status !== 0) throw new Error(`vigil ${args.join(' ')} failed (exit ${result.status}):\n${result.stderr.slice(-3000)}`)
  return result.stdout
}

const clusterDir = process.env.VIGIL_BENCH_DATABASE_URL ? undefined : mkdtempSync(join(tmpdir(), 'vigil-bench-pg-'))
const serverUrl =
  process.env.VIGIL_BENCH_DATABASE_URL ??
  spawnSync(join(ROOT, 'scripts', 'postgres-cluster.sh'), ['start', clusterDir, String(PORT)], { encoding: 'utf-8' }).stdout.trim()
if (!serverUrl.startsWith('postgres')) throw new Error('could not start PostgreSQL (scripts/postgres-cluster.sh)')

function psql(sql) {
  const result = spawnSync('psql', [serverUrl, '-qAtc', sql], { encoding: 'utf-8' })
  if (result.status !== 0) throw new Error(`psql: ${result.stderr}`)
}

const database = `vigil_bench_swap_${process.pid}`
psql(`CREATE DATABASE ${database}`)
const url = new URL(serverUrl)
url.pathname = `/${database}`
const home = mkdtempSync(join(tmpdir(), 'vigil-bench-home-'))
const env = { VIGIL_HOME: home, VIGIL_DATABASE_URL: url.toString(), VIGIL_WORKERS: '1' }

async function readyVersion(node) {
  const res = await fetch(`${node.address}/readyz`)
  return (await res.json()).data_version
}

async function swapSeconds(nodes) {
  const before = await Promise.all(nodes.map(readyVersion))
  vigil(['import', 'un-xml', UN_XML, '--no-warnings'], env)
  const ended = performance.now()
  const seconds = await Promise.all(
    nodes.map(async (node, i) => {
      while ((await readyVersion(node)) === before[i]) {
        if (performance.now() - ended > GIVE_UP_MS) throw new Error(`node ${i} did not swap within ${GIVE_UP_MS} ms`)
        await new Promise((resolve) => setTimeout(resolve, 20))
      }
      return (performance.now() - ended) / 1000
    }),
  )
  return Math.max(...seconds)
}

async function buildSeconds() {
  const store = await openStore({ home, keepVersions: 3, databaseUrl: env.VIGIL_DATABASE_URL })
  try {
    const started = performance.now()
    await loadDataVersion(store)
    return (performance.now() - started) / 1000
  } finally {
    await store.close()
  }
}

let nodes = []
try {
  vigil(['import', 'yaml', join(ROOT, 'datasets', 'cers')], env)
  vigil(['import', 'un-xml', UN_XML, '--no-warnings'], env)
  nodes = await Promise.all(Array.from({ length: NODES }, () => startServer(home, env)))
  while ((await Promise.all(nodes.map(readyVersion))).some((v) => !v)) await new Promise((resolve) => setTimeout(resolve, 100))
  const swaps = []
  const builds = []
  for (let run = 0; run < RUNS; run++) {
    swaps.push(await swapSeconds(nodes))
    builds.push(await buildSeconds())
    console.log(`run ${run + 1}: both nodes serving ${swaps.at(-1).toFixed(2)} s after the import; in-process build ${builds.at(-1).toFixed(2)} s`)
  }
  const result = {
    date: new Date().toISOString(),
    machine: { cores: availableParallelism(), load: loadavg()[0] },
    runs: RUNS,
    nodes: NODES,
    swap_seconds: { median: median(swaps), max: Math.max(...swaps), all: swaps },
    build_seconds: { median: median(builds), all: builds },
  }
  const ratio = result.swap_seconds.median / result.build_seconds.median
  writeFileSync(join(ROOT, 'bench', 'results', 'swap.json'), `${JSON.stringify(result, null, 2)}\n`)
  writeFileSync(
    join(ROOT, 'bench', 'results', 'swap.md'),
    [
      '# Swap: import to served on every node (PostgreSQL)',
      '',
      `\`node bench/swap.mjs\` after \`npm run build\`; ${RUNS} runs on ${result.machine.cores} cores, load ${result.machine.load.toFixed(1)} at the end.`,
      `${NODES} \`vigil serve\` nodes (VIGIL_WORKERS=1) serve cers and UN; each run imports UN again through the CLI.`,
      '',
      '| measure | median | max | ratio to build |',
      '|---|---|---|---|',
      `| import's end to both nodes serving it | ${result.swap_seconds.median.toFixed(2)} s | ${result.swap_seconds.max.toFixed(2)} s | ${ratio.toFixed(2)}× |`,
      `| baseline: one in-process data-version build | ${result.build_seconds.median.toFixed(2)} s | ${Math.max(...builds).toFixed(2)} s | 1.00× |`,
      '',
    ].join('\n'),
  )
  console.log(
    `swap median ${result.swap_seconds.median.toFixed(2)} s (max ${result.swap_seconds.max.toFixed(2)} s), build median ${result.build_seconds.median.toFixed(2)} s: ${ratio.toFixed(2)}×`,
  )
} finally {
  for (const node of nodes) node.child.kill('SIGTERM')
  await new Promise((resolve) => setTimeout(resolve, 500))
  psql(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`)
  rmSync(home, { recursive: true, force: true })
  if (clusterDir) {
    spawnSync(join(ROOT, 'scripts', 'postgres-cluster.sh'), ['stop', clusterDir])
    rmSync(clusterDir, { recursive: true, force: true })
  }
}
