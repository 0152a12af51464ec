/**
 * A JSON-lines batch file: one object per line, either flat ({"name": …, "dob": …}, mapped like CSV
 * columns) or a yente query ({"schema": …, "properties": {…}}). A line that is not a JSON object is
 * a malformed row, reported with its line while the others are screened.
 */
import { createInterface } from 'node:readline'
import type { Encoding } from '../../importers/read/encoding.js'
import { openTextFile } from '../../importers/read/text-file.js'
import type { RawRow, RawTable } from './raw-table.js'

export async function readJsonlRows(path: string, encoding: Encoding): Promise<RawTable> {
  const lines = createInterface({ input: await openTextFile(path, { encoding }), crlfDelay: Infinity })
  const headers = new Set<string>()
  const rows: RawRow[] = []
  let line = 0
  for await (const text of lines) {
    line++
    const trimmed = (line === 1 ? text.replace(/^\uFEFF/, '') : text).trim()
    if (trimmed === '') continue
    const row = rowOf(trimmed, line)
    if (!row.error) for (const key of Object.keys(row.cells)) headers.add(key)
    rows.push(row)
  }
  return { headers: [...headers], rows }
}

function rowOf(text: string, line: number): RawRow {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (err) {
    return { line, cells: { line: text }, error: `Line ${line} is not JSON: ${err instanceof Error ? err.message : String(err)}` }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { line, cells: { line: text }, error: `Line ${line} is not a JSON object.` }
  }
  return { line, cells: value as Record<string, unknown> }
}
