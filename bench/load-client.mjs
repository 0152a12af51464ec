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
    completions.push(performance.now())
  })
  instance.on('reqError', () => requestErrors++)
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
  for (let i = 0; i < connections; i++) {
    if (stopped) break
    instances.push(cannon({ connections: 1, connectionRate: Math.floor(rate / connections) + (i < rate % connections ? 1 : 0) }))
    await new Promise((r) => setTimeout(r, 1000 / connections))
  }
  return instances
}

let stopped = false
let instances = []
if (phase.untilStdin) createInterface({ input: process.stdin }).once('line', () => {
  stopped = true
  for (const instance of instances) instance.stop()
})
instances = phase.rate ? await paced(phase) : [cannon({ connections: phase.connections })]
const results = await Promise.all(instances)
const sum = (key) => results.reduce((n, r) => n + r[key], 0)
// Wall time: a connection sends at 0, 1, …, `seconds` s, and the staggered starts span the extra second.
const seconds = (performance.now() - start) / 1000
latencies.sort((a, b) => a - b)
const ok = Object.entries(statuses).filter(([s]) => s.startsWith('2')).reduce((n, [, c]) => n + c, 0)
process.stdout.write(JSON.stringify({
  seconds,
  sent: results.reduce((n, r) => n + r.requests.sent, 0),
  answered: latencies.length,
  ok,
  servedRate: ok / seconds,
  statuses,
  status503: statuses[503] ?? 0,
  otherNon2xx: latencies.length - ok - (statuses[503] ?? 0),
  errors: sum('errors'),
  timeouts: sum('timeouts'),
  requestErrors,
  p50: percentile(latencies, 50) ?? null,
  p99: percentile(latencies, 99) ?? null,
  max: latencies.at(-1) ?? null,
  maxGapMs: longestGap(completions),
}))

/** The longest time between two consecutive answers (completion times arrive in order). */
function longestGap(times) {
  let gap = 0
  for (let i = 1; i < times.length; i++) gap = Math.max(gap, times[i] - times[i - 1])
  return gap
}
