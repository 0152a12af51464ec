/**
 * Screening an uploaded batch on the served data version: the rows go to the data-version workers
 * as match tasks of a few rows each, a group of tasks at a time, so a large file shares the workers
 * fairly with interactive requests, never holds the event loop, and reports progress as it goes.
 */
import { setTimeout as sleep } from 'node:timers/promises'
import { AppError } from '../errors.js'
import type { ScreenedEntity } from '../screening/entity-view/screened-entity.js'
import type { RowOutcome, RowTask } from '../screening/screen-row.js'
import type { MatchTask, TaskResult } from './data-version/protocol.js'
import type { LiveIndex } from './live-index.js'
import type { MatchAnswer } from './record-responses.js'
import { matchQuerystring } from './schemas/match.js'

// Rows per match task, as /match chunks its queries; tasks per group, so one call to the workers
// stays well within the request timeout and progress moves every few hundred rows.
const TASK_ROWS = 10
const GROUP_TASKS = 20
// A busy or rebuilding server is worth waiting for: a batch should not fail on one 503.
const RETRIES = 5
const RETRY_WAIT_MS = 1000
const RETRIED = new Set(['overloaded', 'timeout', 'not_ready'])

export interface BatchSettings {
  scope: string
  algorithm: string
  threshold: number
  /** Hits kept per row. */
  limit: number
}

/** One group of rows screened: where it starts in the batch, each row's outcome, the data version. */
export interface ScreenedGroup {
  start: number
  outcomes: RowOutcome[]
  version: string
}

/** Screen `rows` in order; `onGroup` hears each group once it is screened, before the next starts. */
export async function screenRows(
  live: LiveIndex,
  rows: RowTask[],
  settings: BatchSettings,
  onGroup: (group: ScreenedGroup) => Promise<void>,
  signal: AbortSignal,
): Promise<void> {
  // Every result down to the limit, as `vigil screen` writes them; `match` says which count.
  const params = matchQuerystring.parse({ algorithm: settings.algorithm, threshold: settings.threshold, cutoff: 0, limit: settings.limit })
  const groupRows = TASK_ROWS * GROUP_TASKS
  for (let start = 0; start < rows.length; start += groupRows) {
    if (signal.aborted) throw new AppError('conflict', 'Stopped: the server shut down before the batch was screened.')
    const group = rows.slice(start, start + groupRows)
    const answers = new Map<number, MatchAnswer>()
    let version = live.serving().version
    const tasks = tasksOf(group, start, settings.scope, params)
    for (const result of tasks.length > 0 ? await runPatiently(live, tasks, signal) : []) {
      if (!('json' in result)) continue
      version = result.version
      for (const [key, answer] of Object.entries(JSON.parse(`{${result.json}}`) as Record<string, MatchAnswer>)) answers.set(Number(key), answer)
    }
    await onGroup({ start, outcomes: group.map((row, i) => outcomeOf(row, answers.get(start + i))), version })
  }
}

function tasksOf(rows: RowTask[], start: number, scope: string, params: MatchTask['params']): MatchTask[] {
  const examples: MatchTask['examples'] = []
  rows.forEach((row, i) => {
    if (row.query && !row.error) examples.push([String(start + i), row.query, null])
  })
  const tasks: MatchTask[] = []
  for (let at = 0; at < examples.length; at += TASK_ROWS) tasks.push({ kind: 'match', scope, params, examples: examples.slice(at, at + TASK_ROWS) })
  return tasks
}

async function runPatiently(live: LiveIndex, tasks: MatchTask[], signal: AbortSignal): Promise<TaskResult[]> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await live.run(tasks)
    } catch (err) {
      if (!(err instanceof AppError && RETRIED.has(err.code)) || attempt >= RETRIES || signal.aborted) throw err
      await sleep(RETRY_WAIT_MS * attempt)
    }
  }
}

/** A row's outcome as `vigil screen` writes it: the match answer's hits, or why there are none. */
function outcomeOf(row: RowTask, answer: MatchAnswer | undefined): RowOutcome {
  if (!row.query || row.error) return { hits: [], total: 0, error: row.error ?? 'No query.', warnings: [] }
  if (!answer) return { hits: [], total: 0, error: 'Not screened.', warnings: [] }
  if (answer.status !== 200 || !answer.results) return { hits: [], total: 0, error: String(answer.detail ?? `Status ${answer.status}.`), warnings: [] }
  const total = (answer.total as { value?: number } | undefined)?.value ?? answer.results.length
  return { hits: answer.results as unknown as ScreenedEntity[], total, warnings: [] }
}
