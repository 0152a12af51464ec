/**
 * The data rows of one EU CSV file, streamed, each with its line; a broken file is an AppError
 * with file and line. A file whose header Excel wrapped is unwrapped line by line before parsing.
 */
import { basename } from 'node:path'
import { parse } from 'csv-parse'
import { AppError } from '../../errors.js'
import { readCsv, type CsvRow } from '../read/csv-records.js'
import type { Encoding } from '../read/encoding.js'
import { openTextFile } from '../read/text-file.js'
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

/** Stream the rows after the header. */
export function readEuRows(path: string, options: EuRowOptions): AsyncGenerator<CsvRow> {
  if (!options.unwrap) return readCsv(path, { ...options, fromLine: 2 })
  return readWrappedRows(path, options)
}

/** Rows of an Excel-wrapped file: each record is one line, so the parser's line count is the record's line. */
async function* readWrappedRows(path: string, options: EuRowOptions): AsyncGenerator<CsvRow> {
  const file = basename(path)
  const text = await openTextFile(path, options)
  const lines = text.pipe(new ExcelLineUnwrapper())
  const parser = lines.pipe(parse({ delimiter: options.delimiter, from_line: 2, relax_column_count: true, skip_empty_lines: true, info: true }))
  text.on('error', (err) => lines.destroy(err))
  lines.on('error', (err) => parser.destroy(err))
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      if (record.every((field) => field.trim() === '')) continue
      if (record.length !== options.columns) {
        throw new AppError('bad_file', `Expected ${options.columns} fields as in the header, found ${record.length}: the row is broken or the file truncated.`, { file, line: info.lines })
      }
      yield { fields: record, line: info.lines }
    }
  } catch (err) {
    throw asAppError(err, file)
  }
}

function asAppError(err: unknown, file: string): unknown {
  if (err instanceof AppError) return err
  const csvErr = err as { code?: string; message?: string; lines?: number }
  if (typeof csvErr.code === 'string' && csvErr.code.startsWith('CSV_')) {
    return new AppError('bad_file', `Malformed CSV (${csvErr.code}): ${csvErr.message ?? ''}`, { file, line: csvErr.lines })
  }
  return err
}
