/**
 * `vigil worker`: takes chunks of queued batches and screens them in a pool of worker threads,
 * with the same code as a local batch. The pool holds one data version, the live one at start; a
 * chunk naming another is handed back untouched, and once no chunk of the held version is left the
 * worker loads the one asked for (kept versions too). It does not reload on every import: the API
 * nodes rebuild then, and a cluster of workers rebuilding beside them would slow their swap.
 * Stopping finishes the chunks in hand, or hands them back.
 */
import { AppError } from '../errors.js'
import type { Logger } from '../log.js'
import { BatchPool } from '../screening/batch-pool.js'
import { dataVersionName } from '../screening/data-version/data-version.js'
import { keptVersionsOf, readVersionsSource, type DatasetVersion } from '../screening/screen-batch.js'
import type { TakenChunk } from '../store/job-queue.js'
import type { Store } from '../store/store.js'
import { workerName, type ScreenChunk, type ScreenQueue } from './screen-chunk.js'

export interface ScreenWorkerOptions {
  store: Store
  queue: ScreenQueue
  logger: Logger
  /** Worker threads, each with its own index. */
  concurrency: number
}

// An idle worker asks for chunks this often (pg-boss fetch is one indexed query).
const POLL_MS = 500
// Chunks held per thread: one screening, one waiting, so a thread never waits for the database.
const CHUNKS_PER_THREAD = 2
// On SIGTERM, chunks in hand get this long to finish before they are handed back.
const STOP_GRACE_MS = 10_000
// After a failed load (store unreachable), wait this long before trying again.
const RETRY_LOAD_MS = 5000

/** A data version to load: its string, and the dataset versions to read. */
interface Wanted {
  version: string
  datasets: DatasetVersion[]
}

export class ScreenWorker {
  readonly name = workerName()
  private pool: BatchPool | undefined
  /** What the pool holds, once loaded. */
  private held: Wanted | undefined
  /** What the pool should hold: the held version, or the one chunks asked for. */
  private wanted: Wanted | undefined
  private readonly inHand = new Map<string, Promise<void>>()
  private readonly handedBack = new Set<string>()
  /** Data versions that are no longer kept, with the reason: their chunks fail rather than loop. */
  private readonly unloadable = new Map<string, string>()
  private stopping = false
  private loading = false
  private wake: (() => void) | undefined
  private loop: Promise<void> | undefined

  constructor(private readonly options: ScreenWorkerOptions) {}

  /** Load the live data version, then take chunks until stopped. */
  async run(): Promise<void> {
    const { logger } = this.options
    await this.wantLive()
    logger.info({ worker: this.name, concurrency: this.options.concurrency }, 'worker started; taking chunks of queued batches')
    this.loop = this.takeUntilStopped()
    await this.loop
  }

  /** Stop taking chunks; finish those in hand (or hand them back after a grace period), then stop the threads. */
  async stop(): Promise<void> {
    this.stopping = true
    this.wake?.()
    // A load holds no chunk: nothing to wait for. Otherwise let the current step end, so no chunk is taken unseen.
    if (!this.loading) await this.loop?.catch(() => {})
    await this.finishInHand()
    await this.pool?.close()
    this.options.logger.info({ worker: this.name }, 'worker stopped')
  }

  private async takeUntilStopped(): Promise<void> {
    while (!this.stopping) {
      try {
        await this.step()
      } catch (err) {
        if (this.stopping) return
        this.options.logger.error({ err }, 'worker step failed; trying again')
        await this.sleep(RETRY_LOAD_MS)
      }
    }
  }

  private async step(): Promise<void> {
    if (this.wanted && (this.pool?.broken || this.wanted.version !== this.pool?.version)) return this.load(this.wanted)
    const room = this.capacity() - this.inHand.size
    if (room <= 0) {
      await Promise.race(this.inHand.values())
      return
    }
    const taken = await this.options.queue.take(room)
    if (this.stopping) return this.handBackAll(taken)
    if (taken.length === 0) return this.sleep(POLL_MS)
    const mine = taken.filter((job) => job.task.dataVersion === this.pool?.version)
    for (const job of mine) this.start(job)
    const others = taken.filter((job) => !mine.includes(job))
    for (const job of others) await this.refuse(job)
    // Switch only when nothing of the held version was left, so two batches do not make it thrash.
    const next = others.find((job) => !this.unloadable.has(job.task.dataVersion))
    if (mine.length === 0 && next) this.wanted = { version: next.task.dataVersion, datasets: next.task.versions }
  }

  private capacity(): number {
    return (this.pool?.size ?? this.options.concurrency) * CHUNKS_PER_THREAD
  }

  private async wantLive(): Promise<void> {
    const live = await this.options.store.listDatasets()
    if (live.length > 0) this.wanted = { version: dataVersionName(live), datasets: live }
  }

  /** Swap the pool for one holding `wanted`, once the chunks in hand are done. */
  private async load(wanted: Wanted): Promise<void> {
    const { logger } = this.options
    const { version, datasets } = wanted
    await Promise.allSettled(this.inHand.values())
    if (this.stopping) return
    this.loading = true
    const started = performance.now()
    try {
      logger.info({ version }, 'loading data version')
      const kept = await keptVersionsOf(this.options.store, datasets)
      // One index in memory at a time: at 1M entities each thread's is 2.4 GB.
      await this.pool?.close()
      this.pool = undefined
      const source = await readVersionsSource(this.options.store, kept)
      if (this.stopping) return
      this.pool = await BatchPool.start(source, this.options.concurrency)
      this.held = wanted
      logger.info({ version, threads: this.pool.size, seconds: ((performance.now() - started) / 1000).toFixed(1) }, 'data version loaded')
    } catch (err) {
      if (this.stopping) return
      if (err instanceof AppError && err.code === 'not_found') {
        this.unloadable.set(version, err.message)
        // keptVersionsOf refused before the pool was closed: keep serving what it holds.
        this.wanted = this.held
        logger.error({ version, err: err.message }, 'data version cannot be loaded; its chunks fail')
        return
      }
      logger.error({ err, version }, 'loading the data version failed; trying again')
      await this.sleep(RETRY_LOAD_MS)
    } finally {
      this.loading = false
    }
  }

  private start(job: TakenChunk<ScreenChunk>): void {
    const work = this.screen(job).finally(() => this.inHand.delete(job.id))
    this.inHand.set(job.id, work)
  }

  private async screen(job: TakenChunk<ScreenChunk>): Promise<void> {
    const { queue, logger } = this.options
    const { batch, chunk, tasks, settings } = job.task
    const pool = this.pool!
    try {
      const started = performance.now()
      const outcomes = await pool.screen(tasks, settings)
      const screened = performance.now()
      if (this.handedBack.has(job.id)) return
      await queue.finish(job.id, { outcomes, worker: this.name })
      const ms = { screenMs: Math.round(screened - started), finishMs: Math.round(performance.now() - screened) }
      logger.debug({ batch, chunk, rows: tasks.length, retries: job.retries, ...ms }, 'chunk screened')
    } catch (err) {
      if (this.handedBack.has(job.id) || this.stopping) return
      // A thread that died on this chunk may die on it again: fail it, so its retries run out.
      logger.error({ err, batch, chunk }, 'screening a chunk failed')
      await queue.fail(job.id, err instanceof Error ? err.message : String(err)).catch((e: unknown) => logger.error({ err: e }, 'failing the chunk failed'))
    }
  }

  /** A chunk of another data version: back to the queue for a worker holding it, or failed if nobody can load it. */
  private async refuse(job: TakenChunk<ScreenChunk>): Promise<void> {
    const gone = this.unloadable.get(job.task.dataVersion)
    if (gone) return this.options.queue.fail(job.id, gone)
    this.options.logger.info(
      { batch: job.task.batch, chunk: job.task.chunk, wants: job.task.dataVersion, holds: this.pool?.version },
      'chunk of another data version handed back',
    )
    await this.options.queue.handBack(job.id)
  }

  private async finishInHand(): Promise<void> {
    if (this.inHand.size === 0) return
    let timer: NodeJS.Timeout | undefined
    const grace = new Promise<void>((resolve) => (timer = setTimeout(resolve, STOP_GRACE_MS)))
    await Promise.race([Promise.allSettled(this.inHand.values()), grace])
    clearTimeout(timer)
    await this.handBackAll([...this.inHand.keys()].map((id) => ({ id })))
  }

  private async handBackAll(jobs: Array<{ id: string }>): Promise<void> {
    for (const { id } of jobs) {
      this.handedBack.add(id)
      await this.options.queue
        .handBack(id)
        .catch((err: unknown) => this.options.logger.error({ err, id }, 'handing a chunk back failed; it is retried after its expiry'))
    }
    if (jobs.length > 0) this.options.logger.info({ chunks: jobs.length }, 'chunks handed back on stop')
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms)
      function done() {
        clearTimeout(timer)
        resolve()
      }
      this.wake = done
    })
  }
}
