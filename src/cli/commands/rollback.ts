/** `vigil rollback DATASET [VERSION]`: make a kept version live again. */
import type { Command } from 'commander'
import { keptVersions } from '../../store/diff-versions.js'
import { rollbackVersion } from '../../store/rollback-version.js'
import type { Store, VersionInfo } from '../../store/store.js'
import { actorOf } from '../../review/principal.js'
import { configFrom, operator, withStore, type GlobalOptions } from '../context.js'
import { print } from '../output.js'

export function registerRollback(program: Command): void {
  program
    .command('rollback')
    .description('Make a kept version of a dataset live again (default: the version before the live one)')
    .argument('<dataset>', 'dataset name, e.g. us_ofac_sdn')
    .argument('[version]', 'the version label to make live, as `vigil diff` and `vigil datasets --json` show it')
    .addHelpText(
      'after',
      `
The live version is retired, not deleted: \`vigil rollback\` to it again undoes the rollback. The store
keeps the newest VIGIL_KEEP_VERSIONS (3) versions of each dataset. A running \`vigil serve\` notices the
change and serves the version after its next index rebuild.

Examples:
  vigil rollback us_ofac_sdn                      back to the version before the live one
  vigil rollback us_ofac_sdn 20261201192443-1     to this kept version
  vigil diff us_ofac_sdn                          what the live version changed, before deciding`,
    )
    .action(async (dataset: string, version: string | undefined, _flags: unknown, command: Command) => {
      const config = configFrom(command.optsWithGlobals<GlobalOptions>())
      print(await withStore(config, (store) => rollback(store, dataset, version)))
    })
}

async function rollback(store: Store, dataset: string, label: string | undefined): Promise<string> {
  const { previous, now, changed } = await rollbackVersion(store, dataset, await keptVersions(store, dataset), label, actorOf(operator()))
  if (!changed) return `${dataset}: version ${now.version} is already live; nothing changed.`
  return `${dataset}: version ${describe(now)} is live again; ${describe(previous)} is kept, retired.`
}

function describe(v: VersionInfo): string {
  return `${v.version} (${v.entities} entities, ${v.format}, imported ${v.importedAt ?? '?'})`
}
