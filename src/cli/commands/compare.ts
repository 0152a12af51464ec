/**
 * `vigil compare PAIRS.csv`: score labelled or unlabelled pairs of names, so a user can check the
 * matcher and pick a threshold on their own data. Each row comes back with score, match and
 * explanation columns; with an `is_match` column, precision, recall and F1 go to stderr.
 *
 * A pair's score depends on the pair, the algorithm and the lists only, never on the other rows:
 * tokens weigh by their rarity in the store's live lists, as screening weighs them, or in the
 * bundled frequency table when the store holds none (src/scoring/compare-rarity.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs'
import type { Command } from 'commander'
import { parse } from 'csv-parse/sync'
import { AppError } from '../../errors.js'
import { scoreCandidate, type Algorithm } from '../../scoring/algorithm.js'
import { getAlgorithm } from '../../scoring/algorithms.js'
import { bundledRarity, pairRarity, type RaritySource } from '../../scoring/compare-rarity.js'
import { parseQuery } from '../../screening/query.js'
import { configFrom, withStore, type GlobalOptions } from '../context.js'
import { print } from '../output.js'

interface CompareOptions {
  out?: string
  threshold?: string
  algorithm?: string
  rarity?: string
}

const RARITY_SOURCES: readonly string[] = ['auto', 'lists', 'bundled'] satisfies Array<RaritySource | 'auto'>

export type Row = Record<string, string>

export function registerCompare(program: Command): void {
  program
    .command('compare')
    .description(
      'Score pairs of names from a CSV (schema, name1, name2, more properties with suffix 1 and 2, optional is_match) and write each row back with score, match and explanation',
    )
    .argument('<pairs>', 'CSV file with a header: schema,name1,name2[,birthDate1,birthDate2,country1,country2,…][,is_match]')
    .option('--out <file>', 'write the CSV here instead of standard output')
    .option('--threshold <t>', "score at or above which a pair is a match (default: the algorithm's)")
    .option('--algorithm <name>', 'scoring algorithm (default: vigil-v1)')
    .option(
      '--rarity <source>',
      "where token rarity comes from: 'lists' (the store's live lists, as screening), 'bundled' (the frequency table shipped with Vigil) or 'auto' (lists when the store has any)",
      'auto',
    )
    .addHelpText(
      'after',
      '\nExamples:\n  vigil compare pairs.csv --out scored.csv\n  vigil compare pairs.csv --threshold 0.8 --algorithm name-only > scored.csv\n  vigil compare pairs.csv --rarity bundled',
    )
    .action(async (file: string, options: CompareOptions, command: Command) => {
      const algorithm = getAlgorithm(options.algorithm)
      const threshold = parseThreshold(options.threshold, algorithm)
      const source = parseRaritySource(options.rarity)
      const rows = readPairs(file)
      // The bundled table needs no store: `--rarity bundled` opens none.
      const rarity =
        source === 'bundled' ? bundledRarity() : await withStore(configFrom(command.optsWithGlobals<GlobalOptions>()), (store) => pairRarity(store, source))
      process.stderr.write(`${rarity.description}\n`)
      const scored = comparePairs(rows, algorithm, threshold, file, rarity.rarity)
      const csv = toCsv([...Object.keys(rows[0] ?? {}), 'score', 'match', 'explanation'], scored)
      if (options.out) writeFileSync(options.out, csv)
      else print(csv)
      const metrics = labelMetrics(rows, scored)
      if (metrics) process.stderr.write(`${metrics}\n`)
    })
}

function parseThreshold(value: string | undefined, algorithm: Algorithm): number {
  if (value === undefined) return algorithm.threshold
  const t = Number(value)
  if (!Number.isFinite(t) || t < 0 || t > 1) throw new AppError('bad_input', `--threshold must be a number between 0 and 1, not '${value}'.`)
  return t
}

function parseRaritySource(value: string | undefined): RaritySource | undefined {
  if (value === undefined || value === 'auto') return undefined
  if (!RARITY_SOURCES.includes(value)) throw new AppError('bad_input', `--rarity must be one of ${RARITY_SOURCES.join(', ')}, not '${value}'.`)
  return value as RaritySource
}

export function readPairs(file: string): Row[] {
  let rows: Row[]
  try {
    rows = parse(readFileSync(file, 'utf-8'), { columns: true, skip_empty_lines: true, bom: true, relax_column_count: true, comment: '#' }) as Row[]
  } catch (err) {
    throw new AppError('bad_file', `Cannot read '${file}' as CSV: ${(err as Error).message}`)
  }
  const first = rows[0]
  if (!first || !('name1' in first) || !('name2' in first)) {
    throw new AppError('bad_file', `'${file}' needs a header with the columns schema, name1 and name2.`)
  }
  return rows
}

/** The properties of one side of a row: name<side>, and every other column ending in <side>. */
function sideOf(row: Row, side: '1' | '2'): Record<string, string> {
  const props: Record<string, string> = {}
  for (const [column, value] of Object.entries(row)) {
    if (column.endsWith(side) && value.trim() !== '' && column !== 'case_id') props[column.slice(0, -1)] = value
  }
  return props
}

/** Score each row's pair with the given token rarity (one that does not depend on the rows: see compare-rarity.ts). */
export function comparePairs(rows: Row[], algorithm: Algorithm, threshold: number, file: string, rarity: (token: string) => number): Row[] {
  const sides = rows.map((row, i) => {
    const schema = row.schema?.trim() || 'LegalEntity'
    try {
      return [parseQuery({ schema, properties: sideOf(row, '1') }), parseQuery({ schema, properties: sideOf(row, '2') })] as const
    } catch (err) {
      if (err instanceof AppError) throw new AppError(err.code, `${file}, row ${i + 2}: ${err.message}`)
      throw err
    }
  })
  return rows.map((row, i) => {
    const [a, b] = sides[i]!
    const { score, explanations } = scoreCandidate(algorithm, a, b, { rarity })
    const explanation = Object.entries(explanations)
      .filter(([, e]) => e.score !== 0)
      .map(([name, e]) => `${name} ${e.score.toFixed(2)}×${e.weight}: ${e.detail}`)
      .join(' | ')
    return { ...row, score: score.toFixed(3), match: String(score >= threshold), explanation }
  })
}

function labelMetrics(rows: Row[], scored: Row[]): string | undefined {
  if (!rows.some((r) => r.is_match !== undefined && r.is_match !== '')) return undefined
  let tp = 0,
    fp = 0,
    fn = 0,
    tn = 0
  scored.forEach((row) => {
    const truth = /^(true|1|yes)$/i.test(row.is_match ?? '')
    const predicted = row.match === 'true'
    if (truth && predicted) tp++
    else if (!truth && predicted) fp++
    else if (truth) fn++
    else tn++
  })
  const precision = tp / Math.max(1, tp + fp)
  const recall = tp / Math.max(1, tp + fn)
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return `pairs ${rows.length}: TP ${tp}, FP ${fp}, TN ${tn}, FN ${fn}; precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}, F1 ${f1.toFixed(3)}`
}

function toCsv(header: string[], rows: Row[]): string {
  const cell = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)
  return [header.map(cell).join(','), ...rows.map((r) => header.map((h) => cell(r[h] ?? '')).join(','))].join('\n')
}
