/**
 * Batch worker threads over one data version, each with its own index, taking chunks of rows as
 * they free up so a slow chunk does not hold the others. `screenBatch` uses one for a single
 * batch; `vigil worker` keeps one for as long as its data version is asked for.
 * Runs on the built dist/: the worker is a .js file.
 */
import { Worker } from 'node:worker_threads'
import { AppError, type ErrorCode } from '../errors.js'
import type { ChunkSettings, FromWorker, IndexSource, WorkerSetup } from './batch-protocol.js'
import type { RowOutcome, RowTask } from './screen-row.js'

// Two chunks queued per thread, so a thread never waits for the main thread between chunks.
const CHUNKS_IN_FLIGHT = 2
const WORKER_URL = new URL('./batch-worker.js', import.meta.url)

interface Pending {
  id: number
  tasks: RowTask[]
  settings: ChunkSettings
  resolve(outcomes: RowOutcome[]): void
  reject(err: Error): void
}

interface Thread {
  worker: Worker
  running: Map<number, Pending>
}

export class BatchPool {
  private readonly queue: Pending[] = []
  private nextId = 0
  private failure: Error | undefined
  private closing = false

  private constructor(
    private readonly threads: Thread[],
    /** The data version every thread's index holds. */
    readonly version: string,
    /** Seconds until every thread had its index. */
    readonly indexSeconds: number,
  ) {
    for (const thread of threads) this.listen(thread)
  }

  /** Start `count` threads and wait for every index; if one fails, stop them all and report why. */
  static async start(source: IndexSource, count: number): Promise<BatchPool> {
    const started = performance.now()
    const setup: WorkerSetup = { source }
    const settled = await Promise.allSettled(Array.from({ length: Math.max(1, Math.floor(count)) }, () => startWorker(setup)))
    const failed = settled.find((s) => s.status === 'rejected')
    const ready = settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []))
    if (failed) {
      await Promise.all(ready.map((r) => r.worker.terminate()))
      throw failed.reason
    }
    const threads = ready.map(({ worker }) => ({ worker, running: new Map<number, Pending>() }))
    return new BatchPool(threads, ready[0]!.version, (performance.now() - started) / 1000)
  }

  get size(): number {
    return this.threads.length
  }

  /** A thread stopped: every chunk now fails; start another pool. */
  get broken(): boolean {
    return this.failure !== undefined
  }

  /** Screen one chunk of rows; rejects if a thread stops (the pool is then broken: start another). */
  screen(tasks: RowTask[], settings: ChunkSettings): Promise<RowOutcome[]> {
    if (this.failure) return Promise.reject(this.failure)
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, tasks, settings, resolve, reject })
      this.dispatch()
    })
  }

  async close(): Promise<void> {
    this.closing = true
    this.fail(new Error('The batch pool was closed.'))
    await Promise.all(this.threads.map((t) => t.worker.terminate()))
  }

  private dispatch(): void {
    for (const thread of this.threads) {
      while (thread.running.size < CHUNKS_IN_FLIGHT && this.queue.length > 0) {
        const next = this.queue.shift()!
        thread.running.set(next.id, next)
        thread.worker.postMessage({ type: 'chunk', id: next.id, tasks: next.tasks, settings: next.settings })
      }
    }
  }

  private listen(thread: Thread): void {
    thread.worker.on('message', (message: FromWorker) => {
      if (message.type !== 'done') return
      const pending = thread.running.get(message.id)
      thread.running.delete(message.id)
      pending?.resolve(message.outcomes)
      this.dispatch()
    })
    thread.worker.once('error', (err) => this.fail(err))
    thread.worker.once('exit', (code) => {
      if (!this.closing) this.fail(new Error(`A batch worker stopped (exit code ${code}) while screening.`))
    })
  }

  /** Every chunk waiting or running fails with `err`, and so does every later one. */
  private fail(err: Error): void {
    this.failure ??= err
    const waiting = [...this.queue.splice(0), ...this.threads.flatMap((t) => [...t.running.values()])]
    for (const t of this.threads) t.running.clear()
    for (const pending of waiting) pending.reject(this.failure)
  }
}

interface ReadyWorker {
  worker: Worker
  version: string
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
