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
        throw new AppError('bad_file', `Expected ${options.columns} fields, found ${fields.length}: the file is truncated or not in this format.`, {
          file,
          line,
        })
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
    // Both line ends, even mixed in one file (a list edited by hand, or joined from two sources).
    record_delimiter: ['\r\n', '\n'],
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

interface CsvParseError {
  code: string
  message: string
  lines?: number
  column?: number | string
}

// What the file should have had where csv-parse stopped, by its error code.
const EXPECTED: Record<string, string> = {
  CSV_INVALID_CLOSING_QUOTE: 'a quote inside a quoted field must be doubled (""), and a closing quote must be followed by a delimiter or the end of the line',
  INVALID_OPENING_QUOTE: 'a field is either wholly in quotes or has no quote at all; this one has a quote in the middle',
  CSV_QUOTE_NOT_CLOSED: 'a quoted field must be closed before the end of the file; the file is truncated, or a field holds a stray quote',
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: 'a closing quote must be followed by a delimiter or the end of the line',
  CSV_MAX_RECORD_SIZE: 'a record of reasonable size; this one never ends, so a quote is probably missing',
}

/** A csv-parse error as `file:line: what was expected`; anything else passes through unchanged. */
function toAppError(err: unknown, file: string): unknown {
  if (err instanceof AppError || !isCsvError(err)) return err
  const expected = EXPECTED[err.code] ?? err.message.replace(/ at line \d+/, '')
  const field = typeof err.column === 'number' ? ` (field ${err.column + 1})` : ''
  return new AppError('bad_file', `Malformed CSV${field}: ${expected}.`, { file, line: err.lines })
}

function isCsvError(err: unknown): err is CsvParseError {
  const code = (err as { code?: unknown } | null)?.code
  return err instanceof Error && typeof code === 'string' && (code.startsWith('CSV_') || code === 'INVALID_OPENING_QUOTE')
}
