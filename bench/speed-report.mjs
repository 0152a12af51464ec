// Turns the speed benchmark's figures into bench/results/speed.md: the targets of issue 3 with the
// figures reached, and the baselines beside Vigil on the same queries.
import { writeFileSync } from 'node:fs'
import { percentile as pct } from './stats.mjs'

const sortedMs = (rows) => rows.map((r) => r.ms).sort((a, b) => a - b)
const fmt = (x, digits = 2) => (x === undefined || Number.isNaN(x) ? 'n/a' : x.toFixed(digits))
const share = (part, all) => (all === 0 ? 'n/a' : `${((100 * part) / all).toFixed(1)}%`)

/** Recall at k over the listed queries among `rows` ({rank} per query, -1 when missed). */
function recall(rows) {
  const listed = rows.filter((r) => r.kind !== 'unlisted')
  return { found: listed.filter((r) => r.rank >= 0).length, of: listed.length }
}

function targetRows(results) {
  const { run } = results
  const rows = [
    ['index build, 1M entities', '≤ 60 s', run.build.seconds, 's', run.build.seconds <= 60],
    ['peak RSS of the process', '≤ 2048 MB', run.peakRssMb, 'MB', run.peakRssMb <= 2048],
    ['in-process match p50', '≤ 2 ms', run.vigil.latency.p50, 'ms', run.vigil.latency.p50 <= 2],
    ['in-process match p99', '≤ 10 ms', run.vigil.latency.p99, 'ms', run.vigil.latency.p99 <= 10],
  ]
  if (results.http) rows.push(['HTTP /match p99 at 200 req/s', '≤ 20 ms', results.http.p99, 'ms', results.http.p99 <= 20])
  for (const b of results.batch ?? []) rows.push([`batch, ${b.workers} worker${b.workers > 1 ? 's' : ''}`, '≥ 2000 names/s', b.rate, 'names/s', b.rate >= 2000])
  return rows.map(
    ([what, target, value, unit, met]) =>
      `| ${what} | ${target} | ${fmt(value, unit === 'MB' || unit === 'names/s' ? 0 : 2)} ${unit} | ${met ? 'met' : 'missed'} |`,
  )
}

/** One baseline row beside Vigil's figures on the same queries. */
function baselineRow(name, rows, vigilByN, vigilP50) {
  const ms = sortedMs(rows)
  const own = recall(rows)
  const vigil = recall(rows.map((r) => vigilByN.get(r.n)))
  return `| ${name} | ${rows.length} | ${fmt(pct(ms, 50))} | ${fmt(pct(ms, 99))} | ${fmt(pct(ms, 50) / vigilP50, 0)}× | ${share(own.found, own.of)} | ${share(vigil.found, vigil.of)} |`
}

function recallByKind(queries) {
  const kinds = [...new Set(queries.map((q) => q.kind))].filter((k) => k !== 'unlisted')
  return kinds.map((k) => {
    const r = recall(queries.filter((q) => q.kind === k))
    return `| ${k} | ${r.of} | ${share(r.found, r.of)} | ${share(queries.filter((q) => q.kind === k && q.rank === 0).length, r.of)} |`
  })
}

export function writeReport(results, path) {
  const { run, postgres, imported, machine, topK } = results
  const vigilByN = new Map(run.vigil.queries.map((q) => [q.n, q]))
  const unlisted = run.vigil.queries.filter((q) => q.kind === 'unlisted')
  const all = recall(run.vigil.queries)
  const lines = [
    '# Speed benchmark',
    '',
    `Command: \`npm run bench\` (or \`npm run build && node bench/speed.mjs\`). Machine: ${machine.arch}, ${machine.cpus} cores, Node ${machine.node}, ${machine.date}.`,
    '',
    `Index: ${run.entities.real} entities of every real list in the shared data (${run.entities.datasets.length} datasets, imported with`,
    `\`vigil import\` in ${fmt(imported.seconds, 1)} s, loaded from the SQLite store in ${fmt(run.storeLoadSeconds, 1)} s) plus ${run.entities.synthetic} seeded synthetic`,
    `persons and companies in 24 locales and scripts (generated in ${fmt(run.generateSeconds, 1)} s, handed straight to \`buildDataVersion\`):`,
    `${run.entities.matchable} matchable entities, ${run.entities.names} names. Build time is \`buildDataVersion\` (merge, analyze names, inverted index, derived risk); peak RSS`,
    "is the whole process from `/usr/bin/time -v` (entities, index, query set and the brute-force baseline's name list).",
    '',
    '## Targets (issue 3, 2 cores)',
    '',
    '| measure | target | reached | |',
    '|---|---|---:|---|',
    ...targetRows(results),
    '',
    `Latency: \`parseQuery\` + \`screenQuery\` (default algorithm, limit ${topK}) per query, ${run.vigil.queries.length} queries`,
    `(${run.vigil.queries.length - unlisted.length} real listed names with variations, ${unlisted.length} invented names on no list), ${run.vigil.latency.passes.length} passes, median of each pass's percentile.`,
    `Heap after build ${run.build.heapUsedMb} MB; RSS after build ${run.build.rssAfterMb} MB.`,
    results.http ? describeHttp(results.http) : 'HTTP: not measured.',
    results.batch
      ? `Batch: \`screenBatch\` on ${results.batch[0].rows} rows (the query set's names repeated), in its own process; each worker builds its own index first (${results.batch.map((b) => `${b.workers}: ${fmt(b.indexSeconds, 0)} s`).join(', ')}), the rate counts screening only.`
      : 'Batch: not measured.',
    '',
    `## Recall at ${topK} (did the listed entity come in the top ${topK})`,
    '',
    `Vigil, all listed queries: ${share(all.found, all.of)} (${all.found}/${all.of}); invented names raising a match: ${share(unlisted.filter((q) => q.match).length, unlisted.length)}.`,
    '',
    '| variation | queries | in top k | at rank 1 |',
    '|---|---:|---:|---:|',
    ...recallByKind(run.vigil.queries),
    '',
    '## Baselines, same run, same queries',
    '',
    '| method | queries | p50 ms | p99 ms | p50 vs Vigil | recall at k | Vigil recall, same queries |',
    '|---|---:|---:|---:|---:|---:|---:|',
    `| Vigil (in process) | ${run.vigil.queries.length} | ${fmt(run.vigil.latency.p50)} | ${fmt(run.vigil.latency.p99)} | 1× | ${share(all.found, all.of)} | ${share(all.found, all.of)} |`,
    baselineRow('brute-force Jaro-Winkler, whole folded names', run.jaroWinkler, vigilByN, run.vigil.latency.p50),
    baselineRow('PostgreSQL pg_trgm, GIN, `%` + similarity()', postgres.results, vigilByN, run.vigil.latency.p50),
    '',
    `PostgreSQL: private cluster (Debian's package), names loaded with \\copy in ${fmt(postgres.loadSeconds, 1)} s, GIN trigram index built in ${fmt(postgres.indexSeconds, 1)} s;`,
    'latency as psql times each statement over a Unix socket. The baselines run on a bounded subset of the queries (listed and unlisted alternating);',
    "the last column is Vigil's recall on that same subset.",
    '',
  ]
  writeFileSync(path, lines.join('\n'))
  process.stdout.write(lines.join('\n'))
}

/** The HTTP phase in words: how the server was set up, then each worker count's figures. */
function describeHttp(http) {
  const runs = (http.runs ?? [http]).map(
    (r) =>
      `${r.workers} worker(s), ready after ${fmt(r.readySeconds, 0)} s: ${r.sent} sent, mean ${fmt(r.rate, 0)} req/s, p50 ${r.p50} ms, p90 ${r.p90} ms, p99 ${r.p99} ms, max ${r.max} ms, ${r.non2xx} non-2xx, ${r.errors} errors, ${r.timeouts} timeouts`,
  )
  return `HTTP: a real \`vigil serve\` over the same entities (the synthetic ones imported as a dataset of their own in ${fmt(http.importSeconds, 0)} s), on 127.0.0.1, autocannon from another process, ${http.seconds} s at ${http.target} req/s (10 connections), one query per request, bodies in turn from the query set. ${runs.join('; ')}.`
}
