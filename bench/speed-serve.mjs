// The HTTP phase of the speed benchmark, as the API runs in production: the same seeded synthetic
// entities as bench/speed-run.mjs imported into the store as a dataset of their own, a real
// `vigil serve` process (its data-version workers each build their own index), and autocannon from
// bench/speed-http.mjs once every worker serves; with 1 and then 2 workers. Run last by
// bench/speed.mjs (it adds a dataset to the store), in a process of its own so the servers' memory
// does not count in the measured run's peak RSS. Prints the figures as JSON.
import { spawn, spawnSync } from 'node:child_process'
import { closeSync, openSync, rmSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { startServer } from './serve-process.mjs'
import { generateSynthetic } from './speed-data.mjs'

const HOME = process.env.SPEED_HOME
const OUT = process.env.SPEED_OUT
const SYNTHETIC = Number(process.env.SPEED_SYNTHETIC ?? 1_000_000)
const QUERIES = process.env.SPEED_QUERIES
const HTTP_SECONDS = Number(process.env.SPEED_HTTP_SECONDS ?? 15)
const CLI = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url))
const seconds = (start) => (performance.now() - start) / 1000
const log = (line) => process.stderr.write(`speed: ${line}\n`)

/** Write the synthetic entities as FtM JSON lines, in blocks (one string of them all would pass V8's limit). */
function writeSynthetic(file) {
  const fd = openSync(file, 'w')
  let block = []
  const flush = () => {
    writeSync(fd, `${block.join('\n')}\n`)
    block = []
  }
  try {
    for (const e of generateSynthetic(SYNTHETIC)) {
      block.push(JSON.stringify({ id: e.id, schema: e.schema, properties: e.properties }))
      if (block.length === 10_000) flush()
    }
    if (block.length > 0) flush()
  } finally {
    closeSync(fd)
  }
}

function importSynthetic() {
  const file = join(OUT, 'synthetic.ftm.json')
  writeSynthetic(file)
  const start = performance.now()
  const run = spawnSync(process.execPath, [CLI, '--home', HOME, 'import', 'ftm', file, '--dataset', 'synthetic', '--no-warnings'], {
    encoding: 'utf-8',
    env: { ...process.env, VIGIL_LOG_LEVEL: 'warn' },
  })
  rmSync(file)
  if (run.status !== 0) throw new Error(`importing the synthetic entities failed:\n${run.stderr}`)
  return seconds(start)
}

/** Seconds from `start` until /readyz reports `workers` serving. */
async function waitForWorkers(address, workers, start) {
  for (;;) {
    const ready = await fetch(`${address}/readyz`)
      .then((r) => r.json())
      .catch(() => ({}))
    if (ready.status === 'ok' && ready.workers >= workers) return seconds(start)
    await new Promise((r) => setTimeout(r, 1000))
  }
}

function autocannon(address) {
  const child = spawn(process.execPath, [join(import.meta.dirname, 'speed-http.mjs'), address, QUERIES, String(HTTP_SECONDS), '200'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  let out = ''
  child.stdout.on('data', (d) => (out += d))
  return new Promise((resolve, reject) => child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`autocannon exited ${code}`)))))
}

async function measure(workers) {
  const start = performance.now()
  const { child: server, address } = await startServer(HOME, { VIGIL_WORKERS: String(workers) })
  try {
    const readySeconds = await waitForWorkers(address, workers, start)
    const result = { ...(await autocannon(address)), workers, readySeconds }
    log(`http, ${workers} worker(s): ready in ${readySeconds.toFixed(0)} s, p50 ${result.p50} ms, p99 ${result.p99} ms at ${result.rate} req/s`)
    return result
  } finally {
    server.kill('SIGTERM')
    await new Promise((resolve) => server.once('exit', resolve))
  }
}

const importSeconds = importSynthetic()
log(`http: ${SYNTHETIC} synthetic entities imported in ${importSeconds.toFixed(0)} s`)
const runs = []
for (const workers of [1, 2]) runs.push(await measure(workers))
process.stdout.write(JSON.stringify({ importSeconds, runs }))
