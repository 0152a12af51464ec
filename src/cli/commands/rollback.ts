/** `vigil rollback DATASET [VERSION]`: make a kept version live again. */
import type { Command } from 'commander'
import { findVersion, keptOrFail, liveOf, olderThan } from '../../store/kept-versions.js'
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
  const known = (await store.listDatasets()).map((d) => d.dataset)
  const versions = keptOrFail(dataset, await store.listVersions(dataset), known)
  const live = liveOf(dataset, versions)
  const target = label ? findVersion(dataset, versions, label) : olderThan(dataset, versions, live)
  if (target.version === live.version) return `${dataset}: version ${live.version} is already live; nothing changed.`
  const now = await store.activateVersion(dataset, target.version, actorOf(operator()))
  return `${dataset}: version ${describe(now)} is live again; ${describe(live)} is kept, retired.`
}

function describe(v: VersionInfo): string {
  return `${v.version} (${v.entities} entities, ${v.format}, imported ${v.importedAt ?? '?'})`
}
