// Load benchmark: a real `vigil serve` process over every real list of the shared data (imported
// with `vigil update --mirror`, as `VIGIL_MIRROR=../shared/data npm start` does), loaded by
// autocannon (bench/load-client.mjs, its own process) with single-query POST /match/default at
// fixed rates, then a 200-connection burst, then 200 req/s while another process imports OFAC,
// until the server has swapped the rebuilt index in. GET /healthz at the same rates is the
// baseline (the cost of HTTP alone). Beside every phase this process asks /healthz every 50 ms and
// keeps its slowest answer: a server that blocks its event loop shows up there and in the longest
// gap between answers. Medians over --runs runs. Results: bench/results/load.md and load.json.
//
//   node bench/load.mjs [--runs 3] [--seconds 15] [--baseline-seconds 5] [--rates 50,100,200]
//                       [--burst-connections 200] [--burst-seconds 5] [--import-rate 200] [--mirror DIR]
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { parseArgs } from 'node:util'
import { fileURLToPath } from 'node:url'
import { summarizeRuns, writeLoadReport } from './load-report.mjs'
import { startServer } from './serve-process.mjs'
import { percentile } from './stats.mjs'

const ROOT = fileURLToPath(new URL('../', import.meta.url))
const CLI = join(ROOT, 'dist', 'cli', 'main.js')
const { values: flags } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    seconds: { type: 'string', default: '15' },
    'baseline-seconds': { type: 'string', default: '5' },
    rates: { type: 'string', default: '50,100,200' },
    'burst-connections': { type: 'string', default: '200' },
    'burst-seconds': { type: 'string', default: '5' },
    'import-rate': { type: 'string', default: '200' },
    mirror: { type: 'string', default: join(ROOT, '..', 'shared', 'data') },
    out: { type: 'string', default: join(ROOT, 'bench', 'results') },
  },
})
const RUNS = Number(flags.runs)
const RATES = flags.rates.split(',').map(Number)
// Enough connections to offer 200 req/s even at 250 ms a request; a frozen server still holds them all.
const CONNECTIONS = 50
const TIMEOUT_SECONDS = 10
const PROBE_PAUSE_MS = 50
// After the import exits, the server must show the new version within this long.
const SWAP_LIMIT_MS = 120_000

const log = (line) => process.stderr.write(`load: ${line}\n`)
const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

/** Run the CLI to completion; its exit code, output and wall time. */
function runCli(args) {
  const start = performance.now()
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, VIGIL_LOG_LEVEL: 'warn' }, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d) => (stdout += d))
    child.stderr.on('data', (d) => (stderr = (stderr + d).slice(-4000)))
    child.on('close', (status) => resolve({ status, stdout, stderr, seconds: (performance.now() - start) / 1000 }))
  })
}

/** Every real list into a fresh store, from the shared folder laid out as the manifest's mirror. */
async function importAll(home) {
  const update = await runCli(['--home', home, 'update', '--mirror', flags.mirror])
  if (update.status !== 0) throw new Error(`vigil update failed (${update.status}):\n${update.stderr}`)
  const listed = await runCli(['--home', home, 'datasets', '--json'])
  const datasets = JSON.parse(listed.stdout).map((d) => ({ dataset: d.dataset, entities: d.entities }))
  log(`imported ${datasets.length} datasets in ${update.seconds.toFixed(1)} s`)
  return { datasets, seconds: update.seconds }
}

const SCHEMATA = new Set(['Person', 'Organization', 'Company', 'LegalEntity', 'Vessel', 'Airplane'])

/** Up to `count` request bodies of one real name each, spread evenly over every list in the store. */
async function queryBodies(home, datasets, count) {
  const names = []
  for (const { dataset } of datasets) {
    const file = join(home, `${dataset}.ftm.json`)
    const exported = await runCli(['--home', home, 'export', dataset, '--out', file])
    if (exported.status !== 0) throw new Error(`vigil export ${dataset} failed:\n${exported.stderr}`)
    for (const line of readFileSync(file, 'utf-8').split('\n')) {
      const entity = line ? JSON.parse(line) : undefined
      const name = entity?.properties?.name?.[0]
      if (name && SCHEMATA.has(entity.schema)) names.push({ schema: entity.schema, name })
    }
  }
  const step = Math.max(1, Math.floor(names.length / count))
  return names.filter((_, i) => i % step === 0).map((q) => JSON.stringify({ queries: { q0: { schema: q.schema, properties: { name: [q.name] } } } }))
}

// The probe waits longer than the load's request timeout, so its slowest answer is the real freeze.
const PROBE_TIMEOUT_MS = 60_000

/** One GET with its time; status 0 when no answer came. */
async function timedGet(url) {
  const start = performance.now()
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(PROBE_TIMEOUT_MS) })
    const body = await res.text()
    return { status: res.status, ms: performance.now() - start, body }
  } catch {
    return { status: 0, ms: performance.now() - start, body: '' }
  }
}

/** Ask /healthz every 50 ms until stopped; stop() gives the slowest answer, p99 and failures. */
function probeHealth(address) {
  const times = []
  let failures = 0
  let running = true
  const loop = (async () => {
    while (running) {
      const answer = await timedGet(`${address}/healthz`)
      times.push(answer.ms)
      if (answer.status !== 200) failures++
      await sleep(PROBE_PAUSE_MS)
    }
  })()
  return async () => {
    running = false
    await loop
    times.sort((a, b) => a - b)
    return { healthzProbes: times.length, healthzMaxMs: times.at(-1) ?? null, healthzP99Ms: percentile(times, 99) ?? null, healthzFailures: failures }
  }
}

/** Start one autocannon phase in its own process; `result` resolves with its summary. */
function startClient(phase) {
  const child = spawn(process.execPath, [join(ROOT, 'bench', 'load-client.mjs'), JSON.stringify({ timeoutSeconds: TIMEOUT_SECONDS, ...phase })], {
    stdio: ['pipe', 'pipe', 'inherit'],
  })
  let out = ''
  child.stdout.on('data', (d) => (out += d))
  const result = new Promise((resolve, reject) =>
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`load client exited ${code}`)))),
  )
  return { result, stop: () => child.stdin.end('stop\n') }
}

/**
 * One timed phase with the /healthz probe beside it; with `bodies` (a file of request bodies) it POSTs.
 * @param {string} address
 * @param {{ name: string, path: string, rate: number, connections: number, seconds: number, bodies?: string }} phase
 */
async function runPhase(address, { name, path, rate, connections, seconds, bodies }) {
  const stopProbe = probeHealth(address)
  const method = bodies ? 'POST' : 'GET'
  const load = await startClient({ url: `${address}${path}`, method, rate, connections, seconds, bodies }).result
  const result = { name, offered: rate || `closed loop, ${connections} conn.`, ...load, ...(await stopProbe()) }
  log(
    `${name}: served ${result.servedRate.toFixed(0)}/s, p50 ${result.p50} ms, p99 ${result.p99} ms, gap ${result.maxGapMs.toFixed(0)} ms, /healthz max ${result.healthzMaxMs?.toFixed(0)} ms`,
  )
  return result
}

async function readyVersion(address) {
  const answer = await timedGet(`${address}/readyz`)
  return answer.status === 200 ? JSON.parse(answer.body).data_version : undefined
}

/** Wait for /readyz to answer 200; how long that took and its slowest answer on the way. */
async function untilReady(address) {
  const start = performance.now()
  let slowest = 0
  for (;;) {
    const answer = await timedGet(`${address}/readyz`)
    slowest = Math.max(slowest, answer.ms)
    if (answer.status === 200) return { readySeconds: (performance.now() - start) / 1000, readyzMaxMs: slowest }
    await sleep(100)
  }
}

/** 200 req/s while another process imports OFAC, until the server reports the new data version. */
async function importPhase(address, bodiesFile, home) {
  const before = await readyVersion(address)
  const stopProbe = probeHealth(address)
  const client = startClient({
    url: `${address}/match/default`,
    method: 'POST',
    rate: Number(flags['import-rate']),
    connections: CONNECTIONS,
    seconds: 600,
    bodies: bodiesFile,
    untilStdin: true,
  })
  await sleep(2000)
  const start = performance.now()
  const imported = runCli(['--home', home, 'update', 'us_ofac_sdn', '--mirror', flags.mirror])
  /** @type {{ status: number | null, at: number } | undefined} */
  let exited
  void imported.then((r) => (exited = { ...r, at: performance.now() }))
  let swapSeconds = null
  while (!exited || (exited.status === 0 && performance.now() - exited.at < SWAP_LIMIT_MS)) {
    const version = await readyVersion(address)
    if (version && version !== before) {
      swapSeconds = (performance.now() - start) / 1000
      break
    }
    await sleep(200)
  }
  await sleep(1000)
  client.stop()
  const load = await client.result
  const done = await imported
  const result = {
    name: `match during import`,
    offered: Number(flags['import-rate']),
    ...load,
    ...(await stopProbe()),
    importSeconds: done.seconds,
    importStatus: done.status,
    swapSeconds,
  }
  if (done.status !== 0) log(`the import failed (exit ${done.status}): ${done.stderr.trim().split('\n').at(-1)}`)
  log(
    `during import: served ${result.servedRate.toFixed(0)}/s, p99 ${result.p99} ms, gap ${result.maxGapMs.toFixed(0)} ms, /healthz max ${result.healthzMaxMs?.toFixed(0)} ms, swap after ${swapSeconds?.toFixed(1)} s`,
  )
  return result
}

/** One run: the baseline and /match at each rate, the burst, then the import phase. */
async function oneRun(address, bodiesFile, home) {
  const phases = []
  const seconds = Number(flags.seconds)
  const baselineSeconds = Number(flags['baseline-seconds'])
  for (const rate of RATES) {
    phases.push(await runPhase(address, { name: `healthz @ ${rate}`, path: '/healthz', rate, connections: CONNECTIONS, seconds: baselineSeconds }))
    phases.push(await runPhase(address, { name: `match @ ${rate}`, path: '/match/default', rate, connections: CONNECTIONS, seconds, bodies: bodiesFile }))
  }
  const burst = { connections: Number(flags['burst-connections']), seconds: Number(flags['burst-seconds']) }
  phases.push(await runPhase(address, { name: 'healthz burst', path: '/healthz', rate: 0, ...burst }))
  phases.push(await runPhase(address, { name: 'match burst', path: '/match/default', rate: 0, ...burst, bodies: bodiesFile }))
  phases.push(await importPhase(address, bodiesFile, home))
  return phases
}

async function main() {
  const started = new Date()
  const home = mkdtempSync(join(tmpdir(), 'vigil-load-'))
  let server
  try {
    const store = await importAll(home)
    const bodiesFile = join(home, 'bodies.json')
    const bodies = await queryBodies(home, store.datasets, 2000)
    writeFileSync(bodiesFile, JSON.stringify(bodies))
    server = await startServer(home)
    const startup = await untilReady(server.address)
    log(`ready after ${startup.readySeconds.toFixed(1)} s (slowest /readyz ${startup.readyzMaxMs.toFixed(0)} ms), ${bodies.length} query names`)
    const runs = []
    for (let run = 1; run <= RUNS; run++) {
      log(`run ${run} of ${RUNS}`)
      runs.push(await oneRun(server.address, bodiesFile, home))
    }
    const command = `node ${relative(process.cwd(), fileURLToPath(import.meta.url))} ${process.argv.slice(2).join(' ')}`.trim()
    const result = {
      started: started.toISOString(),
      command,
      flags: { ...flags, mirror: relative(ROOT, flags.mirror), out: relative(ROOT, flags.out) },
      connections: CONNECTIONS,
      store,
      startup,
      queries: bodies.length,
      phases: summarizeRuns(runs),
      runs,
    }
    writeLoadReport(result, flags.out)
    log(`wrote ${relative(process.cwd(), join(flags.out, 'load.md'))}`)
  } finally {
    server?.child.kill('SIGKILL')
    rmSync(home, { recursive: true, force: true })
  }
}

await main()
