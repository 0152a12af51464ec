/**
 * A data-version worker thread: reads the store's live versions, builds their data version, says
 * it is ready, then answers tasks one at a time. The request thread never holds an index.
 */
import { setPriority } from 'node:os'
import { parentPort, workerData } from 'node:worker_threads'
import { loadDataVersion } from '../../screening/data-version/data-version.js'
import { openStore } from '../../store/open-store.js'
import type { FromWorker, ToWorker, WorkerSetup } from './protocol.js'
import { sendError } from './protocol.js'
import { runTask, type WorkerData } from './run-task.js'

const port = parentPort!
const setup = workerData as WorkerSetup
const post = (message: FromWorker) => port.postMessage(message)

// On Linux the nice value belongs to the thread: a building worker yields the core to the request
// thread and to the workers serving the previous version (CFS gives nice 10 a tenth of nice 0's share).
const BUILD_NICE = 10

/** Set this thread's nice value; false where the system does not allow it (raising priority needs privileges). */
function renice(value: number): boolean {
  try {
    setPriority(value)
    return true
  } catch {
    return false
  }
}

async function start(): Promise<void> {
  const started = performance.now()
  renice(BUILD_NICE)
  // Workers only read; keepVersions matters to imports alone.
  const store = await openStore({ ...setup.store, keepVersions: 1 })
  const data = await loadDataVersion(store)
  // Serving at full priority again needs the right to raise it (root or RLIMIT_NICE); without it the
  // worker serves at the build's priority, still ahead of nothing but batch work.
  renice(0)
  const worker: WorkerData = { data, store }
  port.on('message', (message: ToWorker) => {
    runTask(message.task, worker).then(
      (result) => post({ type: 'result', id: message.id, result }),
      (err: unknown) => post({ type: 'error', id: message.id, error: sendError(err) }),
    )
  })
  post({
    type: 'ready',
    summary: {
      version: data.version,
      datasets: data.datasets,
      builtAt: data.builtAt,
      entities: data.entities.size,
      seconds: (performance.now() - started) / 1000,
    },
  })
}

start().catch((err: unknown) => post({ type: 'failed', error: sendError(err) }))
