/** One data-version worker thread: started, waited for until its index is built, then sent one task at a time. */
import { Worker } from 'node:worker_threads'
import { receiveError, type FromWorker, type Task, type TaskResult, type VersionSummary, type WorkerSetup } from './protocol.js'
import { versionWorkerUrl } from './worker-url.js'

interface Running {
  resolve: (result: TaskResult) => void
  reject: (err: Error) => void
}

export class WorkerSlot {
  private running: Running | undefined
  private nextId = 0
  private exited = false

  private constructor(
    private readonly worker: Worker,
    readonly summary: VersionSummary,
    private readonly onExit: (slot: WorkerSlot) => void,
  ) {
    worker.on('message', (message: FromWorker) => this.receive(message))
    worker.on('error', (err) => this.fail(err))
    worker.on('exit', (code) => this.fail(new Error(`The data-version worker stopped (exit code ${code}).`)))
  }

  /** Start a worker and resolve once its index is built; reject if it fails first. */
  static start(setup: WorkerSetup, onExit: (slot: WorkerSlot) => void): Promise<WorkerSlot> {
    const worker = new Worker(versionWorkerUrl(), { workerData: setup })
    return new Promise((resolve, reject) => {
      const failed = (err: Error) => {
        void worker.terminate()
        reject(err)
      }
      worker.once('message', (message: FromWorker) => {
        worker.off('error', failed)
        worker.off('exit', exitedEarly)
        if (message.type === 'ready') resolve(new WorkerSlot(worker, message.summary, onExit))
        else
          failed(message.type === 'failed' ? receiveError(message.error) : new Error(`Unexpected first message '${message.type}' from a data-version worker.`))
      })
      const exitedEarly = (code: number) => reject(new Error(`The data-version worker stopped before its index was built (exit code ${code}).`))
      worker.once('error', failed)
      worker.once('exit', exitedEarly)
    })
  }

  get idle(): boolean {
    return !this.running && !this.exited
  }

  run(task: Task): Promise<TaskResult> {
    if (!this.idle) return Promise.reject(new Error('A data-version worker was sent a task while busy.'))
    return new Promise((resolve, reject) => {
      this.running = { resolve, reject }
      this.worker.postMessage({ type: 'task', id: ++this.nextId, task })
    })
  }

  async stop(): Promise<void> {
    this.exited = true
    await this.worker.terminate()
  }

  private receive(message: FromWorker): void {
    const running = this.running
    if (!running || (message.type !== 'result' && message.type !== 'error')) return
    this.running = undefined
    if (message.type === 'result') running.resolve(message.result)
    else running.reject(receiveError(message.error))
  }

  private fail(err: Error): void {
    if (this.exited) return
    this.exited = true
    this.running?.reject(err)
    this.running = undefined
    this.onExit(this)
  }
}
