/**
 * Reading a batch file (CSV, TSV, JSON lines or XLSX, by extension) into rows with their queries.
 * A row that cannot be read or turned into a query keeps its error and line; the batch goes on.
 */
import { extname } from 'node:path'
import { AppError } from '../../errors.js'
import type { Encoding } from '../../importers/read/encoding.js'
import { checkFile } from '../../importers/read/text-file.js'
import type { QueryInput } from '../query.js'
import { mapColumns, type ColumnMap } from './column-map.js'
import type { RawRow, RawTable } from './raw-table.js'
import { readCsvRows } from './read-csv-rows.js'
import { readJsonlRows } from './read-jsonl-rows.js'
import { readXlsxRows } from './read-xlsx-rows.js'
import { cellText, fieldValuesOf, queryOf, type FieldValues } from './row-query.js'

export interface BatchRow extends RawRow {
  query?: QueryInput
  warnings: string[]
}

export interface BatchInput {
  headers: string[]
  rows: BatchRow[]
  /** The columns used, field → header, so the CLI can say what it read. */
  columns: ColumnMap
}

export interface ReadBatchOptions {
  path: string
  encoding: Encoding
  /** Explicit `field=Header` mappings, over the recognized headers. */
  map: Array<[string, string]>
  /** The schema of rows that do not say. */
  schema?: string
}

export async function readBatch(options: ReadBatchOptions): Promise<BatchInput> {
  await checkFile(options.path)
  const table = await readTable(options.path, options.encoding)
  const flat = table.rows.some((row) => !row.error && !isQueryShape(row.cells))
  const columns = flat || table.rows.length === 0 ? mapColumns(table.headers, options.map, options.path) : new Map<string, string>()
  const rows = table.rows.map((row) => toBatchRow(row, columns, options.schema))
  return { headers: table.headers, rows, columns }
}

export function formatOf(path: string): 'csv' | 'jsonl' | 'xlsx' {
  const ext = extname(path).toLowerCase()
  if (ext === '.csv' || ext === '.tsv' || ext === '.txt') return 'csv'
  if (ext === '.jsonl' || ext === '.ndjson' || ext === '.json') return 'jsonl'
  if (ext === '.xlsx') return 'xlsx'
  throw new AppError('unknown_format', `Cannot tell the format of '${path}' from its extension. Use .csv, .tsv, .jsonl, .ndjson or .xlsx.`)
}

function readTable(path: string, encoding: Encoding): Promise<RawTable> {
  const format = formatOf(path)
  if (format === 'xlsx') return readXlsxRows(path)
  if (format === 'jsonl') return readJsonlRows(path, encoding)
  return readCsvRows(path, encoding)
}

function toBatchRow(row: RawRow, columns: ColumnMap, schema: string | undefined): BatchRow {
  const warnings: string[] = []
  if (row.error) return { ...row, warnings }
  try {
    const values = isQueryShape(row.cells) ? queryShapeValues(row.cells) : fieldValuesOf(row.cells, columns)
    return { ...row, query: queryOf(values, schema, warnings), warnings }
  } catch (err) {
    if (!(err instanceof AppError)) throw err
    return { ...row, error: `Line ${row.line}: ${err.message}`, warnings }
  }
}

/** A yente-style query line: `{ "schema": "Person", "properties": { "name": ["…"] } }`. */
function isQueryShape(cells: Record<string, unknown>): boolean {
  const props = cells.properties
  return typeof props === 'object' && props !== null && !Array.isArray(props)
}

function queryShapeValues(cells: Record<string, unknown>): FieldValues {
  const properties: Record<string, string[]> = {}
  for (const [prop, raw] of Object.entries(cells.properties as Record<string, unknown>)) {
    const values = (Array.isArray(raw) ? raw : [raw]).map(cellText).filter((v) => v !== '')
    if (values.length > 0) properties[prop] = values
  }
  return { properties, schema: typeof cells.schema === 'string' ? cells.schema : undefined }
}
