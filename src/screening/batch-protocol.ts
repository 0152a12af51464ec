/** The messages between `screenBatch` and its worker threads. */
import type { Entity } from '../model/entity.js'
import type { VersionInfo } from '../store/store.js'
import type { RowOutcome, RowTask } from './screen-row.js'

/**
 * Where a worker gets its index. Object graphs cannot be shared between threads, so every worker
 * builds its own: from the store (each opens it and reads in parallel), or from entities the
 * caller holds (copied to each worker), e.g. a benchmark's synthetic data.
 */
export type IndexSource = { home: string } | { entities: Entity[]; datasets: VersionInfo[] }

export interface WorkerSetup {
  source: IndexSource
  algorithm: string
  threshold?: number
  limit: number
}

export type ToWorker = { type: 'chunk'; id: number; tasks: RowTask[] }

export type FromWorker =
  | { type: 'ready'; version: string; seconds: number }
  | { type: 'done'; id: number; outcomes: RowOutcome[] }
  | { type: 'failed'; code: string; message: string }
