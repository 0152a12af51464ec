/** `vigil import <format> <path>`: one list file into a new version of its dataset. */
import type { Command } from 'commander'
import { IMPORTERS, getImporter } from '../../importers/registry.js'
import { checkEncoding } from '../../importers/read/encoding.js'
import { importList, type ImportResult } from '../../store/import-list.js'
import { DEFAULT_MANIFEST, loadManifest } from '../../update/manifest.js'
import { type GlobalOptions, configFrom, operator, withStore } from '../context.js'
import { actorOf } from '../../review/principal.js'
import { addGateOptions, GATES_HELP, gatesFrom, type GateFlags } from '../gate-flags.js'
import { print } from '../output.js'
import { createProgress } from '../progress.js'

interface ImportOptions extends GateFlags {
  dataset?: string
  encoding?: string
  warnings?: boolean
}

export function registerImport(program: Command): void {
  const command = program
    .command('import')
    .description('Import a list file into the store, as a new version of its dataset')
    .argument('<format>', `list format: ${IMPORTERS.map((i) => i.format).join(', ')}`)
    .argument('<path>', 'the file or folder to read')
    .option('--dataset <name>', "dataset to import into (default: the format's own, e.g. us_ofac_sdn)")
    .option('--encoding <name>', "text encoding of the file, when it is not the format's usual one")
    .option('--no-warnings', 'do not print each warning, only their count')
  addGateOptions(command)
    .addHelpText(
      'after',
      `
Formats:
${IMPORTERS.map((i) => `  ${i.format.padEnd(14)} ${i.title} → ${i.defaultDataset}\n  ${' '.repeat(14)} expects ${i.expects}`).join('\n')}

Examples:
  vigil import ofac-csv ./ofac/                 # sdn.csv with add.csv, alt.csv, sdn_comments.csv
  vigil import un-xml consolidated.xml
  vigil import hmt-csv ConList.csv --encoding windows-1252
  vigil import ftm entities.ftm.json --dataset my_watchlist
  vigil import ofac-csv ./ofac/ --max-shrink 25  # accept losing up to a quarter of the entities
  vigil import ofac-csv sdn.csv --allow-shrink   # OFAC really delisted that many
${GATES_HELP}`,
    )
    .action(async (format: string, path: string, options: ImportOptions, command: Command) => {
      const config = configFrom(command.optsWithGlobals<GlobalOptions>())
      const importer = getImporter(format)
      const encoding = options.encoding ? checkEncoding(options.encoding) : undefined
      const progress = createProgress(`${format}`)
      const dataset = options.dataset ?? importer.defaultDataset
      const gates = { ...gatesFrom(options), manifestFormat: manifestFormatOf(dataset) }
      const result = await withStore(config, (store) =>
        importList(store, {
          importer,
          path,
          dataset,
          encoding,
          gates,
          actor: actorOf(operator()),
          onProgress: progress.update,
          onEntity: progress.entities,
        }).finally(() => progress.stop()),
      )
      printSummary(result, options.warnings !== false)
    })
}

/** The format the bundled source manifest names for a dataset; a dataset of one's own has none. */
function manifestFormatOf(dataset: string): string | undefined {
  return loadManifest(DEFAULT_MANIFEST).find((d) => d.name === dataset)?.format
}

export function printSummary(result: ImportResult, withWarnings: boolean): void {
  const v = result.version
  if (withWarnings) {
    for (const w of result.warnings) process.stderr.write(`warning: ${[w.file, w.locator].filter(Boolean).join(', ')}: ${w.message}\n`)
    if (v.warnings > result.warnings.length) process.stderr.write(`warning: … and ${v.warnings - result.warnings.length} more\n`)
  }
  print(
    `Imported ${v.dataset} version ${v.version}: ${v.entities} entities, ${v.statements} statements, ${v.warnings} warnings in ${result.seconds.toFixed(1)} s`,
  )
}
