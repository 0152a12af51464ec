/** Screening one batch row: the unit of work a batch worker does, a pure function of the row and the data version. */
import { AppError } from '../errors.js'
import type { Algorithm } from '../scoring/algorithm.js'
import type { DataVersion } from './data-version/data-version.js'
import { presentResults, type ScreenedEntity } from './entity-view/screened-entity.js'
import { parseQuery, type QueryInput } from './query.js'
import { screenQuery } from './screen-query.js'

/** What a batch row asks: a query, or the reason it has none. */
export interface RowTask {
  query?: QueryInput
  error?: string
}

export interface RowOutcome {
  /** The row's results as every edge shows them (presentScreened): plain data, to cross threads and queues. */
  hits: ScreenedEntity[]
  /** Candidates scored. */
  total: number
  error?: string
  /** Values of the row that did not clean (a date that is not a date) and were left out. */
  warnings: string[]
}

export interface RowSettings {
  algorithm: Algorithm
  threshold?: number
  limit: number
}

export function screenRow(task: RowTask, data: DataVersion, settings: RowSettings): RowOutcome {
  const warnings: string[] = []
  if (!task.query) return { hits: [], total: 0, error: task.error ?? 'No query.', warnings }
  try {
    const query = parseQuery(task.query, warnings)
    const { results, total } = screenQuery({ query, data, ...settings })
    return { hits: presentResults(results, data.risk), total, warnings }
  } catch (err) {
    if (!(err instanceof AppError)) throw err
    return { hits: [], total: 0, error: err.message, warnings }
  }
}
