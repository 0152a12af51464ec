/** `vigil serve` and `vigil up`: the HTTP API on localhost; `up` first imports the bundled data. */
import type { Command } from 'commander'
import { loadConfig, type Config } from '../../config.js'
import { createLogger } from '../../log.js'
import { bootstrapAdmin } from '../../review/admin-bootstrap.js'
import { openStore } from '../../store/open-store.js'
import type { GlobalOptions } from '../context.js'
import { print } from '../output.js'
import { runUpdate } from './update.js'

interface ServeFlags {
  port?: string
  host?: string
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('Serve the HTTP API (bound to localhost unless --host says otherwise)')
    .option('--port <port>', 'port to listen on (default: $VIGIL_PORT or 8000)')
    .option('--host <host>', 'address to bind (default: $VIGIL_HOST or 127.0.0.1)')
    .addHelpText('after', '\nExamples:\n  vigil serve\n  vigil serve --port 9000\n  curl localhost:8000/entities/cers-ssrc')
    .action(async (flags: ServeFlags, command: Command) => serve(configOf(flags, command)))

  program
    .command('up')
    .description('The quick start: import the bundled datasets (and the lists of $VIGIL_MIRROR, if set), then serve the API')
    .option('--port <port>', 'port to listen on (default: $VIGIL_PORT or 8000)')
    .option('--host <host>', 'address to bind (default: $VIGIL_HOST or 127.0.0.1)')
    .addHelpText('after', '\nExamples:\n  vigil up\n  VIGIL_MIRROR=../shared/data vigil up')
    .action(async (flags: ServeFlags, command: Command) => {
      const config = configOf(flags, command)
      // Without a mirror only the bundled data is imported; lists need `vigil update` and internet access.
      const outcomes = await runUpdate(config, config.mirror ? [] : ['cers'], {})
      const failed = outcomes.filter((o) => !o.ok).length
      if (failed > 0) process.stderr.write(`${failed} datasets could not be updated; serving what the store holds.\n`)
      await serve(config)
    })
}

function configOf(flags: ServeFlags, command: Command): Config {
  const global = command.optsWithGlobals<GlobalOptions>()
  return loadConfig({ home: global.home, databaseUrl: global.databaseUrl, port: flags.port as unknown as number, host: flags.host })
}

// On SQLite, an import by another process shows up within this long (PostgreSQL announces it at once).
const VERSION_POLL_MS = 5000

async function serve(config: Config): Promise<void> {
  const store = await openStore(config)
  const logger = createLogger()
  // The API (Fastify, Swagger UI) loads only for the commands that serve it.
  const { createApp, liveIndexFor } = await import('../../api/app.js')
  const { isLoopbackHost } = await import('../../api/host-check.js')
  const live = liveIndexFor(config, store, logger)
  const first = await bootstrapAdmin(store.records, config.home)
  const app = await createApp({ config, store, logger, live })
  app.server.maxConnections = config.maxConnections
  const address = await app.listen({ port: config.port, host: config.host })
  print(`Vigil API listening on ${address} (data: ${store.location}); building the screening index, /readyz says when it is ready`)
  if (first) {
    print(`First start: created user '${first.user}' (role admin); its password and API key are in ${first.file} (readable by you only).`)
    print(`Open ${address}/ in a browser and sign in as '${first.user}' with the password ${first.password}`)
  } else {
    print(`Web app: ${address}/ (users: vigil users list)`)
  }
  if (!isLoopbackHost(config.host)) {
    // Every route but the probes and docs needs a key; plain HTTP beyond loopback would expose the keys.
    logger.warn({ host: config.host }, 'bound beyond loopback: put a TLS proxy in front, or keys and sessions cross the network in clear')
  }
  // Build the first index now rather than on the first request; afterwards rebuild beside it when the store changes.
  await live.watch(VERSION_POLL_MS)
  const stop = async () => {
    await app.close()
    await store.close()
    process.exit(0)
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}
