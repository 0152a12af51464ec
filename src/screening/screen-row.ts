/** Screening one batch row: the unit of work a batch worker does, a pure function of the row and the data version. */
import { AppError } from '../errors.js'
import type { Algorithm, Explanation } from '../scoring/algorithm.js'
import type { DataVersion } from './data-version/data-version.js'
import { parseQuery, type QueryInput } from './query.js'
import { screenQuery } from './screen-query.js'

/** What a batch row asks: a query, or the reason it has none. */
export interface RowTask {
  query?: QueryInput
  error?: string
}

/** A result of a batch row: the entity's identity rather than all of it, to keep batches lean. */
export interface BatchHit {
  id: string
  schema: string
  caption: string
  datasets: string[]
  score: number
  match: boolean
  explanations: Record<string, Explanation>
}

export interface RowOutcome {
  hits: BatchHit[]
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
    const hits = results.map(({ entity, score, match, explanations }) => ({
      id: entity.id,
      schema: entity.schema,
      caption: entity.caption,
      datasets: entity.datasets,
      score,
      match,
      explanations,
    }))
    return { hits, total, warnings }
  } catch (err) {
    if (!(err instanceof AppError)) throw err
    return { hits: [], total: 0, error: err.message, warnings }
  }
}
