/**
 * A batch screened by `vigil worker` processes rather than this machine's threads: split as a
 * local batch is (batch-plan.ts), enqueued naming the live data version, and collected chunk by
 * chunk. Each chunk's result is read once, by its job id, and put at its rows' places, so the
 * result is the local run's: every row once, in order, whichever worker screened it and however
 * often it was retried.
 */
import { randomUUID } from 'node:crypto'
import { AppError } from '../errors.js'
import { dataVersionName } from '../screening/data-version/data-version.js'
import { BatchPlan } from '../screening/batch-plan.js'
import { chunkSettingsOf, liveDatasetsOf, statsOf, type BatchResult } from '../screening/screen-batch.js'
import type { RowTask } from '../screening/screen-row.js'
import type { ChunkState } from '../store/job-queue.js'
import type { Store } from '../store/store.js'
import { expirySecondsOf, type ChunkDone, type ScreenChunk, type ScreenQueue } from './screen-chunk.js'

export interface QueuedBatchOptions {
  store: Store
  queue: ScreenQueue
  rows: RowTask[]
  chunkRows: number
  limit: number
  threshold?: number
  algorithm?: string
  onProgress?: (done: number, total: number) => void
  /** Called once when no worker has taken a chunk `seconds` after the batch was queued. */
  onNoWorker?: (seconds: number) => void
  /** Aborting takes the batch's chunks off the queue and rejects with the signal's reason. */
  signal?: AbortSignal
}

// How often the chunks' states are read: one indexed query for all chunks still out.
const POLL_MS = 250
// A worker that is running takes a chunk within its poll (0.5 s), or once its index is built.
export const NO_WORKER_SECONDS = 10

export async function screenQueued(options: QueuedBatchOptions): Promise<BatchResult> {
  const { queue, signal } = options
  const datasets = await liveDatasetsOf(options.store)
  const settings = chunkSettingsOf(options)
  const plan = new BatchPlan(options.rows, options.chunkRows)
  const base = {
    batch: randomUUID(),
    dataVersion: dataVersionName(datasets),
    versions: datasets.map(({ dataset, version }) => ({ dataset, version })),
    settings,
  }
  const chunks: ScreenChunk[] = plan.chunks.map((_, chunk) => ({ ...base, chunk, tasks: plan.tasksOf(chunk) }))
  const started = performance.now()
  const ids = await queue.enqueue(chunks, { expireInSeconds: expirySecondsOf(options.chunkRows) })
  const collector = new Collector(plan, ids)
  try {
    options.onProgress?.(plan.done, plan.total)
    let warned = false
    while (!plan.complete) {
      signal?.throwIfAborted()
      await collector.read(await queue.states(collector.pending), queue)
      options.onProgress?.(plan.done, plan.total)
      const waited = (performance.now() - started) / 1000
      if (!warned && !collector.taken && waited >= NO_WORKER_SECONDS) {
        warned = true
        options.onNoWorker?.(waited)
      }
      if (!plan.complete) await sleep(POLL_MS, signal)
    }
  } finally {
    // Given up (an error, an interrupt): what is still queued would only keep workers busy.
    await queue.remove(collector.pending).catch(() => {})
  }
  const screenSeconds = (performance.now() - started) / 1000
  return {
    outcomes: plan.outcomes,
    version: base.dataVersion,
    algorithm: settings.algorithm,
    threshold: settings.threshold,
    stats: statsOf(plan.outcomes, { workers: collector.workers.size, indexSeconds: 0, screenSeconds }),
  }
}

/** The chunks still out, by job id; each result is put in place once, then deleted from the queue. */
class Collector {
  readonly workers = new Set<string>()
  private readonly chunkOf: Map<string, number>
  private out: Set<string>
  private seenTaken = false

  constructor(
    private readonly plan: BatchPlan,
    ids: string[],
  ) {
    this.chunkOf = new Map(ids.map((id, chunk) => [id, chunk]))
    this.out = new Set(ids)
  }

  get pending(): string[] {
    return [...this.out]
  }

  /** Whether any worker has taken a chunk of this batch. */
  get taken(): boolean {
    return this.seenTaken
  }

  async read(states: Array<ChunkState<ChunkDone>>, queue: ScreenQueue): Promise<void> {
    const collected: string[] = []
    for (const s of states) {
      const chunk = this.chunkOf.get(s.id)!
      if (s.state === 'taken' || (s.state === 'queued' && s.taken)) this.seenTaken = true
      if (s.state === 'failed') throw new AppError('store_error', `Chunk ${chunk} of the batch (${this.rowsOf(chunk)}) failed: ${s.error}.`)
      if (s.state === 'missing')
        throw new AppError('store_error', `Chunk ${chunk} of the batch (${this.rowsOf(chunk)}) is no longer in the queue: another process deleted it.`)
      if (s.state !== 'done') continue
      this.plan.fill(chunk, s.result.outcomes)
      this.workers.add(s.result.worker)
      this.seenTaken = true
      collected.push(s.id)
    }
    for (const id of collected) this.out.delete(id)
    await queue.remove(collected)
  }

  private rowsOf(chunk: number): string {
    const rows = this.plan.chunks[chunk]!
    return `rows ${rows[0]! + 1} to ${rows.at(-1)! + 1}`
  }
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms)
    signal?.addEventListener('abort', done, { once: true })
    function done() {
      clearTimeout(timer)
      signal?.removeEventListener('abort', done)
      resolve()
    }
  })
}
