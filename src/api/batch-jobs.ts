/**
 * Batches screened in the background (POST /v1/batches): their state in memory, their result files
 * under VIGIL_HOME/batches/<id>/. The state is per node, a known limit: behind a load balancer a
 * batch is seen only on the node that took it, and a restart forgets every batch (its files stay
 * until the folder is cleared). Only the newest KEPT_BATCHES are kept; older ones and their files go.
 */
import { randomUUID } from 'node:crypto'
import { mkdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { AppError } from '../errors.js'
import type { Logger } from '../log.js'
import type { Principal } from '../review/principal.js'
import { can } from '../review/roles.js'
import type { BodyFormat } from '../screening/batch-input/read-batch-text.js'

export const KEPT_BATCHES = 50

export interface BatchView {
  id: string
  name: string
  format: BodyFormat
  status: 'running' | 'done' | 'failed'
  rows: number
  screened: number
  /** Rows with at least one result at or over the threshold. */
  matched: number
  alerts: number
  recorded: number
  created_by: string
  created_at: string
  finished_at: string | null
  error: string | null
  warnings: string[]
}

/** What a batch's work sees: its folder, a signal that the server stops, and its counts to update. */
export interface BatchRun {
  dir: string
  signal: AbortSignal
  view: BatchView
}

interface Job {
  view: BatchView
  dir: string
  done: Promise<void>
}

export class BatchJobs {
  private readonly jobs = new Map<string, Job>()
  private readonly stopping = new AbortController()

  constructor(
    private readonly root: string,
    private readonly logger: Logger,
  ) {}

  /** Start `work` on a new batch in the background; resolves to the batch as it starts. */
  async start(batch: Pick<BatchView, 'name' | 'format' | 'rows' | 'warnings'>, by: Principal, work: (run: BatchRun) => Promise<void>): Promise<BatchView> {
    if (this.stopping.signal.aborted) throw new AppError('not_ready', 'The server is shutting down; send the batch again shortly.')
    const id = randomUUID()
    const dir = join(this.root, id)
    await mkdir(dir, { recursive: true, mode: 0o700 })
    const view: BatchView = {
      id,
      ...batch,
      status: 'running',
      screened: 0,
      matched: 0,
      alerts: 0,
      recorded: 0,
      created_by: by.name,
      created_at: new Date().toISOString(),
      finished_at: null,
      error: null,
    }
    const done = work({ dir, signal: this.stopping.signal, view }).then(
      () => this.finish(view, 'done', null),
      (err: unknown) => {
        this.logger.error({ err, batch: id }, 'batch screening failed')
        this.finish(view, 'failed', err instanceof AppError ? err.message : 'Internal error; it has been logged.')
      },
    )
    this.jobs.set(id, { view, dir, done })
    await this.prune()
    return { ...view }
  }

  /** The batches `by` may see, newest first: their own, or every one with `read_records`. */
  list(by: Principal): BatchView[] {
    return [...this.jobs.values()]
      .reverse()
      .filter((job) => visibleTo(job.view, by))
      .map((job) => ({ ...job.view }))
  }

  /** One batch, or a 404 when it is unknown or not `by`'s to see. */
  get(id: string, by: Principal): BatchView {
    return { ...this.find(id, by).view }
  }

  /** The folder of a finished batch's result files; 409 while it runs or when it failed. */
  resultsDir(id: string, by: Principal): { view: BatchView; dir: string } {
    const job = this.find(id, by)
    if (job.view.status === 'running')
      throw new AppError('conflict', `Batch ${id} is still running (${job.view.screened} of ${job.view.rows} rows); poll GET /v1/batches/${id}.`)
    if (job.view.status === 'failed') throw new AppError('conflict', `Batch ${id} failed, so it has no results: ${job.view.error}`)
    return { view: { ...job.view }, dir: job.dir }
  }

  /** Stop taking batches, tell the running ones to stop, and wait until they have (app close). */
  async close(): Promise<void> {
    this.stopping.abort()
    await Promise.all([...this.jobs.values()].map((job) => job.done))
  }

  private find(id: string, by: Principal): Job {
    const job = this.jobs.get(id)
    if (!job || !visibleTo(job.view, by)) throw new AppError('not_found', `No batch '${id}' of yours; GET /v1/batches lists them.`)
    return job
  }

  private finish(view: BatchView, status: 'done' | 'failed', error: string | null): void {
    Object.assign(view, { status, error, finished_at: new Date().toISOString() })
  }

  /** Drop the oldest finished batches beyond KEPT_BATCHES, with their files; running ones stay. */
  private async prune(): Promise<void> {
    let excess = this.jobs.size - KEPT_BATCHES
    for (const [id, job] of this.jobs) {
      if (excess <= 0) return
      if (job.view.status === 'running') continue
      this.jobs.delete(id)
      excess--
      await rm(job.dir, { recursive: true, force: true })
    }
  }
}

function visibleTo(view: BatchView, by: Principal): boolean {
  return view.created_by === by.name || can(by.role, 'read_records')
}
