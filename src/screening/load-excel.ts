/**
 * exceljs, loaded when a spreadsheet is read or written: it takes about 0.4 s to load, which every
 * other command (an import, a match) would otherwise pay at start-up.
 */
import type ExcelJS from 'exceljs'

export async function loadExcel(): Promise<typeof ExcelJS> {
  return (await import('exceljs')).default
}
