/** `vigil update [DATASET…]`: download and import lists named in the source manifest. */
import { join } from 'node:path'
import type { Command } from 'commander'
import { AppError } from '../../errors.js'
import { DEFAULT_MANIFEST, loadManifest, selectDatasets } from '../../update/manifest.js'
import { updateDatasets, type UpdateOutcome } from '../../update/update-datasets.js'
import { configFrom, withStore, type GlobalOptions } from '../context.js'
import { addGateOptions, GATES_HELP, gatesFrom, type GateFlags } from '../gate-flags.js'
import { print } from '../output.js'

interface UpdateFlags extends GateFlags {
  manifest: string
  mirror?: string
}

export function registerUpdate(program: Command): void {
  const command = program
    .command('update')
    .description('Download every list in the source manifest (or the named ones) and import each as a new version')
    .argument('[datasets...]', 'dataset names from the manifest (default: all)')
    .option('--manifest <file>', 'source manifest (YAML)', DEFAULT_MANIFEST)
    .option('--mirror <root>', 'fetch from this mirror (URL or folder) instead of the publishers (default: $VIGIL_MIRROR)')
  addGateOptions(command)
    .addHelpText(
      'after',
      `
Examples:
  vigil update                                   every list, from its official publisher
  vigil update us_ofac_sdn un_sc_sanctions       just these two
  vigil update --mirror https://mirror.example.internal/lists
  VIGIL_MIRROR=/srv/lists vigil update
  vigil update us_ofac_sdn --allow-shrink        OFAC really delisted many entries
${GATES_HELP}`,
    )
    .action(async (names: string[], flags: UpdateFlags, command: Command) => {
      const config = configFrom(command.optsWithGlobals<GlobalOptions>())
      const outcomes = await runUpdate(config, names, flags)
      const failed = outcomes.filter((o) => !o.ok)
      if (failed.length > 0) {
        const code = failed.every((f) => refused(f.error)) ? 'import_refused' : 'download_failed'
        throw new AppError(
          code,
          `${failed.length} of ${outcomes.length} datasets failed: ${failed.map((f) => f.dataset).join(', ')}. The previous versions stay live.`,
        )
      }
    })
}

export async function runUpdate(config: ReturnType<typeof configFrom>, names: string[], flags: Partial<UpdateFlags>): Promise<UpdateOutcome[]> {
  const datasets = selectDatasets(loadManifest(flags.manifest ?? DEFAULT_MANIFEST), names)
  return withStore(config, async (store) => {
    const outcomes = await updateDatasets({
      store,
      datasets,
      downloads: join(config.home, 'downloads'),
      mirror: flags.mirror ?? config.mirror,
      onDataset: (name, stage) => process.stderr.write(`${name}: ${stage}…\n`),
      gates: gatesFrom(flags),
    })
    for (const o of outcomes) print(describeOutcome(o))
    return outcomes
  })
}

function refused(error: Error): boolean {
  return error instanceof AppError && error.code === 'import_refused'
}

function describeOutcome(o: UpdateOutcome): string {
  if (!o.ok) return `${o.dataset}: ${refused(o.error) ? 'REFUSED' : 'FAILED'}: ${o.error.message}`
  const v = o.result.version
  return `${o.dataset}: version ${v.version}, ${v.entities} entities, ${v.statements} statements, ${v.warnings} warnings in ${o.result.seconds.toFixed(1)} s (${o.source})`
}
