/** `vigil migrate`: bring the store's tables up to this version of Vigil, and say where it stands. */
import type { Command } from 'commander'
import { configFrom, withStore, type GlobalOptions } from '../context.js'
import { print } from '../output.js'

export function registerMigrate(program: Command): void {
  program
    .command('migrate')
    .description('Apply the store migrations this version of Vigil needs (every command also does so at start)')
    .addHelpText(
      'after',
      `
Every process migrates the store when it opens it, so \`vigil migrate\` is only needed to migrate ahead
of a deployment, e.g. before rolling new API nodes onto a shared PostgreSQL database. A database
migrated by a newer Vigil is refused rather than misread.

Examples:
  vigil migrate
  VIGIL_DATABASE_URL=postgres://vigil@db.internal/vigil vigil migrate`,
    )
    .action(async (_flags: unknown, command: Command) => {
      const config = configFrom(command.optsWithGlobals<GlobalOptions>())
      print(
        await withStore(config, async (store) => {
          const { applied, current, latest } = store.migration
          const done = applied.length > 0 ? `applied ${applied.join(', ')}` : 'nothing to apply'
          return `${store.location}: ${done}; at migration ${current ?? 'none'} (this Vigil knows up to ${latest}).`
        }),
      )
    })
}
