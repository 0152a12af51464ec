/**
 * The data rows of one EU CSV file, streamed, each with its line; a broken file is an AppError
 * with file and line. A file whose header Excel wrapped is unwrapped line by line before parsing.
 */
import { readCsv, type CsvRow } from '../read/csv-records.js'
import type { Encoding } from '../read/encoding.js'
import { ExcelLineUnwrapper } from './excel-lines.js'

export interface EuRowOptions {
  encoding: Encoding
  delimiter: string
  /** Every row must have this many fields (the header's count). */
  columns: number
  /** Unwrap Excel-quoted lines (the header line was wrapped). */
  unwrap: boolean
  onProgress?: (done: number, total: number) => void
}

/** Stream the rows after the header; a wrapped file is unwrapped line by line, so line numbers hold. */
export function readEuRows(path: string, options: EuRowOptions): AsyncGenerator<CsvRow> {
  const preprocess = options.unwrap ? () => new ExcelLineUnwrapper() : undefined
  return readCsv(path, { ...options, fromLine: 2, preprocess })
}
