/** `vigil diff DATASET [FROM] [TO]`: entities added, removed and changed between two kept versions. */
import type { Command } from 'commander'
import { diffVersions, type DiffReport } from '../../store/diff-versions.js'
import type { EntitySummary } from '../../store/version-diff.js'
import { configFrom, withStore, type GlobalOptions } from '../context.js'
import { print, printJson } from '../output.js'

interface DiffFlags {
  json?: boolean
  limit: number
}

export function registerDiff(program: Command): void {
  program
    .command('diff')
    .description('Entities added, removed and changed between two kept versions of a dataset (default: the previous one and the live one)')
    .argument('<dataset>', 'dataset name, e.g. us_ofac_sdn')
    .argument('[from]', 'the older version label (default: the one before TO)')
    .argument('[to]', 'the newer version label (default: the live one)')
    .option('--json', 'print JSON with every id instead of a summary')
    .option('--limit <n>', 'ids to list in each section of the text output (0: all)', (v) => Number.parseInt(v, 10), 20)
    .addHelpText(
      'after',
      `
Counts come first, then the ids and captions. "Changed" compares the values of each entity, not
where in the file they were read. Labels are those of \`vigil datasets --json\` (and of \`vigil rollback\`).

Examples:
  vigil diff us_ofac_sdn                                     what the last import changed
  vigil diff us_ofac_sdn 20261201192443-1 20261201193012-2   between two kept versions
  vigil diff us_ofac_sdn --json > changes.json               every id, for a review`,
    )
    .action(async (dataset: string, from: string | undefined, to: string | undefined, flags: DiffFlags, command: Command) => {
      const config = configFrom(command.optsWithGlobals<GlobalOptions>())
      const report = await withStore(config, (store) => diffVersions(store, { dataset, from, to }))
      if (flags.json) return printJson(report)
      print(formatReport(report, flags.limit > 0 ? flags.limit : Infinity))
    })
}

function formatReport(r: DiffReport, limit: number): string {
  const { added, removed, changed, unchanged } = r.counts
  return [
    `${r.dataset}: ${r.from.version} (${r.from.entities} entities) → ${r.to.version} (${r.to.entities} entities)`,
    `${added} added, ${removed} removed, ${changed} changed, ${unchanged} unchanged`,
    ...section('Added', r.added, limit, () => ''),
    ...section('Removed', r.removed, limit, () => ''),
    ...section('Changed', r.changed, limit, (e) => `  [${e.props.join(', ')}]`),
  ].join('\n')
}

function section<T extends EntitySummary>(title: string, items: T[], limit: number, extra: (e: T) => string): string[] {
  if (items.length === 0) return []
  const shown = items.slice(0, limit).map((e) => `  ${e.id}  ${e.schema}  ${e.caption}${extra(e)}`)
  const more = items.length > limit ? [`  … and ${items.length - limit} more (--limit 0 or --json for all)`] : []
  return ['', `${title} (${items.length}: ${bySchema(items)}):`, ...shown, ...more]
}

/** "Person 120, Address 80": how a section splits by schema, largest first. */
function bySchema(items: EntitySummary[]): string {
  const counts = new Map<string, number>()
  for (const e of items) counts.set(e.schema, (counts.get(e.schema) ?? 0) + 1)
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([schema, n]) => `${schema} ${n}`)
    .join(', ')
}
