/**
 * Screening many rows on every core: worker threads each build an index, then take chunks of rows
 * as they free up, so a slow chunk does not hold the others. Results keep the order of the rows.
 * Used by `vigil screen` and by the speed benchmark (runs on the built dist/: the worker is a .js file).
 */
import { Worker } from 'node:worker_threads'
import { AppError, type ErrorCode } from '../errors.js'
import type { Entity } from '../model/entity.js'
import { getAlgorithm } from '../scoring/algorithms.js'
import type { Store } from '../store/store.js'
import type { FromWorker, IndexSource, WorkerSetup } from './batch-protocol.js'
import type { RowOutcome, RowTask } from './screen-row.js'

export type { IndexSource } from './batch-protocol.js'

export interface ScreenBatchOptions {
  rows: RowTask[]
  source: IndexSource
  workers: number
  limit: number
  threshold?: number
  algorithm?: string
  /** Called once every worker has its index. */
  onIndexed?: (version: string, seconds: number) => void
  onProgress?: (done: number, total: number) => void
}

export interface BatchStats {
  rows: number
  /** Rows with at least one result at or above the threshold. */
  matches: number
  errors: number
  workers: number
  /** Until every worker had built its index. */
  indexSeconds: number
  screenSeconds: number
  /** Rows per second while screening, index building left out. */
  rate: number
}

export interface BatchResult {
  outcomes: RowOutcome[]
  version: string
  algorithm: string
  threshold: number
  stats: BatchStats
}

// Small enough to spread a few thousand rows evenly, large enough that messages cost little.
const CHUNK_ROWS = 50
// Two chunks queued per worker, so a worker never waits for the main thread between chunks.
const CHUNKS_IN_FLIGHT = 2
const WORKER_URL = new URL('./batch-worker.js', import.meta.url)

export async function screenBatch(options: ScreenBatchOptions): Promise<BatchResult> {
  const algorithm = getAlgorithm(options.algorithm)
  const count = Math.max(1, Math.floor(options.workers))
  const setup: WorkerSetup = { source: options.source, algorithm: algorithm.name, threshold: options.threshold, limit: options.limit }
  const started = performance.now()
  const workers = await startWorkers(setup, count)
  const indexed = performance.now()
  options.onIndexed?.(workers[0]!.version, (indexed - started) / 1000)
  try {
    const outcomes = await screenRows(workers.map((w) => w.worker), options.rows, options.onProgress)
    const screenSeconds = (performance.now() - indexed) / 1000
    return {
      outcomes,
      version: workers[0]!.version,
      algorithm: algorithm.name,
      threshold: options.threshold ?? algorithm.threshold,
      stats: statsOf(outcomes, count, (indexed - started) / 1000, screenSeconds),
    }
  } finally {
    await Promise.all(workers.map((w) => w.worker.terminate()))
  }
}

/** Read every live dataset's entities once, for the workers; an empty store is an error that says what to do. */
export async function readIndexSource(store: Store): Promise<IndexSource> {
  const datasets = await store.listDatasets()
  if (datasets.length === 0) {
    throw new AppError('not_found', 'No datasets to screen against. Import some first, e.g. `vigil up` or `vigil import yaml datasets/cers`.')
  }
  const entities: Entity[] = []
  for (const d of datasets) for await (const { entity } of store.iterateEntities(d.dataset)) entities.push(entity)
  return { entities, datasets }
}

interface ReadyWorker {
  worker: Worker
  version: string
}

/** Start the workers and wait for every index; if one fails, stop them all and report why. */
async function startWorkers(setup: WorkerSetup, count: number): Promise<ReadyWorker[]> {
  const started = Array.from({ length: count }, () => startWorker(setup))
  const settled = await Promise.allSettled(started)
  const failed = settled.find((s) => s.status === 'rejected')
  if (!failed) return settled.map((s) => (s as PromiseFulfilledResult<ReadyWorker>).value)
  await Promise.all(settled.map((s) => (s.status === 'fulfilled' ? s.value.worker.terminate() : undefined)))
  throw failed.reason
}

function startWorker(setup: WorkerSetup): Promise<ReadyWorker> {
  const worker = new Worker(WORKER_URL, { workerData: setup })
  return new Promise((resolve, reject) => {
    const onExit = (code: number) => reject(new Error(`A batch worker stopped (exit code ${code}) before its index was ready.`))
    const onMessage = (message: FromWorker) => {
      if (message.type === 'done') return
      worker.off('message', onMessage).off('error', reject).off('exit', onExit)
      if (message.type === 'ready') return resolve({ worker, version: message.version })
      void worker.terminate()
      reject(new AppError(message.code as ErrorCode, message.message))
    }
    worker.on('message', onMessage).once('error', reject).once('exit', onExit)
  })
}

/** Rows without a query are answered here; the rest go to the workers in chunks. */
async function screenRows(workers: Worker[], rows: RowTask[], onProgress?: (done: number, total: number) => void): Promise<RowOutcome[]> {
  const outcomes: RowOutcome[] = new Array(rows.length)
  const queued: number[] = []
  rows.forEach((row, i) => {
    if (row.query) queued.push(i)
    else outcomes[i] = { hits: [], total: 0, error: row.error ?? 'No query.', warnings: [] }
  })
  const chunks: number[][] = []
  for (let i = 0; i < queued.length; i += CHUNK_ROWS) chunks.push(queued.slice(i, i + CHUNK_ROWS))
  let done = rows.length - queued.length
  onProgress?.(done, rows.length)
  await runChunks(workers, chunks.map((chunk) => chunk.map((i) => rows[i]!)), (id, results) => {
    chunks[id]!.forEach((row, k) => (outcomes[row] = results[k]!))
    done += results.length
    onProgress?.(done, rows.length)
  })
  return outcomes
}

function runChunks(workers: Worker[], chunks: RowTask[][], onDone: (id: number, outcomes: RowOutcome[]) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    if (chunks.length === 0) return resolve()
    let next = 0
    let finished = 0
    const send = (worker: Worker) => {
      if (next < chunks.length) worker.postMessage({ type: 'chunk', id: next, tasks: chunks[next++] })
    }
    for (const worker of workers) {
      worker.on('message', (message: FromWorker) => {
        if (message.type !== 'done') return
        onDone(message.id, message.outcomes)
        if (++finished === chunks.length) resolve()
        else send(worker)
      })
      worker.once('error', reject)
      worker.once('exit', (code) => reject(new Error(`A batch worker stopped (exit code ${code}) while screening.`)))
      for (let i = 0; i < CHUNKS_IN_FLIGHT; i++) send(worker)
    }
  })
}

function statsOf(outcomes: RowOutcome[], workers: number, indexSeconds: number, screenSeconds: number): BatchStats {
  const matches = outcomes.filter((o) => o.hits.some((h) => h.match)).length
  const errors = outcomes.filter((o) => o.error !== undefined).length
  const rate = screenSeconds > 0 ? outcomes.length / screenSeconds : 0
  return { rows: outcomes.length, matches, errors, workers, indexSeconds, screenSeconds, rate }
}
