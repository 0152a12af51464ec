// The report of the load benchmark (bench/load.mjs): medians over runs of each phase, written as
// bench/results/load.json and a Markdown table in bench/results/load.md.
import { mkdirSync, writeFileSync } from 'node:fs'
import { cpus, totalmem, type as osType, release } from 'node:os'
import { join } from 'node:path'
import { median } from './stats.mjs'

const NUMBERS = [
  'seconds',
  'steadySeconds',
  'sent',
  'answered',
  'ok',
  'servedRate',
  'status503',
  'otherNon2xx',
  'errors',
  'timeouts',
  'p50',
  'p99',
  'max',
  'maxGapMs',
  'healthzMaxMs',
  'healthzP99Ms',
  'healthzFailures',
  'importSeconds',
  'swapSeconds',
]

/** Each phase with the median over runs of every figure (runs give the phases in the same order). */
export function summarizeRuns(runs) {
  return runs[0].map((phase, i) => {
    const figures = Object.fromEntries(NUMBERS.filter((k) => phase[k] !== undefined).map((k) => [k, medianOf(runs.map((r) => r[i][k]))]))
    return { name: phase.name, offered: phase.offered, ...figures, runs: runs.length }
  })
}

/** The median of the values that are numbers; null when a run had none (no swap seen, no answer). */
function medianOf(values) {
  const numbers = values.filter((v) => typeof v === 'number')
  return numbers.length === values.length ? median(numbers) : null
}

export function machine() {
  const cpu = cpus()
  return { cpu: `${cpu.length} × ${cpu[0]?.model.trim()}`, memoryGb: Math.round(totalmem() / 2 ** 30), os: `${osType()} ${release()}`, node: process.version }
}

const fixed = (value, digits = 0) => (value === null || value === undefined ? '–' : Number(value).toFixed(digits))

/** The /healthz phase at the same offered rate, for the ratio column. */
function baselineOf(phases, phase) {
  if (!phase.name.startsWith('match')) return undefined
  const rate = phase.name === 'match burst' ? 'burst' : `@ ${phase.offered}`
  return phases.find((p) => p.name === `healthz ${rate}`)
}

function row(phases, p) {
  const base = baselineOf(phases, p)
  const ratio = base && p.p99 !== null && base.p99 ? `${fixed(p.p99 / Math.max(base.p99, 1), 1)}×` : ''
  const connErrors = p.errors === null ? null : p.errors - (p.timeouts ?? 0)
  return `| ${p.name} | ${p.offered} | ${fixed(p.servedRate)} | ${fixed(p.p50)} | ${fixed(p.p99)} | ${ratio} | ${fixed(p.max)} | ${fixed(p.status503)} | ${fixed(p.otherNon2xx)} | ${fixed(connErrors)} | ${fixed(p.timeouts)} | ${fixed(p.maxGapMs)} | ${fixed(p.healthzMaxMs)} |`
}

function markdown(result) {
  const m = machine()
  const importPhase = result.phases.find((p) => p.name === 'match during import')
  return [
    '# Load benchmark',
    '',
    `\`vigil serve\` over every real list of the shared data (${result.store.datasets.map((d) => `${d.dataset} ${d.entities}`).join(', ')}), loaded by autocannon from another process with single-query \`POST /match/default\` (${result.queries} real names from the lists, in turn), after \`GET /healthz\` at the same offered rate as the baseline (the cost of HTTP alone). Each figure is the median over ${result.runs.length} run(s). A fixed rate is offered over ${result.connections} connections started evenly over a second (autocannon's own rate limit sends each second's quota at once); "Served 2xx/s" and "Longest gap" (the longest time without any answer) count the steady part, while every connection runs. "/healthz max" is the slowest answer of a probe asking every 50 ms from the benchmark process beside the load. Latencies are as measured, without correction for coordinated omission: a connection waits for its answer before it sends again. The burst is ${result.flags['burst-connections']} connections sending back to back for ${result.flags['burst-seconds']} s.`,
    '',
    '| Phase | Offered req/s | Served 2xx/s | p50 ms | p99 ms | p99 vs /healthz | Max ms | 503 | Other non-2xx | Conn. errors | Timeouts | Longest gap ms | /healthz max ms |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...result.phases.map((p) => row(result.phases, p)),
    '',
    `During the import: \`vigil update us_ofac_sdn\` took ${fixed(importPhase?.importSeconds, 1)} s; the server reported the new data version ${fixed(importPhase?.swapSeconds, 1)} s after the import started. Start-up: \`/readyz\` answered 200 after ${fixed(result.startup.readySeconds, 1)} s; its slowest answer on the way took ${fixed(result.startup.readyzMaxMs)} ms.`,
    '',
    `Machine: ${m.cpu}, ${m.memoryGb} GB, ${m.os}; Node ${m.node}. Date: ${result.started}. Command: \`${result.command}\` (after \`npm run build\`).`,
    '',
  ].join('\n')
}

export function writeLoadReport(result, dir) {
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'load.json'), `${JSON.stringify({ ...result, machine: machine() }, null, 2)}\n`)
  writeFileSync(join(dir, 'load.md'), markdown(result))
}
