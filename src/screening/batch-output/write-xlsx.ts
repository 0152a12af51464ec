/**
 * Screened rows as an XLSX workbook, streamed to disk: a Results sheet with formula-like text
 * neutralized, and an About sheet naming the data version and algorithm that produced it.
 */
import { loadExcel } from '../load-excel.js'
import { neutralizeCell } from './neutralize.js'
import { addedColumns, addedValues, cellValue, type FlatValue, type OutputRow } from './output-row.js'

export interface XlsxWriteOptions {
  path: string
  headers: string[]
  rows: OutputRow[]
  limit: number
  about: Record<string, string | number>
}

export async function writeXlsx(options: XlsxWriteOptions): Promise<void> {
  const workbook = new (await loadExcel()).stream.xlsx.WorkbookWriter({ filename: options.path, useSharedStrings: false })
  const sheet = workbook.addWorksheet('Results')
  sheet.addRow([...options.headers, ...addedColumns(options.headers, options.limit)].map(safe)).commit()
  for (const row of options.rows) {
    sheet.addRow([...options.headers.map((h) => cellValue(row.cells[h])), ...addedValues(row, options.limit)].map(safe)).commit()
  }
  sheet.commit()
  const about = workbook.addWorksheet('About')
  for (const [key, value] of Object.entries(options.about)) about.addRow([key, safe(value)]).commit()
  about.commit()
  await workbook.commit()
}

function safe(value: FlatValue): FlatValue {
  return typeof value === 'string' ? neutralizeCell(value) : value
}
