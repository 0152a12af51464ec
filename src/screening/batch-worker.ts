/** A batch worker thread: builds its own index, then screens the chunks of rows it is sent. */
import { parentPort, workerData } from 'node:worker_threads'
import { AppError } from '../errors.js'
import { getAlgorithm } from '../scoring/algorithms.js'
import { openStore } from '../store/open-store.js'
import type { FromWorker, IndexSource, ToWorker, WorkerSetup } from './batch-protocol.js'
import { buildDataVersion, loadDataVersion, type DataVersion } from './data-version/data-version.js'
import { screenRow } from './screen-row.js'

const port = parentPort!
const setup = workerData as WorkerSetup
const post = (message: FromWorker) => port.postMessage(message)

async function loadIndex(source: IndexSource): Promise<DataVersion> {
  if ('entities' in source) return buildDataVersion(source.entities, source.datasets)
  // Workers only read; keepVersions matters to imports alone.
  const store = await openStore({ ...source.store, keepVersions: 1 })
  try {
    return await loadDataVersion(store)
  } finally {
    await store.close()
  }
}

async function start(): Promise<void> {
  const started = performance.now()
  const index = await loadIndex(setup.source)
  if (index.datasets.length === 0) {
    throw new AppError('not_found', 'No datasets to screen against. Import some first, e.g. `vigil up` or `vigil import yaml datasets/cers`.')
  }
  port.on('message', ({ id, tasks, settings }: ToWorker) => {
    const row = { algorithm: getAlgorithm(settings.algorithm), threshold: settings.threshold, limit: settings.limit }
    post({ type: 'done', id, outcomes: tasks.map((task) => screenRow(task, index, row)) })
  })
  post({ type: 'ready', version: index.version, seconds: (performance.now() - started) / 1000 })
}

start().catch((err: unknown) => {
  const code = err instanceof AppError ? err.code : 'store_error'
  post({ type: 'failed', code, message: err instanceof Error ? err.message : String(err) })
})
