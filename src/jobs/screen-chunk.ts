/**
 * What a queued chunk of a batch carries between `vigil screen --queue` and `vigil worker`: its
 * rows, how to score them, and the data version they must be screened against.
 */
import { hostname } from 'node:os'
import { AppError } from '../errors.js'
import type { Logger } from '../log.js'
import type { ChunkSettings } from '../screening/batch-protocol.js'
import type { DatasetVersion } from '../screening/screen-batch.js'
import type { RowOutcome, RowTask } from '../screening/screen-row.js'
import { openChunkQueue, type ChunkQueue } from '../store/job-queue.js'

export interface ScreenChunk {
  /** The batch (one `vigil screen --queue` run) and the chunk's number in it, for logs. */
  batch: string
  chunk: number
  /** The data version string (see dataVersionName); a worker holding another one loads this one. */
  dataVersion: string
  /** The dataset versions it is made of, to read them from the store (kept versions too). */
  versions: DatasetVersion[]
  settings: ChunkSettings
  tasks: RowTask[]
}

export interface ChunkDone {
  outcomes: RowOutcome[]
  /** The worker process that screened it. */
  worker: string
}

export type ScreenQueue = ChunkQueue<ScreenChunk, ChunkDone>

const SCREEN_QUEUE = 'vigil-screen'

// A chunk held longer than this is taken for lost and retried elsewhere: 0.2 s a row is 50 times
// the slowest rate measured (267 rows/s at 1M entities), and a worker holds two chunks a thread.
const SECONDS_PER_ROW = 0.2
const MIN_EXPIRY_SECONDS = 15

export function expirySecondsOf(chunkRows: number): number {
  return Math.max(MIN_EXPIRY_SECONDS, Math.ceil(chunkRows * SECONDS_PER_ROW))
}

/** The name a worker process goes by in results and logs. */
export function workerName(): string {
  return `${hostname()}:${process.pid}`
}

/** The store's PostgreSQL URL; queues live in PostgreSQL, so on SQLite `what` cannot run. */
export function requirePostgres(config: { databaseUrl?: string }, what: string): string {
  if (config.databaseUrl) return config.databaseUrl
  throw new AppError(
    'bad_input',
    `${what} needs the PostgreSQL store: set VIGIL_DATABASE_URL (or --database-url) to postgres://user:password@host:port/db, the same for every process. On SQLite, \`vigil screen FILE --out RESULTS\` screens on this machine's cores.`,
  )
}

export function openScreenQueue(url: string, logger: Logger): Promise<ScreenQueue> {
  return openChunkQueue<ScreenChunk, ChunkDone>({ url, queue: SCREEN_QUEUE, logger })
}
