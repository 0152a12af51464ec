// What keeping records costs: the same names screened over HTTP (in process, Fastify inject) as a
// plain POST /match/default (the baseline, measured in the same run) and as a recorded screening,
// POST /v1/screenings (one audited transaction: the screening, every result, alerts, the audit
// record). Store: SQLite in a temporary home, and PostgreSQL too when RECORDS_DATABASE_URL names a
// database to use. Data: the curated network and OFAC SDN; names: real UN list positives (most hit,
// so most recorded screenings open or link an alert). Medians over RECORDS_RUNS runs (default 5).
// Run with `node bench/records.mjs` after `npm run build`; results go to bench/results/records.md/json.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { median, percentile } from './stats.mjs'

const ROOT = fileURLToPath(new URL('../', import.meta.url))
const DATA = join(ROOT, '..', 'shared', 'data')
const CLI = join(ROOT, 'dist', 'cli', 'main.js')
const RUNS = Number(process.env.RECORDS_RUNS ?? 5)
const NAMES = Number(process.env.RECORDS_NAMES ?? 200)
const LISTS = [
  ['yaml', join(ROOT, 'datasets', 'cers')],
  ['ofac-csv', join(DATA, 'ofac-sdn/2024-05-03/sdn.csv')],
]

const { createApp, liveIndexFor } = await import(join(ROOT, 'dist/api/app.js'))
const { loadConfig } = await import(join(ROOT, 'dist/config.js'))
const { createLogger } = await import(join(ROOT, 'dist/log.js'))
const { openStore } = await import(join(ROOT, 'dist/store/open-store.js'))
const { addUser, createKey } = await import(join(ROOT, 'dist/review/users.js'))
const { cliPrincipal } = await import(join(ROOT, 'dist/review/principal.js'))
const { verifyChain } = await import(join(ROOT, 'dist/review/audit-log.js'))

const log = (line) => process.stderr.write(`records: ${line}\n`)

function names() {
  const lines = readFileSync(join(DATA, 'name-matching/yente-screening-benchmark/positives_un_untreated.csv'), 'utf-8').split('\n').slice(1)
  return lines
    .map((l) => l.split(',')[0])
    .filter(Boolean)
    .slice(0, NAMES)
}

function importLists(env) {
  for (const [format, path] of LISTS) {
    const run = spawnSync(process.execPath, [CLI, 'import', format, path, '--no-warnings'], { encoding: 'utf-8', env: { ...process.env, ...env } })
    if (run.status !== 0) throw new Error(`vigil import ${format} failed:\n${run.stderr}`)
  }
}

/** Latencies (ms) of one pass: every name, one request at a time. */
async function pass(app, key, list, request) {
  const ms = []
  const start = performance.now()
  for (const [i, name] of list.entries()) {
    const t0 = performance.now()
    const res = await app.inject({ ...request(name, i), headers: { authorization: `Bearer ${key}` } })
    ms.push(performance.now() - t0)
    if (res.statusCode >= 300) throw new Error(`${request(name, i).url}: HTTP ${res.statusCode} ${res.body}`)
  }
  return { ms, seconds: (performance.now() - start) / 1000 }
}

const plain = (name) => ({
  method: 'POST',
  url: '/match/default',
  payload: { queries: { q: { schema: 'Person', properties: { name: [name] } } } },
})
const recorded = (run) => (name, i) => ({
  method: 'POST',
  url: '/v1/screenings',
  payload: { subject: { id: `bench-${run}-${i}`, schema: 'Person', properties: { name: [name] } } },
})

async function measure(backend, storeOptions, env) {
  log(`${backend}: importing ${LISTS.length} lists`)
  importLists(env)
  const store = await openStore(storeOptions)
  const logger = createLogger('silent')
  const config = loadConfig({ ...storeOptions, workers: 1 })
  const live = liveIndexFor(config, store, logger)
  await live.get()
  const app = await createApp({ config, store, logger, live })
  await addUser(store.records, cliPrincipal('bench'), { name: 'bench', role: 'screener' })
  const { key } = await createKey(store.records, cliPrincipal('bench'), { user: 'bench' })
  const list = names()
  // One warm-up pass of each, so the first run does not pay for JIT and caches.
  await pass(app, key, list.slice(0, 20), plain)
  await pass(app, key, list.slice(0, 20), recorded('warm'))
  const runs = []
  for (let run = 0; run < RUNS; run++) {
    const base = await pass(app, key, list, plain)
    const rec = await pass(app, key, list, recorded(run))
    runs.push({ baseline: summarize(base), recorded: summarize(rec) })
    log(`${backend} run ${run + 1}/${RUNS}: match p50 ${runs.at(-1).baseline.p50.toFixed(2)} ms, recorded p50 ${runs.at(-1).recorded.p50.toFixed(2)} ms`)
  }
  const chain = await verifyChain(store.records)
  await app.close()
  await store.close()
  const pick = (side, field) => median(runs.map((r) => r[side][field]))
  return {
    backend,
    names: list.length,
    runs: RUNS,
    baseline: { p50: pick('baseline', 'p50'), p99: pick('baseline', 'p99'), perSecond: pick('baseline', 'perSecond') },
    recorded: { p50: pick('recorded', 'p50'), p99: pick('recorded', 'p99'), perSecond: pick('recorded', 'perSecond') },
    ratioP50: median(runs.map((r) => r.recorded.p50 / r.baseline.p50)),
    auditRecords: chain.records,
    chainVerifies: chain.ok,
  }
}

function summarize({ ms, seconds }) {
  const sorted = [...ms].sort((a, b) => a - b)
  return { p50: percentile(sorted, 50), p99: percentile(sorted, 99), perSecond: ms.length / seconds }
}

const results = []
const home = mkdtempSync(join(tmpdir(), 'vigil-bench-records-'))
try {
  results.push(await measure('sqlite', { home, keepVersions: 3 }, { VIGIL_HOME: home, VIGIL_LOG_LEVEL: 'warn' }))
  if (process.env.RECORDS_DATABASE_URL) {
    const url = process.env.RECORDS_DATABASE_URL
    results.push(await measure('postgres', { home, keepVersions: 3, databaseUrl: url }, { VIGIL_HOME: home, VIGIL_DATABASE_URL: url, VIGIL_LOG_LEVEL: 'warn' }))
  }
} finally {
  rmSync(home, { recursive: true, force: true })
}

const row = (r) =>
  `| ${r.backend} | ${r.baseline.p50.toFixed(2)} | ${r.recorded.p50.toFixed(2)} | ${r.ratioP50.toFixed(2)}× | ${r.baseline.p99.toFixed(1)} | ${r.recorded.p99.toFixed(1)} | ${r.baseline.perSecond.toFixed(0)} | ${r.recorded.perSecond.toFixed(0)} | ${r.auditRecords} (${r.chainVerifies ? 'verifies' : 'BROKEN'}) |`
const md = `# What keeping records costs

\`node bench/records.mjs\` (after \`npm run build\`), ${new Date().toISOString().slice(0, 10)}: ${NAMES} real UN list names, one request at a
time in process (Fastify inject), over the curated network and OFAC SDN; medians of ${RUNS} runs, each run
measuring the baseline (\`POST /match/default\`, nothing kept) and then the recorded screening
(\`POST /v1/screenings\`: screening, results, alerts and audit record in one transaction) on the same names.

| store | match p50 ms | recorded p50 ms | recorded / match | match p99 ms | recorded p99 ms | match/s | recorded/s | audit records |
|---|---|---|---|---|---|---|---|---|
${results.map(row).join('\n')}
`
writeFileSync(join(ROOT, 'bench/results/records.md'), md)
writeFileSync(join(ROOT, 'bench/results/records.json'), `${JSON.stringify(results, null, 2)}\n`)
process.stdout.write(md)
