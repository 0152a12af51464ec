// One phase of the load benchmark (started by bench/load.mjs), in its own process so the load
// generator shares an event loop with neither the server nor the /healthz probe. Runs autocannon
// with the phase given as JSON in argv[2] (a fixed rate paced over staggered connections, see
// paced()), notes when each answer completed, and prints one JSON summary: answers by status,
// errors and timeouts, latency percentiles, and the longest gap between two answers. A line on
// stdin ends an open-ended phase (the import phase runs until the server has swapped its index).
import autocannon from 'autocannon'
import { readFileSync } from 'node:fs'
import { createInterface } from 'node:readline'
import { percentile } from './stats.mjs'

const phase = JSON.parse(process.argv[2])
const bodies = phase.bodies ? JSON.parse(readFileSync(phase.bodies, 'utf-8')) : undefined
let next = 0

const statuses = {}
const latencies = []
const completions = []
let requestErrors = 0
const start = performance.now()

/** One autocannon instance; every answer is noted with its status, latency and completion time. */
function cannon(options) {
  const instance = autocannon({
    url: phase.url,
    method: phase.method,
    headers: bodies ? { 'content-type': 'application/json' } : {},
    duration: phase.seconds,
    timeout: phase.timeoutSeconds,
    requests: [{ setupRequest: (request) => (bodies ? { ...request, body: bodies[next++ % bodies.length] } : request) }],
    ...options,
  })
  instance.on('response', (_client, statusCode, _bytes, responseTime) => {
    statuses[statusCode] = (statuses[statusCode] ?? 0) + 1
    latencies.push(responseTime)
    completions.push({ at: performance.now(), ok: statusCode >= 200 && statusCode < 300 })
  })
  instance.on('reqError', () => requestErrors++)
  instance.once('done', () => (steady.to ??= performance.now()))
  return instance
}

/**
 * A fixed rate as one single-connection instance per connection, started 1000/connections ms apart.
 * autocannon's own rate limit sends each second's quota back to back at the top of the second on
 * every connection at once: 200 requests at t=0, none until t=1 s, so an idle server would show
 * gaps of most of a second. Staggered, the same rate arrives as small groups every few ms.
 */
async function paced({ rate, connections }) {
  const instances = []
  const begin = performance.now()
  for (let i = 0; i < connections && !stopped; i++) {
    // Absolute start times: the setup of each instance must not push the later ones back.
    await new Promise((r) => setTimeout(r, begin + (i * 1000) / connections - performance.now()))
    instances.push(cannon({ connections: 1, connectionRate: Math.floor(rate / connections) + (i < rate % connections ? 1 : 0) }))
  }
  steady.from = performance.now()
  return instances
}

// The steady part of a phase: from when the last connection has started to when the first one has
// ended (or the phase is stopped). The staggered ramp up and down would show as sparse answers.
const steady = { from: start, to: undefined }
let stopped = false
let instances = []
if (phase.untilStdin)
  createInterface({ input: process.stdin }).once('line', () => {
    stopped = true
    steady.to ??= performance.now()
    for (const instance of instances) instance.stop()
  })
instances = phase.rate ? await paced(phase) : [cannon({ connections: phase.connections })]
const results = await Promise.all(instances)
const sum = (key) => results.reduce((n, r) => n + r[key], 0)
const inSteady = completions.filter((c) => c.at >= steady.from && c.at <= steady.to)
const steadySeconds = (steady.to - steady.from) / 1000
latencies.sort((a, b) => a - b)
const ok = completions.filter((c) => c.ok).length
process.stdout.write(
  JSON.stringify({
    seconds: (performance.now() - start) / 1000,
    steadySeconds,
    sent: results.reduce((n, r) => n + r.requests.sent, 0),
    answered: latencies.length,
    ok,
    servedRate: inSteady.filter((c) => c.ok).length / steadySeconds,
    statuses,
    status503: statuses[503] ?? 0,
    otherNon2xx: latencies.length - ok - (statuses[503] ?? 0),
    errors: sum('errors'),
    timeouts: sum('timeouts'),
    requestErrors,
    p50: percentile(latencies, 50) ?? null,
    p99: percentile(latencies, 99) ?? null,
    max: latencies.at(-1) ?? null,
    maxGapMs: longestGap(
      inSteady.map((c) => c.at),
      steady,
    ),
  }),
)

/** The longest time without an answer in the steady window, its ends included (times arrive in order). */
function longestGap(times, { from, to }) {
  let gap = 0
  let last = from
  for (const t of [...times, to]) {
    gap = Math.max(gap, t - last)
    last = t
  }
  return gap
}
