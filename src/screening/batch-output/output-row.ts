/**
 * A screened row as the output files write it: the input cells as read, then what screening found.
 * CSV and XLSX get flat columns (hit1_id, hit1_score…); JSON lines keep the structure.
 */
import { describeRiskPath } from '../../network/explain-path.js'
import { topicsOf, type ScreenedEntity } from '../entity-view/screened-entity.js'
import type { RowOutcome } from '../screen-row.js'
import { summarizeExplanations } from './summarize-explanations.js'

export interface OutputRow {
  line: number
  cells: Record<string, unknown>
  outcome: RowOutcome
}

export type FlatValue = string | number | boolean

// New fields go last, so a reader's hit1_ columns keep their places.
const HIT_FIELDS = ['id', 'caption', 'schema', 'datasets', 'score', 'match', 'explanation', 'topics', 'path'] as const

/** The added columns, renamed `vigil_…` where the input already has a column of that name. */
export function addedColumns(headers: string[], limit: number): string[] {
  const taken = new Set(headers.map((h) => h.toLowerCase()))
  const hits = Array.from({ length: limit }, (_, i) => HIT_FIELDS.map((f) => `hit${i + 1}_${f}`)).flat()
  return ['line', 'match', 'score', 'error', 'warnings', ...hits].map((c) => (taken.has(c) ? `vigil_${c}` : c))
}

/** The added values of one row, in the order of `addedColumns`. */
export function addedValues(row: OutputRow, limit: number): FlatValue[] {
  const { hits, error, warnings } = row.outcome
  const values: FlatValue[] = [row.line, error ? '' : hits.some((h) => h.match), hits[0]?.score ?? '', error ?? '', warnings.join(' | ')]
  for (let i = 0; i < limit; i++) {
    const hit = hits[i]
    values.push(...(hit ? hitValues(hit) : HIT_FIELDS.map(() => '')))
  }
  return values
}

/** One hit's cells, in the order of HIT_FIELDS; several proof paths are separated by ' | '. */
function hitValues(hit: ScreenedEntity): FlatValue[] {
  const paths = hit.paths.map(describeRiskPath).join(' | ')
  return [
    hit.id,
    hit.caption,
    hit.schema,
    hit.datasets.join(';'),
    hit.score,
    hit.match,
    summarizeExplanations(hit.explanations),
    topicsOf(hit).join(';'),
    paths,
  ]
}

/** An input cell as text for a flat file. */
export function cellValue(value: unknown): FlatValue {
  if (value === undefined || value === null) return ''
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  return JSON.stringify(value)
}
