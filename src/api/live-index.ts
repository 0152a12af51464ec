/**
 * The data version the API serves, held in worker threads: the request thread only checks input,
 * queues tasks and sends back the JSON the workers wrote. When the store's versions change, one
 * new worker builds the new index beside the serving ones; once it is ready it takes every new
 * request, the old generation finishes what it took and stops, and more workers join the new one.
 */
import { AppError } from '../errors.js'
import type { Logger } from '../log.js'
import { dataVersionName } from '../screening/data-version/data-version.js'
import type { StoreOptions } from '../store/open-store.js'
import type { Store } from '../store/store.js'
import { Generation } from './data-version/generation.js'
import type { Task, TaskResult, VersionSummary } from './data-version/protocol.js'
import { WorkerSlot } from './data-version/worker-slot.js'

export interface LiveIndexOptions {
  /** The request thread's store: only its live versions are read here, a small query. */
  store: Store
  logger: Logger
  /** Where the workers open the store. */
  storeOptions: StoreOptions
  /** Worker threads once the generation has grown (the first serves alone while the rest start). */
  workers: number
  /** Requests queued or running at once; one more is a 503 with Retry-After. */
  maxQueue: number
  /** A request not answered by then is a 503 with Retry-After; its waiting tasks are dropped. */
  requestTimeoutMs: number
}

export class LiveIndex {
  private current: Generation | undefined
  private building: Promise<VersionSummary | undefined> | undefined
  private recheck = false
  private buildError: string | undefined
  private active = 0
  private nextRequest = 0
  private closed = false
  private unwatch: (() => Promise<void>) | undefined
  private readonly swapListeners: Array<(summary: VersionSummary) => void> = []
  // One growth at a time per generation: a worker lost while the generation still grows must not
  // start a second loop that adds a worker too many.
  private readonly growing = new WeakSet<Generation>()

  constructor(private readonly options: LiveIndexOptions) {}

  /** What the serving workers hold, once the first index is built (readiness, catalog). */
  get built(): VersionSummary | undefined {
    return this.current?.summary
  }

  /** Worker threads serving the current version. */
  get workers(): number {
    return this.current?.workers ?? 0
  }

  /** Requests queued or running now. */
  get inProgress(): number {
    return this.active
  }

  /** Why the last build failed, while no index serves or a rebuild keeps failing. */
  get error(): string | undefined {
    return this.buildError
  }

  /** The served version, or a 503 saying the first index is still being built. */
  serving(): VersionSummary {
    const summary = this.built
    if (!summary) throw this.notReady()
    return summary
  }

  /** Start building without waiting (at start-up). */
  warm(): void {
    void this.refresh()
  }

  /**
   * Build now, then rebuild whenever the store says a live version changed: on PostgreSQL at once
   * (every node hears each committed import), on SQLite within `pollMs`.
   */
  async watch(pollMs: number): Promise<void> {
    this.warm()
    await this.unwatch?.()
    this.unwatch = await this.options.store.watchVersions(() => void this.refresh(), pollMs)
  }

  /** Called with the new version each time a generation is swapped in (monitoring re-screens on it). */
  onSwap(listener: (summary: VersionSummary) => void): void {
    this.swapListeners.push(listener)
  }

  /** The served version, waiting for the first build (tests, scripts). */
  async get(): Promise<VersionSummary> {
    const summary = this.built ?? (await this.refresh())
    if (!summary) throw new AppError('not_ready', `The screening index could not be built: ${this.buildError ?? 'unknown reason'}.`)
    return summary
  }

  /** Build a new generation if the store's live versions changed; resolves once it serves. */
  async refresh(): Promise<VersionSummary | undefined> {
    if (this.closed) return this.built
    if (this.building) {
      // A version may have gone live after the running check read the store: look again after it.
      this.recheck = true
      return this.building
    }
    // Set before the first await, so that two calls in one tick share one check and one build.
    this.building = this.buildIfChanged().finally(() => {
      this.building = undefined
      if (this.recheck) {
        this.recheck = false
        void this.refresh()
      }
    })
    return this.building
  }

  private async buildIfChanged(): Promise<VersionSummary | undefined> {
    const version = await this.storeVersion()
    if (version === undefined || this.current?.summary.version === version) return this.built
    return this.build()
  }

  /**
   * Run one request's tasks (chunks of one batch) on the serving generation, in turn with other
   * requests' tasks, so a large request cannot starve small ones.
   */
  async run(tasks: Task[]): Promise<TaskResult[]> {
    const generation = this.current
    if (!generation) throw this.notReady()
    if (this.active >= this.options.maxQueue) {
      throw new AppError('overloaded', `The server has ${this.active} requests in progress (limit: ${this.options.maxQueue}, VIGIL_MAX_QUEUE); retry shortly.`)
    }
    const request = ++this.nextRequest
    this.active++
    let timer: NodeJS.Timeout | undefined
    try {
      const answers = tasks.map((task) => new Promise<TaskResult>((resolve, reject) => generation.submit(request, { task, resolve, reject })))
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(this.timedOut()), this.options.requestTimeoutMs)
      })
      return await Promise.race([Promise.all(answers), timeout])
    } finally {
      clearTimeout(timer)
      // A failed or timed-out request leaves nothing in the queue; its running task finishes unseen.
      for (const dropped of generation.queue.drop(request)) dropped.reject(this.timedOut())
      this.active--
    }
  }

  async close(): Promise<void> {
    this.closed = true
    await this.unwatch?.()
    await this.building?.catch(() => undefined)
    this.current?.retire()
    this.current = undefined
  }

  /** The store's live versions now; a store that cannot be read is logged, and the served version stays. */
  private async storeVersion(): Promise<string | undefined> {
    try {
      return dataVersionName(await this.options.store.listDatasets())
    } catch (err) {
      this.buildError = err instanceof Error ? err.message : String(err)
      this.options.logger.error({ err }, "reading the store's versions failed; serving the current index")
      return undefined
    }
  }

  private notReady(): AppError {
    const why = this.buildError ? `the last build failed: ${this.buildError}` : 'the screening index is still being built'
    return new AppError('not_ready', `Not ready: ${why}; retry shortly (GET /readyz says when it is ready).`)
  }

  private timedOut(): AppError {
    return new AppError(
      'timeout',
      `The request was not answered within ${this.options.requestTimeoutMs} ms (VIGIL_REQUEST_TIMEOUT_MS); retry later or send fewer queries.`,
    )
  }

  private async build(): Promise<VersionSummary | undefined> {
    const started = performance.now()
    try {
      const generation = await this.startGeneration()
      if (this.closed) {
        generation.retire()
        return undefined
      }
      const previous = this.current
      this.current = generation
      this.buildError = undefined
      previous?.retire()
      for (const listener of this.swapListeners) listener(generation.summary)
      const { version, entities } = generation.summary
      this.options.logger.info({ version, entities, seconds: ((performance.now() - started) / 1000).toFixed(1) }, 'screening index swapped in')
      void this.grow(generation)
      return generation.summary
    } catch (err) {
      // Keep serving the previous generation; the next version check tries again.
      this.buildError = err instanceof Error ? err.message : String(err)
      this.options.logger.error(
        { err },
        this.current ? 'rebuilding the screening index failed; serving the previous one' : 'building the screening index failed',
      )
      return this.built
    }
  }

  private async startGeneration(): Promise<Generation> {
    let generation: Generation | undefined
    const slot = await WorkerSlot.start({ store: this.options.storeOptions }, (lost) => this.lose(generation!, lost))
    generation = new Generation(slot.summary)
    generation.add(slot)
    return generation
  }

  /** Add workers one at a time, so a rebuild never takes more than one core from serving. */
  private async grow(generation: Generation): Promise<void> {
    if (this.growing.has(generation)) return
    this.growing.add(generation)
    try {
      await this.addWorkers(generation)
    } finally {
      this.growing.delete(generation)
    }
  }

  private async addWorkers(generation: Generation): Promise<void> {
    while (!this.closed && this.current === generation && generation.workers < this.options.workers) {
      try {
        const slot = await WorkerSlot.start({ store: this.options.storeOptions }, (lost) => this.lose(generation, lost))
        // An import went live while it read the store: it belongs to the next generation, not this one.
        if (slot.summary.version !== generation.summary.version) {
          await slot.stop()
          void this.refresh()
          return
        }
        generation.add(slot)
      } catch (err) {
        this.options.logger.error({ err }, 'starting another screening worker failed')
        return
      }
    }
  }

  private lose(generation: Generation, slot: WorkerSlot): void {
    generation.remove(slot)
    if (this.closed || this.current !== generation) return
    this.options.logger.error({ version: generation.summary.version }, 'a screening worker stopped; starting another')
    void this.grow(generation)
  }
}
