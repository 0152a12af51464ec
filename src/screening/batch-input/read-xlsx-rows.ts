/** An XLSX batch file: the first sheet, its first row the header; date cells become ISO days. */
import type ExcelJS from 'exceljs'
import { loadExcel } from '../load-excel.js'
import { AppError } from '../../errors.js'
import { uniqueHeaders, type RawRow, type RawTable } from './raw-table.js'

export async function readXlsxRows(path: string): Promise<RawTable> {
  const workbook = new (await loadExcel()).Workbook()
  try {
    await workbook.xlsx.readFile(path)
  } catch (err) {
    throw new AppError('bad_file', `Not a readable XLSX workbook: ${err instanceof Error ? err.message : String(err)}`, { file: path })
  }
  const sheet = workbook.worksheets[0]
  if (!sheet || sheet.rowCount === 0) throw new AppError('bad_file', 'The workbook has no sheet with rows.', { file: path })
  const headers = uniqueHeaders(valuesOf(sheet.getRow(1), sheet.columnCount).map((v) => String(v ?? '')))
  const rows: RawRow[] = []
  sheet.eachRow((row, number) => {
    if (number === 1) return
    const values = valuesOf(row, headers.length)
    if (values.every((v) => v === '' || v === undefined)) return
    rows.push({ line: number, cells: Object.fromEntries(headers.map((h, i) => [h, values[i] ?? ''])) })
  })
  return { headers, rows }
}

function valuesOf(row: ExcelJS.Row, count: number): unknown[] {
  const out: unknown[] = []
  for (let i = 1; i <= count; i++) out.push(plainValue(row.getCell(i).value))
  return out
}

/** Rich text, hyperlinks and formulas as the text a person sees in the cell. */
function plainValue(value: ExcelJS.CellValue): unknown {
  if (value === null || value === undefined) return ''
  if (value instanceof Date || typeof value !== 'object') return value
  if ('richText' in value) return value.richText.map((part) => part.text).join('')
  if ('hyperlink' in value) return value.text
  if ('formula' in value || 'sharedFormula' in value) return plainValue((value as { result?: ExcelJS.CellValue }).result ?? '')
  if ('error' in value) return ''
  return String(value)
}
