/**
 * Screening many rows on every core: worker threads each build an index, then take chunks of rows
 * as they free up (batch-pool.ts). Results keep the order of the rows. Used by `vigil screen` and
 * by the speed benchmark (runs on the built dist/: the worker is a .js file).
 */
import { AppError } from '../errors.js'
import type { Entity } from '../model/entity.js'
import { getAlgorithm } from '../scoring/algorithms.js'
import type { Store, VersionInfo } from '../store/store.js'
import type { ChunkSettings, IndexSource } from './batch-protocol.js'
import { BatchPlan } from './batch-plan.js'
import { BatchPool } from './batch-pool.js'
import type { RowOutcome, RowTask } from './screen-row.js'

export type { IndexSource } from './batch-protocol.js'

export interface ScreenBatchOptions {
  rows: RowTask[]
  source: IndexSource
  workers: number
  limit: number
  threshold?: number
  algorithm?: string
  /** Rows per chunk sent to a thread (default CHUNK_ROWS). */
  chunkRows?: number
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

/** A dataset's version, as a queued chunk names it: enough to read it again from the store. */
export interface DatasetVersion {
  dataset: string
  version: string
}

// Small enough to spread a few thousand rows evenly, large enough that messages cost little.
export const CHUNK_ROWS = 50

/** The algorithm, threshold and limit of a batch, checked once, as every chunk carries them. */
export function chunkSettingsOf(options: { algorithm?: string; threshold?: number; limit: number }): ChunkSettings & { threshold: number } {
  const algorithm = getAlgorithm(options.algorithm)
  return { algorithm: algorithm.name, threshold: options.threshold ?? algorithm.threshold, limit: options.limit }
}

export async function screenBatch(options: ScreenBatchOptions): Promise<BatchResult> {
  const settings = chunkSettingsOf(options)
  const pool = await BatchPool.start(options.source, options.workers)
  options.onIndexed?.(pool.version, pool.indexSeconds)
  try {
    const started = performance.now()
    const plan = new BatchPlan(options.rows, options.chunkRows ?? CHUNK_ROWS)
    options.onProgress?.(plan.done, plan.total)
    await Promise.all(
      plan.chunks.map(async (_, chunk) => {
        plan.fill(chunk, await pool.screen(plan.tasksOf(chunk), settings))
        options.onProgress?.(plan.done, plan.total)
      }),
    )
    const screenSeconds = (performance.now() - started) / 1000
    return {
      outcomes: plan.outcomes,
      version: pool.version,
      algorithm: settings.algorithm,
      threshold: settings.threshold,
      stats: statsOf(plan.outcomes, { workers: pool.size, indexSeconds: pool.indexSeconds, screenSeconds }),
    }
  } finally {
    await pool.close()
  }
}

/** Read every live dataset's entities once, for the workers. */
export async function readIndexSource(store: Store): Promise<IndexSource> {
  return readVersionsSource(store, await liveDatasetsOf(store))
}

/** The live version of every dataset; an empty store is an error that says what to do. */
export async function liveDatasetsOf(store: Store): Promise<VersionInfo[]> {
  const datasets = await store.listDatasets()
  if (datasets.length === 0) {
    throw new AppError('not_found', 'No datasets to screen against. Import some first, e.g. `vigil up` or `vigil import yaml datasets/cers`.')
  }
  return datasets
}

/** The given dataset versions as the store keeps them, live or retired; one no longer kept is a not_found. */
export async function keptVersionsOf(store: Store, versions: DatasetVersion[]): Promise<VersionInfo[]> {
  const kept: VersionInfo[] = []
  for (const { dataset, version } of versions) {
    const info = (await store.listVersions(dataset)).find((v) => v.version === version)
    if (!info) {
      throw new AppError(
        'not_found',
        `Version ${version} of '${dataset}' is no longer kept in the store (VIGIL_KEEP_VERSIONS); screen the batch again against the live data.`,
      )
    }
    kept.push(info)
  }
  return kept
}

/** Read the entities of the given versions (a queued batch names the versions it is screened against). */
export async function readVersionsSource(store: Store, datasets: VersionInfo[]): Promise<IndexSource> {
  const entities: Entity[] = []
  for (const d of datasets) for await (const { entity } of store.iterateVersionEntities(d.dataset, d.version)) entities.push(entity)
  return { entities, datasets }
}

export function statsOf(outcomes: RowOutcome[], run: { workers: number; indexSeconds: number; screenSeconds: number }): BatchStats {
  const matches = outcomes.filter((o) => o.hits.some((h) => h.match)).length
  const errors = outcomes.filter((o) => o.error !== undefined).length
  const rate = run.screenSeconds > 0 ? outcomes.length / run.screenSeconds : 0
  return { rows: outcomes.length, matches, errors, ...run, rate }
}
