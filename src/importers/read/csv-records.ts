/** CSV records with the line each starts on, streamed through csv-parse; a broken file is an AppError. */
import { basename } from 'node:path'
import type { Transform } from 'node:stream'
import { parse, type Options } from 'csv-parse'
import { AppError } from '../../errors.js'
import { openTextFile, type TextFileOptions } from './text-file.js'

export interface CsvRow {
  fields: string[]
  line: number
}

export interface CsvOptions extends TextFileOptions {
  delimiter?: string
  /** Lines to skip before the first record (a preamble, a header). */
  fromLine?: number
  /** Exact number of fields every record must have; a record with another count is a broken file. */
  columns?: number
  relaxQuotes?: boolean
  /** A text transform run before parsing that keeps line breaks where they are (e.g. unwrapping Excel's quoting). */
  preprocess?: () => Transform
}

/** Stream the records of a CSV file, each with its line number. */
export async function* readCsv(path: string, options: CsvOptions): AsyncGenerator<CsvRow> {
  const file = basename(path)
  const decoded = await openTextFile(path, options)
  const text = options.preprocess ? decoded.pipe(options.preprocess()) : decoded
  if (text !== decoded) decoded.on('error', (err) => text.destroy(err))
  const parser = text.pipe(parse(parserOptions(options)))
  text.on('error', (err) => parser.destroy(err))
  try {
    for await (const record of parser as AsyncIterable<{ record: string[]; info: { lines: number }; raw: string }>) {
      const fields = record.record
      if (isBlank(fields)) continue
      const line = startLine(record.info.lines, record.raw)
      if (options.columns !== undefined && fields.length !== options.columns) {
        throw new AppError('bad_file', `Expected ${options.columns} fields, found ${fields.length}: the file is truncated or not in this format.`, { file, line })
      }
      yield { fields, line }
    }
  } catch (err) {
    throw toAppError(err, file)
  }
}

function parserOptions(options: CsvOptions): Options {
  return {
    delimiter: options.delimiter ?? ',',
    from_line: options.fromLine ?? 1,
    relax_column_count: true,
    relax_quotes: options.relaxQuotes ?? false,
    skip_empty_lines: true,
    bom: true,
    info: true,
    raw: true,
  }
}

/** csv-parse counts the line a record ends on; a quoted field may span lines, so count back to its start. */
function startLine(endLine: number, raw: string): number {
  const body = raw.replace(/\r?\n$/, '')
  let breaks = 0
  for (let i = body.indexOf('\n'); i >= 0; i = body.indexOf('\n', i + 1)) breaks++
  return endLine - breaks
}

function isBlank(fields: string[]): boolean {
  // OFAC files end with a Ctrl-Z (0x1A) byte after the last line.
  return fields.every((field) => field.replace(/[\s\u001a]/g, '') === '')
}

function toAppError(err: unknown, file: string): unknown {
  if (err instanceof AppError) return err
  const csvErr = err as { code?: string; message?: string; lines?: number }
  if (typeof csvErr.code === 'string' && csvErr.code.startsWith('CSV_')) {
    return new AppError('bad_file', `Malformed CSV (${csvErr.code}): ${csvErr.message ?? ''}`, { file, line: csvErr.lines })
  }
  return err
}
