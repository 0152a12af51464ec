/** `vigil screen FILE --out RESULTS`: screen every row of a CSV, JSON-lines or XLSX file on every core. */
import { availableParallelism } from 'node:os'
import type { Command } from 'commander'
import { AppError } from '../../errors.js'
import { checkEncoding } from '../../importers/read/encoding.js'
import { parseMapFlags } from '../../screening/batch-input/column-map.js'
import { formatOf, readBatch, type BatchInput } from '../../screening/batch-input/read-batch.js'
import type { OutputRow } from '../../screening/batch-output/output-row.js'
import { writeBatch, type OutputFormat } from '../../screening/batch-output/write-batch.js'
import { readIndexSource, screenBatch, type BatchResult, type IndexSource } from '../../screening/screen-batch.js'
import { configFrom, withStore, type GlobalOptions } from '../context.js'
import { print } from '../output.js'
import { collect, parseLimit, parseThreshold, parseWorkers } from './screen-flags.js'
import { createBatchProgress } from './screen-progress.js'

interface ScreenFlags {
  out: string
  format?: string
  workers?: string
  limit: string
  threshold?: string
  algorithm?: string
  encoding: string
  map: string[]
  schema?: string
}

// Enough malformed rows to see the pattern; the output file has them all.
const ERRORS_SHOWN = 20

export function registerScreen(program: Command): void {
  program
    .command('screen')
    .description('Screen every row of a CSV, JSON-lines or XLSX file; write each row back with its top hits, scores and explanations')
    .argument('<file>', 'rows to screen: .csv, .tsv, .jsonl/.ndjson or .xlsx')
    .requiredOption('--out <file>', 'where to write the results')
    .option('--format <format>', 'csv, jsonl or xlsx (default: from the --out extension)')
    // No commander default: it would print "(default: "2")" after the text, the same default twice.
    .option('--workers <n>', `worker threads, each with its own index (default: one per core, ${availableParallelism()} here)`)
    .option('--limit <n>', 'hits written per row', '3')
    .option('--threshold <score>', 'score from which a hit is a match (default: the algorithm\'s)')
    .option('--algorithm <name>', 'scoring algorithm (default: vigil-v1)')
    .option('--encoding <encoding>', 'text encoding of a CSV or JSON-lines file: utf-8, windows-1252, iso-8859-1, utf-16le', 'utf-8')
    .option('--map <field=Header>', 'read a field from a column, e.g. --map name="Customer Name" --map birthDate=DOB; repeatable', collect, [])
    .option('--schema <schema>', 'schema of rows that do not say (default: Person when a row gives a birth date or nationality, else LegalEntity)')
    .addHelpText('after', `
Columns named like name, full name, customer name, party; type, entity type; birth date, dob;
country, nationality; passport, id number, registration number (any case) are read without --map.

Examples:
  vigil screen customers.csv --out results.csv
  vigil screen customers.xlsx --out results.xlsx --map name="Client" --schema Company
  vigil screen export.csv --encoding windows-1252 --out results.jsonl --workers 2`)
    .action(async (file: string, flags: ScreenFlags, command: Command) => {
      const config = configFrom(command.optsWithGlobals<GlobalOptions>())
      await runScreen(file, flags, () => withStore(config, readIndexSource))
    })
}

async function runScreen(file: string, flags: ScreenFlags, loadSource: () => Promise<IndexSource>): Promise<void> {
  const format = outputFormatOf(flags)
  const limit = parseLimit(flags.limit)
  const workers = parseWorkers(flags.workers ?? String(availableParallelism()), availableParallelism())
  const threshold = parseThreshold(flags.threshold)
  const input = await readBatch({ path: file, encoding: checkEncoding(flags.encoding), map: parseMapFlags(flags.map), schema: flags.schema })
  reportInput(input)
  const progress = createBatchProgress()
  progress.note('Reading the lists…')
  const source = await loadSource()
  progress.note(`Building the index in ${workers} worker${workers === 1 ? '' : 's'}…`)
  const result = await screenBatch({
    rows: input.rows.map(({ query, error }) => ({ query, error })),
    source,
    workers, limit, threshold, algorithm: flags.algorithm,
    onProgress: (done, total) => progress.update(done, total),
  }).finally(() => progress.stop())
  const rows: OutputRow[] = input.rows.map((row, i) => {
    const outcome = result.outcomes[i]!
    return { line: row.line, cells: row.cells, outcome: { ...outcome, warnings: [...row.warnings, ...outcome.warnings] } }
  })
  await writeBatch({ path: flags.out, format, headers: input.headers, rows, limit, about: aboutOf(file, result) })
  print(summaryOf(flags.out, result))
}

function outputFormatOf(flags: ScreenFlags): OutputFormat {
  const format = flags.format ?? formatOf(flags.out)
  if (format !== 'csv' && format !== 'jsonl' && format !== 'xlsx') {
    throw new AppError('unknown_format', `Unknown --format '${format}'. Use csv, jsonl or xlsx.`)
  }
  return format
}

/** Say on stderr which columns were read and which rows could not be, with their lines. */
function reportInput(input: BatchInput): void {
  const columns = [...input.columns].map(([field, header]) => `${field} ← '${header}'`).join(', ')
  if (columns) process.stderr.write(`Columns: ${columns}\n`)
  const errors = input.rows.filter((row) => row.error)
  for (const row of errors.slice(0, ERRORS_SHOWN)) process.stderr.write(`skipped: ${row.error}\n`)
  if (errors.length > ERRORS_SHOWN) process.stderr.write(`… and ${errors.length - ERRORS_SHOWN} more rows with errors (see the error column).\n`)
}

function aboutOf(file: string, result: BatchResult): Record<string, string | number> {
  return {
    input: file,
    screened_at: new Date().toISOString(),
    data_version: result.version,
    algorithm: result.algorithm,
    threshold: result.threshold,
    rows: result.stats.rows,
    matches: result.stats.matches,
    errors: result.stats.errors,
  }
}

function summaryOf(out: string, result: BatchResult): string {
  const s = result.stats
  return [
    `Screened ${s.rows} rows: ${s.matches} with a match, ${s.errors} with errors.`,
    `Time: ${(s.indexSeconds + s.screenSeconds).toFixed(1)} s (index ${s.indexSeconds.toFixed(1)} s, screening ${s.screenSeconds.toFixed(1)} s at ${Math.round(s.rate)} rows/s on ${s.workers} worker${s.workers === 1 ? '' : 's'}).`,
    `Algorithm ${result.algorithm}, threshold ${result.threshold}, data ${result.version}.`,
    `Results: ${out}`,
  ].join('\n')
}
