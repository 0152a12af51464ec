/** `vigil worker`: screen chunks of queued batches (`vigil screen --queue`) until stopped. */
import { availableParallelism } from 'node:os'
import type { Command } from 'commander'
import { createLogger } from '../../log.js'
import { openStore } from '../../store/open-store.js'
import { configFrom, type GlobalOptions } from '../context.js'
import { parseWorkers } from './screen-flags.js'

interface WorkerFlags {
  concurrency?: string
}

export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description('Take chunks of queued batches (`vigil screen --queue`) from the PostgreSQL store and screen them, until SIGTERM')
    .option('--concurrency <n>', `worker threads, each with its own index (default: one per core, ${availableParallelism()} here)`)
    .addHelpText(
      'after',
      `
Needs the PostgreSQL store (VIGIL_DATABASE_URL or --database-url), shared by every worker, API node
and \`vigil screen --queue\`. Start as many workers, on as many machines, as the batches need; each
loads the data version a chunk names (the live one at start). SIGTERM finishes the chunks in hand,
or hands them back; a worker killed outright loses nothing: its chunks are retried elsewhere.

Examples:
  VIGIL_DATABASE_URL=postgres://vigil@db.internal/vigil vigil worker
  vigil --database-url postgres://vigil@db.internal/vigil worker --concurrency 4`,
    )
    .action(async (flags: WorkerFlags, command: Command) => {
      const config = configFrom(command.optsWithGlobals<GlobalOptions>())
      const concurrency = parseWorkers(flags.concurrency ?? String(availableParallelism()), availableParallelism(), '--concurrency')
      // The queue's modules (pg-boss) load only for the commands that use them.
      const { openScreenQueue, requirePostgres } = await import('../../jobs/screen-chunk.js')
      const { ScreenWorker } = await import('../../jobs/screen-worker.js')
      const url = requirePostgres(config, '`vigil worker`')
      const logger = createLogger()
      const store = await openStore(config)
      const queue = await openScreenQueue(url, logger)
      const worker = new ScreenWorker({ store, queue, logger, concurrency })
      const stop = async () => {
        await worker.stop()
        await queue.close()
        await store.close()
        process.exit(0)
      }
      process.once('SIGINT', stop)
      process.once('SIGTERM', stop)
      await worker.run()
    })
}
