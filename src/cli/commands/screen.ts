/** `vigil screen FILE --out RESULTS`: screen every row of a CSV, JSON-lines or XLSX file on every core. */
import { availableParallelism } from 'node:os'
import { basename } from 'node:path'
import type { Command } from 'commander'
import type { Config } from '../../config.js'
import { AppError } from '../../errors.js'
import { createLogger } from '../../log.js'
import { checkEncoding } from '../../importers/read/encoding.js'
import { parseMapFlags } from '../../screening/batch-input/column-map.js'
import { formatOf, readBatch, type BatchInput } from '../../screening/batch-input/read-batch.js'
import type { OutputRow } from '../../screening/batch-output/output-row.js'
import { writeBatch, type OutputFormat } from '../../screening/batch-output/write-batch.js'
import { CHUNK_ROWS, readIndexSource, screenBatch, type BatchResult } from '../../screening/screen-batch.js'
import type { RowTask } from '../../screening/screen-row.js'
import { idHeaderOf, recordBatch } from '../../review/record-batch.js'
import { configFrom, operator, withStore, type GlobalOptions } from '../context.js'
import { print } from '../output.js'
import { collect, parseChunkSize, parseLimit, parseThreshold, parseWorkers } from './screen-flags.js'
import { createBatchProgress, type BatchProgress } from './screen-progress.js'

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
  queue?: boolean
  chunkSize?: string
  record?: boolean
}

/** A batch to screen, however it is screened: here on threads, or on `vigil worker` processes. */
interface BatchRun {
  rows: RowTask[]
  limit: number
  threshold?: number
  algorithm?: string
  chunkRows: number
  progress: BatchProgress
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
    .option('--threshold <score>', "score from which a hit is a match (default: the algorithm's)")
    .option('--algorithm <name>', 'scoring algorithm (default: vigil-v1)')
    .option('--encoding <encoding>', 'text encoding of a CSV or JSON-lines file: utf-8, windows-1252, iso-8859-1, utf-16le', 'utf-8')
    .option('--map <field=Header>', 'read a field from a column, e.g. --map name="Customer Name" --map birthDate=DOB; repeatable', collect, [])
    .option('--schema <schema>', 'schema of rows that do not say (default: Person when a row gives a birth date or nationality, else LegalEntity)')
    .option('--queue', 'screen on `vigil worker` processes through the PostgreSQL store (VIGIL_DATABASE_URL), not on this machine')
    .option('--chunk-size <rows>', `rows a worker screens at a time (default: ${CHUNK_ROWS})`)
    .option('--record', 'keep each row as a recorded screening: hits open alerts for review (an id column gives the client id)')
    .addHelpText(
      'after',
      `
Columns named like name, full name, customer name, party; type, entity type; birth date, dob;
country, nationality; passport, id number, registration number (any case) are read without --map.

Examples:
  vigil screen customers.csv --out results.csv
  vigil screen customers.xlsx --out results.xlsx --map name="Client" --schema Company
  vigil screen export.csv --encoding windows-1252 --out results.jsonl --workers 2
  vigil screen customers.csv --out results.csv --queue     (on \`vigil worker\` processes)`,
    )
    .action(async (file: string, flags: ScreenFlags, command: Command) => {
      const config = configFrom(command.optsWithGlobals<GlobalOptions>())
      if (flags.queue) {
        // The queue's modules (pg-boss) load only for the commands that use them.
        const { requirePostgres } = await import('../../jobs/screen-chunk.js')
        const url = requirePostgres(config, '`vigil screen --queue`')
        await runScreen(file, flags, config, (run) => screenOnWorkers(config, url, run))
      } else {
        const workers = parseWorkers(flags.workers ?? String(availableParallelism()), availableParallelism())
        await runScreen(file, flags, config, (run) => screenHere(config, workers, run))
      }
    })
}

async function runScreen(file: string, flags: ScreenFlags, config: Config, screen: (run: BatchRun) => Promise<BatchResult>): Promise<void> {
  const format = outputFormatOf(flags)
  const limit = parseLimit(flags.limit)
  const threshold = parseThreshold(flags.threshold)
  const chunkRows = flags.chunkSize === undefined ? CHUNK_ROWS : parseChunkSize(flags.chunkSize)
  const input = await readBatch({ path: file, encoding: checkEncoding(flags.encoding), map: parseMapFlags(flags.map), schema: flags.schema })
  reportInput(input)
  const progress = createBatchProgress()
  const tasks = input.rows.map(({ query, error }) => ({ query, error }))
  const result = await screen({ rows: tasks, limit, threshold, algorithm: flags.algorithm, chunkRows, progress }).finally(() => progress.stop())
  const rows: OutputRow[] = input.rows.map((row, i) => {
    const outcome = result.outcomes[i]!
    return { line: row.line, cells: row.cells, outcome: { ...outcome, warnings: [...row.warnings, ...outcome.warnings] } }
  })
  await writeBatch({ path: flags.out, format, headers: input.headers, rows, limit, about: aboutOf(file, result) })
  print(summaryOf(flags.out, result, flags.queue === true))
  if (flags.record) {
    const idHeader = idHeaderOf(input.headers)
    const recorded = await withStore(config, (store) =>
      recordBatch(store.records, operator(), {
        file: basename(file),
        dataVersion: result.version,
        algorithm: result.algorithm,
        threshold: result.threshold,
        rows: input.rows.map((row, i) => ({
          line: row.line,
          clientId: idHeader ? String(row.cells[idHeader] ?? '').trim() || undefined : undefined,
          query: row.query,
          hits: result.outcomes[i]!.hits,
          error: result.outcomes[i]!.error ?? row.error,
        })),
      }),
    )
    print(`Recorded ${recorded.screenings} screenings; ${recorded.alerts} alerts opened for review (GET /v1/alerts).`)
  }
}

/** On this machine: worker threads, each with an index of the entities read here once. */
async function screenHere(config: Config, workers: number, run: BatchRun): Promise<BatchResult> {
  run.progress.note('Reading the lists…')
  const source = await withStore(config, readIndexSource)
  run.progress.note(`Building the index in ${workers} worker${workers === 1 ? '' : 's'}…`)
  return screenBatch({ ...run, source, workers, onProgress: (done, total) => run.progress.update(done, total) })
}

/** On `vigil worker` processes: chunks queued in the PostgreSQL store, results collected from it. */
async function screenOnWorkers(config: Config, url: string, run: BatchRun): Promise<BatchResult> {
  const { openScreenQueue } = await import('../../jobs/screen-chunk.js')
  const { screenQueued } = await import('../../jobs/queued-batch.js')
  const interrupt = new AbortController()
  const onSignal = () => interrupt.abort()
  process.once('SIGINT', onSignal).once('SIGTERM', onSignal)
  const queue = await openScreenQueue(url, createLogger())
  try {
    return await withStore(config, (store) => {
      run.progress.note(`Queued the batch for \`vigil worker\` processes (${store.location})…`)
      return screenQueued({
        ...run,
        store,
        queue,
        signal: interrupt.signal,
        onProgress: (done, total) => run.progress.update(done, total),
        onNoWorker: (seconds) =>
          process.stderr.write(
            `waiting: no worker has taken a chunk yet; start \`vigil worker\` with the same VIGIL_DATABASE_URL (queued ${Math.round(seconds)} s ago; the chunks wait until a worker takes them).\n`,
          ),
      })
    })
  } catch (err) {
    if (!interrupt.signal.aborted) throw err
    process.stderr.write("Interrupted: the batch's chunks were taken off the queue; nothing was written.\n")
    process.exit(130)
  } finally {
    process.off('SIGINT', onSignal).off('SIGTERM', onSignal)
    await queue.close()
  }
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

function summaryOf(out: string, result: BatchResult, queued: boolean): string {
  const s = result.stats
  const time = queued
    ? `Time: ${s.screenSeconds.toFixed(1)} s from queueing to the last chunk, ${Math.round(s.rate)} rows/s on ${s.workers} \`vigil worker\` process${s.workers === 1 ? '' : 'es'}.`
    : `Time: ${(s.indexSeconds + s.screenSeconds).toFixed(1)} s (index ${s.indexSeconds.toFixed(1)} s, screening ${s.screenSeconds.toFixed(1)} s at ${Math.round(s.rate)} rows/s on ${s.workers} worker${s.workers === 1 ? '' : 's'}).`
  return [
    `Screened ${s.rows} rows: ${s.matches} with a match, ${s.errors} with errors.`,
    time,
    `Algorithm ${result.algorithm}, threshold ${result.threshold}, data ${result.version}.`,
    `Results: ${out}`,
  ].join('\n')
}
