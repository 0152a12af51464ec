/** `vigil match NAME`: screen one party from the command line, as a table or as the API's JSON. */
import type { Command } from 'commander'
import { AppError } from '../../errors.js'
import { getAlgorithm } from '../../scoring/algorithms.js'
import { loadDataVersion, type DataVersion } from '../../screening/data-version/data-version.js'
import { queryOf } from '../../screening/batch-input/row-query.js'
import { summarizeExplanations } from '../../screening/batch-output/summarize-explanations.js'
import { presentResults, type ScreenedEntity } from '../../screening/entity-view/screened-entity.js'
import { parseQuery } from '../../screening/query.js'
import { screenQuery } from '../../screening/screen-query.js'
import { configFrom, withStore, type GlobalOptions } from '../context.js'
import { formatTable, print, printJson } from '../output.js'
import { collect, parseLimit, parseThreshold } from './screen-flags.js'

interface MatchFlags {
  schema?: string
  country: string[]
  nationality: string[]
  birthDate: string[]
  id: string[]
  limit: string
  threshold?: string
  algorithm?: string
  json?: boolean
}

export function registerMatch(program: Command): void {
  program
    .command('match')
    .description('Screen one name against every imported dataset and explain each result')
    .argument('<name>', 'the name to screen, in any script')
    .option(
      '--schema <schema>',
      'Person, Company, Organization, LegalEntity, Vessel… (default: Person when a birth date or nationality is given, else LegalEntity)',
    )
    .option('--country <code>', 'country (code or name); repeatable', collect, [])
    .option('--nationality <code>', 'nationality of a person; repeatable', collect, [])
    .option('--birth-date <date>', 'birth date or year; repeatable', collect, [])
    .option('--id <identifier>', 'passport, registration or other identifier; repeatable', collect, [])
    .option('--limit <n>', 'results to show', '5')
    .option('--threshold <score>', "score from which a result is a match (default: the algorithm's)")
    .option('--algorithm <name>', 'scoring algorithm (default: vigil-v1)')
    .option('--json', "print the result as JSON, in the shape of the API's /match results")
    .addHelpText(
      'after',
      `
Examples:
  vigil match "Amro Armanazi" --schema Person --country sy --birth-date 1944
  vigil match "مركز الدراسات والبحوث العلمية" --schema Organization
  vigil match "Iyad Mahrous" --id N006478882 --json | jq '.results[0].explanations'`,
    )
    .action(async (name: string, flags: MatchFlags, command: Command) => {
      const config = configFrom(command.optsWithGlobals<GlobalOptions>())
      const response = await withStore(config, (store) => runMatch(name, flags, () => loadDataVersion(store)))
      if (flags.json) printJson(response)
      else print(formatResponse(response))
    })
}

interface MatchResponse {
  query: { schema: string; properties: Record<string, string[]> }
  results: ScreenedEntity[]
  total: number
  threshold: number
  algorithm: string
  version: string
  warnings: string[]
}

async function runMatch(name: string, flags: MatchFlags, loadData: () => Promise<DataVersion>): Promise<MatchResponse> {
  const algorithm = getAlgorithm(flags.algorithm)
  const threshold = parseThreshold(flags.threshold)
  const limit = parseLimit(flags.limit)
  const warnings: string[] = []
  const input = queryOf({ properties: propertiesOf(name, flags), schema: flags.schema }, undefined, warnings)
  const query = parseQuery(input, warnings)
  const data = await loadData()
  if (data.datasets.length === 0) {
    throw new AppError('not_found', 'No datasets imported. Import some first, e.g. `vigil up` or `vigil import yaml datasets/cers`.')
  }
  const { results, total, threshold: used } = screenQuery({ query, data, algorithm, threshold, limit })
  return {
    query: input as MatchResponse['query'],
    results: presentResults(results, data.risk),
    total,
    threshold: used,
    algorithm: algorithm.name,
    version: data.version,
    warnings,
  }
}

function propertiesOf(name: string, flags: MatchFlags): Record<string, string[]> {
  const properties: Record<string, string[]> = { name: [name] }
  if (flags.country.length > 0) properties.country = flags.country
  if (flags.nationality.length > 0) properties.nationality = flags.nationality
  if (flags.birthDate.length > 0) properties.birthDate = flags.birthDate
  if (flags.id.length > 0) properties.idNumber = flags.id
  return properties
}

function formatResponse(response: MatchResponse): string {
  const header = ['#', 'score', 'match', 'id', 'schema', 'caption', 'datasets', 'why']
  const rows = response.results.map((r, i) => [
    String(i + 1),
    r.score.toFixed(3),
    r.match ? 'MATCH' : '-',
    r.id,
    r.schema,
    r.caption,
    r.datasets.join(','),
    summarizeExplanations(r.explanations),
  ])
  const table = rows.length > 0 ? formatTable(header, rows) : 'No candidates found.'
  const notes = response.warnings.map((w) => `warning: ${w}`)
  const footer = `${response.total} candidates scored · threshold ${response.threshold} · algorithm ${response.algorithm} · data ${response.version}`
  return [table, '', ...notes, footer].join('\n')
}
