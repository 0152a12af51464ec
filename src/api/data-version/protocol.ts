/**
 * The messages between the API's request thread and its data-version workers. A task carries input
 * already checked on the request thread; a worker answers with the response body as JSON text, so
 * the request thread never walks or serializes a large result.
 */
import { AppError, type ErrorCode, type ErrorLocation } from '../../errors.js'
import type { DatasetVersion } from '../../screening/affected-subjects.js'
import type { QueryInput } from '../../screening/query.js'
import type { Shipment } from '../../screening/shipment/shipment.js'
import type { StoreOptions } from '../../store/open-store.js'
import type { VersionInfo } from '../../store/store.js'
import type { MatchQuerystring } from '../schemas/match.js'
import type { DiffTask } from './diff-task.js'
import type { SearchQuerystring } from '../schemas/search.js'

export interface MatchTask {
  kind: 'match'
  scope: string
  params: MatchQuerystring
  /** One chunk of the request's examples: [key, query, the client's id to echo]. */
  examples: Array<[key: string, query: QueryInput, id: string | null]>
  weights?: Record<string, number>
}

/** Which of these monitored subjects the worker's data version can affect since `previous`. */
export interface AffectedTask {
  kind: 'affected'
  previous: DatasetVersion[]
  subjects: Array<{ key: string; query: QueryInput }>
}

export type Task =
  | MatchTask
  | { kind: 'search'; scope: string; params: SearchQuerystring }
  | { kind: 'entity'; id: string; nested: boolean }
  | { kind: 'screen'; shipment: Shipment; algorithm?: string }
  | AffectedTask
  | DiffTask

/** What a task answers: JSON text (for match, the `"key": {…}` members of `responses`), or a redirect. */
export type TaskResult = { json: string; version: string } | { redirect: string; version: string }

/** What the request thread knows of a data version: enough for /readyz and /catalog. */
export interface VersionSummary {
  version: string
  datasets: VersionInfo[]
  builtAt: string
  entities: number
  /** Seconds the worker took to read the store and build its index. */
  seconds: number
}

export interface WorkerSetup {
  /** Where the worker opens the store itself (an object graph cannot cross threads; options can). */
  store: StoreOptions
}

export type ToWorker = { type: 'task'; id: number; task: Task }

export type FromWorker =
  | { type: 'ready'; summary: VersionSummary }
  | { type: 'result'; id: number; result: TaskResult }
  | { type: 'error'; id: number; error: SentError }
  | { type: 'failed'; error: SentError }

/** An error as it crosses threads: AppErrors keep their code, anything else its stack for the log. */
export interface SentError {
  code?: ErrorCode
  message: string
  location?: ErrorLocation
  stack?: string
}

export function sendError(err: unknown): SentError {
  if (err instanceof AppError) return { code: err.code, message: err.message, location: err.location }
  const error = err instanceof Error ? err : new Error(String(err))
  return { message: error.message, stack: error.stack }
}

/** The error back on the request thread: an AppError as it was thrown, anything else an Error with the worker's stack. */
export function receiveError(sent: SentError): Error {
  if (sent.code) return Object.assign(new AppError(sent.code, sent.message), { location: sent.location ?? {} })
  return Object.assign(new Error(sent.message), { stack: sent.stack })
}
