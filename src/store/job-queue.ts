/**
 * Chunks of batch work shared between processes on the PostgreSQL store, through pg-boss (its own
 * `pgboss` schema beside the store's tables): `vigil screen --queue` enqueues a batch's chunks and
 * reads what comes back; `vigil worker` processes take them. A chunk whose taker dies is failed by
 * expiry and retried under the same job id; a chunk's result is read once by that id and then
 * deleted, so a chunk screened twice (a slow taker and its retry) still counts once.
 */
import { randomUUID } from 'node:crypto'
import PgBoss from 'pg-boss'
import { AppError } from '../errors.js'
import type { Logger } from '../log.js'

export interface ChunkQueueOptions {
  /** The store's postgres:// URL (VIGIL_DATABASE_URL). */
  url: string
  /** The pg-boss queue, one per kind of work. */
  queue: string
  logger: Logger
}

export interface TakenChunk<T> {
  id: string
  task: T
  /** 0 the first time; 1 and up when a taker died or failed before. */
  retries: number
}

export type ChunkState<R> =
  | { id: string; state: 'queued'; taken: boolean }
  | { id: string; state: 'taken' }
  | { id: string; state: 'done'; result: R }
  | { id: string; state: 'failed'; error: string }
  | { id: string; state: 'missing' }

export interface ChunkQueue<T, R> {
  /** Enqueue chunks; returns their job ids in order. A taker that holds one longer than `expireInSeconds` is taken for dead. */
  enqueue(tasks: T[], options: { expireInSeconds: number }): Promise<string[]>
  /** Take up to `max` chunks, oldest batch first (within one, in no set order); none when the queue is empty. */
  take(max: number): Promise<TakenChunk<T>[]>
  /** Store a taken chunk's result for whoever enqueued it. */
  finish(id: string, result: R): Promise<void>
  /** Put a taken chunk back as it was, its retries untouched (wrong data version, shutting down). */
  handBack(id: string): Promise<void>
  /** Fail a taken chunk: it is retried up to the retry limit, then reported failed with `error`. */
  fail(id: string, error: string): Promise<void>
  /** Where each chunk is; results of finished ones. */
  states(ids: string[]): Promise<Array<ChunkState<R>>>
  /** Delete chunks: collected ones, or the rest of a batch given up. A taker's result for one is dropped. */
  remove(ids: string[]): Promise<void>
  close(): Promise<void>
}

// A chunk whose taker died is retried this many times; one that keeps killing workers then fails.
const RETRY_LIMIT = 3
// How often one of the processes (any, pg-boss elects it) fails chunks held past their expiry.
const MAINTENANCE_SECONDS = 5
// Connections per process: taking and finishing chunks are short queries.
const POOL_SIZE = 2
// Rows of one insert: a batch of 100,000 rows is 2,000 chunks, a few MB of JSON each 200.
const INSERT_CHUNKS = 200
// pg-boss's schema; states() and handBack() read and write its job table, as getJobById and fetch do.
const SCHEMA = 'pgboss'

export async function openChunkQueue<T extends object, R>(options: ChunkQueueOptions): Promise<ChunkQueue<T, R>> {
  const boss = new PgBoss({
    connectionString: options.url,
    schema: SCHEMA,
    max: POOL_SIZE,
    application_name: `vigil ${options.queue}`,
    maintenanceIntervalSeconds: MAINTENANCE_SECONDS,
    schedule: false,
  })
  boss.on('error', (err) => options.logger.error({ err }, 'job queue error'))
  try {
    await boss.start()
    await boss.createQueue(options.queue, { name: options.queue, retryLimit: RETRY_LIMIT, retryDelay: 0 })
  } catch (err) {
    await boss.stop({ graceful: false }).catch(() => {})
    throw new AppError(
      'store_error',
      `Cannot open the job queue '${options.queue}' on ${options.url.replace(/:[^:@/]*@/, ':***@')}: ${err instanceof Error ? err.message : String(err)}`,
    )
  }
  return new PgBossChunkQueue<T, R>(boss, options.queue)
}

class PgBossChunkQueue<T extends object, R> implements ChunkQueue<T, R> {
  constructor(
    private readonly boss: PgBoss,
    private readonly name: string,
  ) {}

  async enqueue(tasks: T[], { expireInSeconds }: { expireInSeconds: number }): Promise<string[]> {
    const ids = tasks.map(() => randomUUID())
    for (let i = 0; i < tasks.length; i += INSERT_CHUNKS) {
      const jobs = tasks.slice(i, i + INSERT_CHUNKS).map((data, k) => ({
        id: ids[i + k]!,
        name: this.name,
        data,
        expireInSeconds,
        retryLimit: RETRY_LIMIT,
        retryDelay: 0,
      }))
      await this.boss.insert(jobs)
    }
    return ids
  }

  async take(max: number): Promise<TakenChunk<T>[]> {
    const jobs = await this.boss.fetch<T>(this.name, { batchSize: max, includeMetadata: true })
    return jobs.map((job) => ({ id: job.id, task: job.data, retries: job.retryCount }))
  }

  async finish(id: string, result: R): Promise<void> {
    await this.boss.complete(this.name, id, { result })
  }

  async handBack(id: string): Promise<void> {
    // As if never fetched: fetch counts a retry only for a job that has started_on.
    await this.sql(`UPDATE ${SCHEMA}.job SET state = 'created', started_on = NULL WHERE name = $1 AND id = $2 AND state = 'active'`, [this.name, id])
  }

  async fail(id: string, error: string): Promise<void> {
    await this.boss.fail(this.name, id, { message: error })
  }

  async states(ids: string[]): Promise<Array<ChunkState<R>>> {
    if (ids.length === 0) return []
    const { rows } = await this.sql(
      `SELECT id::text, state::text, started_on IS NOT NULL AS taken,
         CASE WHEN state IN ('completed', 'failed', 'cancelled') THEN output END AS output
       FROM ${SCHEMA}.job WHERE name = $1 AND id = ANY($2::uuid[])`,
      [this.name, ids],
    )
    const found = new Map(rows.map((row: JobRow) => [row.id, row]))
    return ids.map((id) => stateOf<R>(id, found.get(id)))
  }

  async remove(ids: string[]): Promise<void> {
    if (ids.length > 0) await this.boss.deleteJob(this.name, ids)
  }

  async close(): Promise<void> {
    await this.boss.stop({ graceful: false, timeout: 1000 })
  }

  private sql(text: string, values: unknown[]): Promise<{ rows: JobRow[] }> {
    return this.boss.getDb().executeSql(text, values)
  }
}

interface JobRow {
  id: string
  state: string
  taken: boolean
  output: { result?: unknown; message?: string; value?: { message?: string } } | null
}

function stateOf<R>(id: string, row: JobRow | undefined): ChunkState<R> {
  if (!row) return { id, state: 'missing' }
  if (row.state === 'completed') return { id, state: 'done', result: row.output?.result as R }
  if (row.state === 'active') return { id, state: 'taken' }
  if (row.state === 'created' || row.state === 'retry') return { id, state: 'queued', taken: row.taken }
  // pg-boss writes an expiry as { value: { message } }; our own fail() as { message }.
  const error = row.output?.message ?? row.output?.value?.message ?? row.state
  return { id, state: 'failed', error }
}
