/** `vigil datasets`: what the store serves, with versions and sources. */
import type { Command } from 'commander'
import { configFrom, withStore, type GlobalOptions } from '../context.js'
import { formatTable, print, printJson } from '../output.js'

export function registerDatasets(program: Command): void {
  program
    .command('datasets')
    .description('List the datasets in the store: live version, entity count, import time, source and its date')
    .option('--json', 'print JSON instead of a table')
    .addHelpText('after', '\nExamples:\n  vigil datasets\n  vigil datasets --json')
    .action(async (options: { json?: boolean }, command: Command) => {
      const config = configFrom(command.optsWithGlobals<GlobalOptions>())
      const datasets = await withStore(config, (store) => store.listDatasets())
      if (options.json) return printJson(datasets)
      if (datasets.length === 0) return print('No datasets yet. Run `vigil import FORMAT PATH` or `vigil update`.')
      print(formatTable(
        ['name', 'version', 'entities', 'imported at', 'source', 'source date'],
        datasets.map((d) => [d.dataset, d.version, String(d.entities), d.importedAt ?? '', d.sourceUrl ?? d.sourcePath, d.sourceDate ?? '']),
      ))
    })
}
