/** `vigil datasets`: what the store serves, with versions, sources, and how old each source is. */
import type { Command } from 'commander'
import { describeStale, freshnessOf, staleDatasets, type Freshness } from '../../store/staleness.js'
import type { VersionInfo } from '../../store/store.js'
import { configFrom, withStore, type GlobalOptions } from '../context.js'
import { formatTable, print, printJson } from '../output.js'

export function registerDatasets(program: Command): void {
  program
    .command('datasets')
    .description('List the datasets in the store: live version, entity count, import time, source, its date and age (stale past VIGIL_STALE_DAYS)')
    .option('--json', 'print JSON instead of a table')
    .addHelpText('after', "\nExamples:\n  vigil datasets\n  vigil datasets --json | jq '.[] | select(.stale)'\n  VIGIL_STALE_DAYS=7 vigil datasets")
    .action(async (options: { json?: boolean }, command: Command) => {
      const config = configFrom(command.optsWithGlobals<GlobalOptions>())
      const datasets = await withStore(config, (store) => store.listDatasets())
      const now = new Date()
      if (options.json) return printJson(datasets.map((d) => withFreshness(d, now, config.staleDays)))
      if (datasets.length === 0) return print('No datasets yet. Run `vigil import FORMAT PATH` or `vigil update`.')
      print(
        formatTable(
          ['name', 'version', 'entities', 'imported at', 'source', 'source date', 'age'],
          datasets.map((d) => {
            const freshness = freshnessOf(d.sourceDate, now, config.staleDays)
            return [
              d.dataset,
              d.version,
              String(d.entities),
              d.importedAt ?? '',
              d.sourceUrl ?? d.sourcePath,
              freshness.sourceDate ?? 'unknown',
              ageOf(freshness),
            ]
          }),
        ),
      )
      const warning = describeStale(staleDatasets(datasets, now, config.staleDays), config.staleDays)
      if (warning) process.stderr.write(`warning: ${warning}\n`)
    })
}

/** The version with its age in days and the stale flag, for --json. */
function withFreshness(d: VersionInfo, now: Date, staleDays: number) {
  const { ageDays, stale } = freshnessOf(d.sourceDate, now, staleDays)
  return { ...d, ageDays, stale }
}

function ageOf({ ageDays, stale }: Freshness): string {
  if (ageDays === null) return 'unknown'
  return stale ? `${ageDays} days, STALE` : `${ageDays} days`
}
