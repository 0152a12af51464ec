/** The messages between a batch pool (batch-pool.ts) and its worker threads. */
import type { Entity } from '../model/entity.js'
import type { StoreOptions } from '../store/open-store.js'
import type { VersionInfo } from '../store/store.js'
import type { RowOutcome, RowTask } from './screen-row.js'

/**
 * Where a worker gets its index. Object graphs cannot be shared between threads, so every worker
 * builds its own: from entities the main thread read once (copied to each worker), or from the
 * store (each worker opens it and reads it itself). On the real lists with 2 workers, copying was
 * faster (index ready in 0.61× the time, bench/results/batch.md): turning statements back into
 * entities costs more than the copy, so reading the store once beats reading it in every worker.
 */
export type IndexSource = { store: StoreOptions } | { entities: Entity[]; datasets: VersionInfo[] }

export interface WorkerSetup {
  source: IndexSource
}

/** How a chunk's rows are scored: part of each chunk, so one pool serves batches with other settings. */
export interface ChunkSettings {
  algorithm: string
  threshold?: number
  limit: number
}

export type ToWorker = { type: 'chunk'; id: number; tasks: RowTask[]; settings: ChunkSettings }

export type FromWorker =
  | { type: 'ready'; version: string; seconds: number }
  | { type: 'done'; id: number; outcomes: RowOutcome[] }
  | { type: 'failed'; code: string; message: string }
