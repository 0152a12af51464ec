// Import benchmark: each real list file imported into a fresh store, several runs, median wall time
// and peak RSS (from /usr/bin/time -v), beside a read-only baseline over the same bytes in the same run.
// Run with `npm run bench` (it builds first); BENCH_RUNS sets the runs (default 3).
// Results go to bench/results/imports.md.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { median } from './stats.mjs'

const ROOT = fileURLToPath(new URL('../', import.meta.url))
const DATA = join(ROOT, '..', 'shared', 'data')
const CLI = join(ROOT, 'dist', 'cli', 'main.js')
const BASELINE = join(ROOT, 'bench', 'read-baseline.mjs')
const RUNS = Number(process.env.BENCH_RUNS ?? 3)

const CASES = [
  ['ofac-csv', 'ofac-sdn/2024-05-03/sdn.csv'],
  ['ofac-csv', 'ofac-sdn/2021-07-07'],
  ['hmt-csv', 'uk-hmt-ofsi-conlist/2018-04-13/sanctionsconlist.csv'],
  ['eu-csv', 'eu-journal-annexes-opensanctions/32014R0269-ukraine-territorial-integrity.csv'],
  ['un-xml', 'un-sc-consolidated/2026-02-27/UN_consolidated.xml'],
  ['eu-csv', 'eu-fsf/2018-07-04-first-999-rows/EUSanctionsShort.csv'],
  ['ftm', 'opensanctions-ftm/sa_wiki_peps-20240311/entities.ftm.json'],
  ['bis-dpl', 'us-bis-dpl/2023-11-30/dpl.txt'],
  ['yaml', null],
]

/** Wall seconds and peak RSS (MB) of one command, from /usr/bin/time -v. */
function measure(args) {
  const run = spawnSync('/usr/bin/time', ['-v', process.execPath, ...args], { encoding: 'utf-8', maxBuffer: 64 << 20 })
  if (run.status !== 0) throw new Error(`${args.join(' ')} failed:\n${run.stderr}`)
  const wall = run.stderr.match(/Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/)
  const rss = run.stderr.match(/Maximum resident set size \(kbytes\): (\d+)/)
  return { seconds: Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]), rssMb: Number(rss[1]) / 1024, stdout: run.stdout }
}

/** @param {string[]} c the format, and the file under the shared data (none: the bundled cers) */
function benchCase([format, relative]) {
  const path = relative ? join(DATA, relative) : join(ROOT, 'datasets', 'cers')
  const imports = []
  const baselines = []
  let summary = ''
  for (let i = 0; i < RUNS; i++) {
    const home = mkdtempSync(join(tmpdir(), 'vigil-bench-'))
    try {
      const run = measure([CLI, '--home', home, 'import', format, path, '--no-warnings'])
      imports.push(run)
      summary = run.stdout.trim()
    } finally {
      rmSync(home, { recursive: true, force: true })
    }
    baselines.push(measure([BASELINE, path]))
  }
  const seconds = median(imports.map((r) => r.seconds))
  const base = median(baselines.map((r) => r.seconds))
  const entities = summary.match(/: (\d+) entities, (\d+) statements/)
  return {
    file: relative ?? 'datasets/cers (bundled)',
    format,
    entities: entities?.[1] ?? '?',
    statements: entities?.[2] ?? '?',
    seconds,
    rssMb: median(imports.map((r) => r.rssMb)),
    baseline: base,
    ratio: seconds / base,
  }
}

const rows = CASES.map((c) => {
  const row = benchCase(c)
  process.stderr.write(`${row.file}: ${row.seconds.toFixed(2)} s, ${row.rssMb.toFixed(0)} MB\n`)
  return row
})
const table = [
  '| file | format | entities | statements | import, median s | peak RSS, MB | read-only baseline, s | ratio |',
  '|---|---|---:|---:|---:|---:|---:|---:|',
  ...rows.map(
    (r) =>
      `| ${r.file} | ${r.format} | ${r.entities} | ${r.statements} | ${r.seconds.toFixed(2)} | ${r.rssMb.toFixed(0)} | ${r.baseline.toFixed(2)} | ${r.ratio.toFixed(1)}× |`,
  ),
]
const report = [
  '# Import benchmark',
  '',
  `Each file imported with \`vigil import\` into a fresh SQLite store, ${RUNS} runs, medians; wall time and peak RSS of the whole`,
  'process (Node start-up included) from `/usr/bin/time -v`. The baseline is a Node process that only streams the same bytes',
  'and counts lines, measured in the same run: the ratio is what parsing, mapping to FtM and writing statements cost on top.',
  '',
  `Machine: ${process.arch}, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}.`,
  '',
  ...table,
  '',
].join('\n')
writeFileSync(join(ROOT, 'bench', 'results', 'imports.md'), report)
process.stdout.write(report)
