/**
 * Which column of a batch file feeds which query field: common headers are recognized
 * (resources/batch-columns.yaml), and `--map field=Header` settles the rest or overrides them.
 */
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { AppError } from '../../errors.js'
import { resourcePath } from '../../resources.js'

interface BatchColumnsFile {
  columns: Record<string, string[]>
  schema_words: Record<string, string>
}

const raw = parse(readFileSync(resourcePath('batch-columns.yaml'), 'utf-8')) as BatchColumnsFile

/** Query field ('schema' or an FtM property) → the header of the column that feeds it. */
export type ColumnMap = Map<string, string>

/** "Date_of-Birth " → "date of birth". */
export function foldHeader(header: string): string {
  return header
    .toLowerCase()
    .replace(/[_\-.]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

const FIELD_OF_HEADER = new Map<string, string>(Object.entries(raw.columns).flatMap(([field, headers]) => headers.map((h) => [foldHeader(h), field] as const)))

/** The schema a value of a schema column means ("individual" → Person), or the value itself. */
export function schemaOfWord(value: string): string {
  return raw.schema_words[foldHeader(value)] ?? value.trim()
}

/** Parse `--map field=Header` flags into pairs; the header may itself contain '='. */
export function parseMapFlags(flags: string[]): Array<[string, string]> {
  return flags.map((flag) => {
    const at = flag.indexOf('=')
    if (at <= 0 || at === flag.length - 1) {
      throw new AppError('bad_input', `Bad --map '${flag}': write it as field=Header, e.g. --map name="Customer Name".`)
    }
    return [flag.slice(0, at).trim(), flag.slice(at + 1).trim()]
  })
}

/** Map the file's headers to query fields: recognized headers first, then the explicit mappings. */
export function mapColumns(headers: string[], explicit: Array<[string, string]>, file: string): ColumnMap {
  const map: ColumnMap = new Map()
  for (const header of headers) {
    const field = FIELD_OF_HEADER.get(foldHeader(header))
    if (field && !map.has(field)) map.set(field, header)
  }
  for (const [field, header] of explicit) {
    const found = headers.find((h) => h === header) ?? headers.find((h) => foldHeader(h) === foldHeader(header))
    if (!found) throw new AppError('bad_input', `--map ${field}=${header}: no column '${header}'. Headers found: ${listHeaders(headers)}.`, { file })
    map.set(field, found)
  }
  if (!map.has('name') && !map.has('lastName')) {
    throw new AppError(
      'bad_input',
      `No name column. Headers found: ${listHeaders(headers)}. Name the column "name" or "full name", or pass --map name="Your Header".`,
      { file },
    )
  }
  return map
}

function listHeaders(headers: string[]): string {
  return headers.length === 0 ? '(none)' : headers.map((h) => `'${h}'`).join(', ')
}
