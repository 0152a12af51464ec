/** Screened rows as CSV (RFC 4180 quoting, UTF-8), with formula-like cells neutralized. */
import { createWriteStream } from 'node:fs'
import { once } from 'node:events'
import { neutralizeCell } from './neutralize.js'
import { addedColumns, addedValues, cellValue, type FlatValue, type OutputRow } from './output-row.js'

export interface CsvWriteOptions {
  path: string
  headers: string[]
  rows: OutputRow[]
  limit: number
}

export async function writeCsv(options: CsvWriteOptions): Promise<void> {
  const out = createWriteStream(options.path, { encoding: 'utf-8' })
  const write = async (values: FlatValue[]) => {
    if (!out.write(`${values.map(csvCell).join(',')}\r\n`)) await once(out, 'drain')
  }
  await write([...options.headers, ...addedColumns(options.headers, options.limit)])
  for (const row of options.rows) {
    await write([...options.headers.map((h) => cellValue(row.cells[h])), ...addedValues(row, options.limit)])
  }
  out.end()
  await once(out, 'finish')
}

function csvCell(value: FlatValue): string {
  if (typeof value !== 'string') return String(value)
  const text = neutralizeCell(value)
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text
}
