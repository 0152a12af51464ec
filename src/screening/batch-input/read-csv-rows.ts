/**
 * A CSV batch file: the first record is the header. A record with another number of fields than
 * the header is a malformed row, reported with its line while the others are screened.
 */
import { open } from 'node:fs/promises'
import { extname } from 'node:path'
import { AppError } from '../../errors.js'
import { readCsv } from '../../importers/read/csv-records.js'
import type { Encoding } from '../../importers/read/encoding.js'
import { uniqueHeaders, type RawRow, type RawTable } from './raw-table.js'

export async function readCsvRows(path: string, encoding: Encoding): Promise<RawTable> {
  const delimiter = await sniffDelimiter(path)
  let headers: string[] | undefined
  const rows: RawRow[] = []
  for await (const { fields, line } of readCsv(path, { encoding, delimiter, relaxQuotes: true })) {
    if (!headers) {
      headers = uniqueHeaders(fields)
      continue
    }
    rows.push(rowOf(headers, fields, line))
  }
  if (!headers) throw new AppError('bad_file', 'The CSV file has no header row.', { file: path })
  return { headers, rows }
}

function rowOf(headers: string[], fields: string[], line: number): RawRow {
  const cells = Object.fromEntries(headers.map((h, i) => [h, fields[i] ?? '']))
  if (fields.length === headers.length) return { line, cells }
  return { line, cells, error: `Line ${line}: expected ${headers.length} fields as in the header, found ${fields.length}.` }
}

/** Tab for .tsv; otherwise whichever of comma, semicolon (Excel in much of Europe) or tab the header line uses most. */
async function sniffDelimiter(path: string): Promise<string> {
  if (extname(path).toLowerCase() === '.tsv') return '\t'
  const handle = await open(path, 'r')
  try {
    const buffer = Buffer.alloc(8192)
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0)
    const firstLine = buffer.subarray(0, bytesRead).toString('latin1').split(/\r?\n/)[0] ?? ''
    const counts = [',', ';', '\t'].map((d) => [d, firstLine.split(d).length - 1] as const)
    const best = counts.reduce((a, b) => (b[1] > a[1] ? b : a))
    return best[1] > 0 ? best[0] : ','
  } finally {
    await handle.close()
  }
}
