#!/usr/bin/env node
/** The `vigil` command line. */
import { Command } from 'commander'
import { registerAudit } from './commands/audit.js'
import { registerCompare } from './commands/compare.js'
import { registerDatasets } from './commands/datasets.js'
import { registerDiff } from './commands/diff.js'
import { registerEntity } from './commands/entity.js'
import { registerExport } from './commands/export.js'
import { registerImport } from './commands/import.js'
import { registerMatch } from './commands/match.js'
import { registerMigrate } from './commands/migrate.js'
import { registerRollback } from './commands/rollback.js'
import { registerScreen } from './commands/screen.js'
import { registerScreenShipments } from './commands/screen-shipments.js'
import { registerServe } from './commands/serve.js'
import { registerUpdate } from './commands/update.js'
import { registerUsers } from './commands/users.js'
import { registerWorker } from './commands/worker.js'
import { fail } from './output.js'

const program = new Command()
  .name('vigil')
  .description('Counter-proliferation screening and entity intelligence over sanctions lists and the curated CERS network.')
  .version('0.1.0')
  .option('--home <dir>', 'data directory holding the store (default: $VIGIL_HOME or ~/.vigil)')
  .option(
    '--database-url <url>',
    'PostgreSQL as the store, postgres://user:password@host:port/db (default: $VIGIL_DATABASE_URL; unset: SQLite in the data directory)',
  )
  .showHelpAfterError()
  .addHelpText(
    'after',
    `
Examples:
  vigil import ofac-csv ./ofac/              import OFAC's SDN CSV set
  vigil update                               download and import every list in the manifest
  vigil datasets                             what is imported, which version, from where
  vigil diff us_ofac_sdn                     what the last import added, removed and changed
  vigil rollback us_ofac_sdn                 make the version before the live one live again
  vigil entity cers-ssrc                     one entity, merged, with the source of every value
  vigil export cers --format ftm             a dataset as FollowTheMoney JSON lines
  vigil match "Amro Armanazi" --country sy   screen one name, with explanations
  vigil screen customers.csv --out hits.csv  screen a file on every core
  vigil worker                               screen queued batches (--queue) from PostgreSQL
  vigil serve --port 8000                    the HTTP API on localhost`,
  )

registerImport(program)
registerDatasets(program)
registerEntity(program)
registerExport(program)
registerUpdate(program)
registerRollback(program)
registerMigrate(program)
registerDiff(program)
registerServe(program)
registerMatch(program)
registerScreen(program)
registerWorker(program)
registerScreenShipments(program)
registerCompare(program)
registerUsers(program)
registerAudit(program)

// `vigil entity X | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0)
  throw err
})

program.parseAsync(process.argv).catch(fail)
