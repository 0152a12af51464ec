/**
 * The work of one uploaded batch: screen its rows group by group (batch-screening.ts), record them
 * when asked (opening alerts, as `vigil screen --record` does), then write the result files in every
 * format, with the same columns `vigil screen` writes.
 */
import { join } from 'node:path'
import { idHeaderOf, recordBatch } from '../review/record-batch.js'
import type { Principal } from '../review/principal.js'
import type { BatchInput } from '../screening/batch-input/read-batch.js'
import type { OutputRow } from '../screening/batch-output/output-row.js'
import { writeBatch, type OutputFormat } from '../screening/batch-output/write-batch.js'
import type { RowOutcome } from '../screening/screen-row.js'
import type { Store } from '../store/store.js'
import type { BatchRun } from './batch-jobs.js'
import { screenRows, type BatchSettings, type ScreenedGroup } from './batch-screening.js'
import type { LiveIndex } from './live-index.js'

export const OUTPUT_FORMATS: OutputFormat[] = ['csv', 'jsonl', 'xlsx']

export interface BatchJob {
  name: string
  input: BatchInput
  settings: BatchSettings
  /** Keep each row as a recorded screening, by this user; undefined: screen only. */
  recordAs?: Principal
}

/** A result file of a batch, in its folder. */
export function resultPath(dir: string, format: OutputFormat): string {
  return join(dir, `results.${format}`)
}

/** Screen, record and write one batch, updating `run.view` as it goes. */
export async function runBatch(live: LiveIndex, store: Store, job: BatchJob, run: BatchRun): Promise<void> {
  const outcomes: RowOutcome[] = []
  let version = ''
  const tasks = job.input.rows.map(({ query, error }) => ({ query, error }))
  await screenRows(
    live,
    tasks,
    job.settings,
    async (group) => {
      outcomes.push(...group.outcomes)
      version = group.version
      run.view.matched += group.outcomes.filter((o) => o.hits.some((h) => h.match)).length
      if (job.recordAs) await recordGroup(store, job, group, run)
      run.view.screened += group.outcomes.length
    },
    run.signal,
  )
  const rows: OutputRow[] = job.input.rows.map((row, i) => ({
    line: row.line,
    cells: row.cells,
    outcome: { ...outcomes[i]!, warnings: [...row.warnings, ...outcomes[i]!.warnings] },
  }))
  const about = aboutOf(job, version, rows)
  for (const format of OUTPUT_FORMATS) {
    await writeBatch({ path: resultPath(run.dir, format), format, headers: job.input.headers, rows, limit: job.settings.limit, about })
  }
}

async function recordGroup(store: Store, job: BatchJob, group: ScreenedGroup, run: BatchRun): Promise<void> {
  const idHeader = idHeaderOf(job.input.headers)
  const rows = job.input.rows.slice(group.start, group.start + group.outcomes.length).map((row, i) => ({
    line: row.line,
    clientId: idHeader ? String(row.cells[idHeader] ?? '').trim() || undefined : undefined,
    query: row.query,
    hits: group.outcomes[i]!.hits,
    error: group.outcomes[i]!.error ?? row.error,
  }))
  const { algorithm, threshold, scope } = job.settings
  const recorded = await recordBatch(store.records, job.recordAs!, { file: job.name, dataVersion: group.version, algorithm, threshold, dataset: scope, rows })
  run.view.recorded += recorded.screenings
  run.view.alerts += recorded.alerts
}

function aboutOf(job: BatchJob, version: string, rows: OutputRow[]): Record<string, string | number> {
  return {
    input: job.name,
    screened_at: new Date().toISOString(),
    data_version: version,
    algorithm: job.settings.algorithm,
    threshold: job.settings.threshold,
    rows: rows.length,
    matches: rows.filter((r) => r.outcome.hits.some((h) => h.match)).length,
    errors: rows.filter((r) => r.outcome.error).length,
  }
}
