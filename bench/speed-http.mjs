// The HTTP load of the speed benchmark, run as its own process so the load generator does not share
// the server's event loop: autocannon at a fixed rate against POST /match/default, one query per
// request, the bodies taken in turn from the query set. Prints autocannon's latency figures as JSON.
import autocannon from 'autocannon'
import { readFileSync } from 'node:fs'

const [url, queriesFile, seconds = '15', rate = '200'] = process.argv.slice(2)
const bodies = JSON.parse(readFileSync(queriesFile, 'utf-8')).map((q) =>
  JSON.stringify({ queries: { q: { schema: q.schema, properties: { name: [q.name] } } } }),
)
let next = 0
const result = await autocannon({
  url: `${url}/match/default`,
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  connections: 10,
  overallRate: Number(rate),
  duration: Number(seconds),
  requests: [{ setupRequest: (request) => ({ ...request, body: bodies[next++ % bodies.length] }) }],
})
const { latency, requests, non2xx, errors, timeouts } = result
process.stdout.write(
  JSON.stringify({
    p50: latency.p50,
    p90: latency.p90,
    p99: latency.p99,
    max: latency.max,
    mean: latency.average,
    sent: requests.sent,
    rate: requests.average,
    non2xx,
    errors,
    timeouts,
    seconds: Number(seconds),
    target: Number(rate),
  }),
)
